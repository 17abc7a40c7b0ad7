import { join } from 'node:path';
import { loadCalendarFromDir } from './load-calendar';
import { nextOfficeInstant } from './office-hours';

const calendar = loadCalendarFromDir(join(__dirname, '..', '..', '..', 'config', 'calendar'));

/** An instant written in China time, e.g. china('2024-09-27 20:00'). */
function china(dateTime: string): Date {
  return new Date(`${dateTime.replace(' ', 'T')}:00+08:00`);
}

function next(dateTime: string, regions: string[] = []): string {
  return nextOfficeInstant(china(dateTime), calendar, regions).toISOString();
}

describe('nextOfficeInstant (09:00-17:30 China time on working days)', () => {
  it('sends during office hours straight away', () => {
    expect(next('2024-10-08 10:15')).toBe(china('2024-10-08 10:15').toISOString());
  });

  it('holds an early-morning reminder until opening on a working day', () => {
    expect(next('2024-10-08 07:00')).toBe(china('2024-10-08 09:00').toISOString());
    expect(china('2024-10-08 09:00').toISOString()).toBe('2024-10-08T01:00:00.000Z');
  });

  it('moves Saturday night to Monday 09:00', () => {
    expect(next('2024-11-16 22:00')).toBe(china('2024-11-18 09:00').toISOString());
  });

  it('moves Friday 20:00 to a swapped Sunday working day when that comes first', () => {
    expect(next('2024-09-27 20:00')).toBe(china('2024-09-29 09:00').toISOString());
    expect(next('2025-01-25 23:00')).toBe(china('2025-01-26 09:00').toISOString()); // Sat night -> Sun worked
  });

  it('moves a holiday-eve evening past the whole holiday', () => {
    expect(next('2024-09-30 18:00')).toBe(china('2024-10-08 09:00').toISOString());
    expect(next('2025-01-27 20:00')).toBe(china('2025-02-05 09:00').toISOString()); // eve of Spring Festival 2025
    expect(next('2024-10-03 11:00')).toBe(china('2024-10-08 09:00').toISOString()); // during the holiday
  });

  it('treats closing time as closed', () => {
    expect(next('2024-10-08 17:29')).toBe(china('2024-10-08 17:29').toISOString());
    expect(next('2024-10-08 17:30')).toBe(china('2024-10-09 09:00').toISOString());
  });

  it('works from the China date, not the UTC date', () => {
    // 23:30 UTC on 7 Oct is 07:30 on 8 Oct in China.
    const instant = new Date('2024-10-07T23:30:00.000Z');
    expect(nextOfficeInstant(instant, calendar).toISOString()).toBe('2024-10-08T01:00:00.000Z');
  });

  it('honours regional holidays and office hours', () => {
    expect(next('2025-06-05 18:00')).toBe(china('2025-06-06 09:00').toISOString());
    expect(next('2025-06-05 18:00', ['65'])).toBe(china('2025-06-11 09:00').toISOString());
    const xinjiangHours = { start: '10:00', end: '20:00' };
    const at = nextOfficeInstant(china('2025-06-11 19:00'), calendar, ['65'], xinjiangHours);
    expect(at.toISOString()).toBe(china('2025-06-11 19:00').toISOString());
  });

  it('refuses office hours that close before they open', () => {
    expect(() =>
      nextOfficeInstant(china('2024-10-08 10:00'), calendar, [], { start: '18:00', end: '09:00' }),
    ).toThrow(RangeError);
  });
});
