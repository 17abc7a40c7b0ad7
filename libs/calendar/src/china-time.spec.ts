import { atLocalTime, endOfDayInstant, localDateOf, parseLocalTime, startOfDayInstant } from './china-time';
import { parseLocalDate } from './local-date';

const d = parseLocalDate;

describe('China time (UTC+8, no DST)', () => {
  it('a due date means the end of that day in China', () => {
    expect(endOfDayInstant(d('2025-03-01')).toISOString()).toBe('2025-03-01T15:59:59.999Z');
    expect(startOfDayInstant(d('2025-03-01')).toISOString()).toBe('2025-02-28T16:00:00.000Z');
  });

  it('finds the China date of an instant, which is ahead of UTC by 8 hours', () => {
    expect(localDateOf(new Date('2024-09-30T15:59:59.999Z'))).toBe('2024-09-30');
    expect(localDateOf(new Date('2024-09-30T16:00:00.000Z'))).toBe('2024-10-01');
    expect(localDateOf(new Date('2024-12-31T16:00:00.000Z'))).toBe('2025-01-01');
  });

  it('round-trips a date through its end-of-day instant', () => {
    for (const date of ['2021-02-11', '2024-02-29', '2026-12-31'].map(d)) {
      expect(localDateOf(endOfDayInstant(date))).toBe(date);
      expect(localDateOf(startOfDayInstant(date))).toBe(date);
    }
  });

  it('builds the instant of a wall-clock time in China', () => {
    expect(atLocalTime(d('2024-10-08'), '09:00').toISOString()).toBe('2024-10-08T01:00:00.000Z');
    expect(atLocalTime(d('2024-01-01'), '00:30').toISOString()).toBe('2023-12-31T16:30:00.000Z');
    expect(atLocalTime(d('2024-10-08'), '17:30').toISOString()).toBe('2024-10-08T09:30:00.000Z');
  });

  it.each(['24:00', '9:00', '09:60', '09:00:00', 'noon'])('refuses the time %j', (time) => {
    expect(() => parseLocalTime(time)).toThrow(RangeError);
  });

  it('refuses an invalid instant', () => {
    expect(() => localDateOf(new Date('not a date'))).toThrow(RangeError);
  });
});
