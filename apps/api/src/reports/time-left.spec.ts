import type { LocalDate } from '@app/calendar';
import { WorkingDayCounter } from '../campaigns/board-rows';
import { workingDaysLeftAt } from './time-left';

// Without a calendar the counter counts Monday to Friday, as the board does for a missing year.
const counter = new WorkingDayCounter(null);
const at = (iso: string) => new Date(iso);
const left = (now: string, due: Date | string) =>
  workingDaysLeftAt({ now: at(now), due: due as Date | LocalDate, regions: [], counter });

describe('workingDaysLeftAt', () => {
  it('counts the working days from today (Beijing) to the due day, skipping the weekend', () => {
    // Friday 2027-02-19 (Beijing) to Monday 2027-03-01: 6 working days.
    expect(left('2027-02-19T02:00:00Z', '2027-03-01')).toBe(6);
  });

  it('is 0 on the due day itself, until its end in Beijing', () => {
    expect(left('2027-03-01T15:00:00Z', '2027-03-01')).toBe(0);
  });

  it('is negative once the due day has ended, at least one working day', () => {
    // Saturday 2027-03-06 in Beijing, after a Friday deadline: overdue although no working day passed.
    expect(left('2027-03-06T02:00:00Z', '2027-03-05')).toBe(-1);
    expect(left('2027-03-10T02:00:00Z', '2027-03-05')).toBe(-3);
  });

  it('takes a stage deadline given as the instant ending its day', () => {
    // 23:59:59.999 Beijing on Monday 2027-03-01.
    expect(left('2027-02-26T02:00:00Z', new Date('2027-03-01T15:59:59.999Z'))).toBe(1);
  });
});
