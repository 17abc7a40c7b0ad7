import dayjs from 'dayjs';
import { disclosureRange, dueDateRange, outside } from './issueRules';

describe('the dates a campaign may set', () => {
  const today = dayjs('2026-12-03');

  it('from today to the regulation date (1 March of the next year)', () => {
    const range = dueDateRange({ reportYear: 2026, today });
    expect(outside(dayjs('2026-12-02'), range)).toBe(true);
    expect(outside(dayjs('2026-12-03'), range)).toBe(false);
    expect(outside(dayjs('2027-03-01'), range)).toBe(false);
    expect(outside(dayjs('2027-03-02'), range)).toBe(true);
  });

  it('a cascade no later than the campaign above', () => {
    const range = dueDateRange({ reportYear: 2026, parentDue: '2027-02-15', today });
    expect(outside(dayjs('2027-02-15'), range)).toBe(false);
    expect(outside(dayjs('2027-02-16'), range)).toBe(true);
  });

  it('disclosure after the due date and by 1 April', () => {
    const range = disclosureRange({ reportYear: 2026, dueDate: dayjs('2027-02-20'), today });
    expect(outside(dayjs('2027-02-19'), range)).toBe(true);
    expect(outside(dayjs('2027-04-01'), range)).toBe(false);
    expect(outside(dayjs('2027-04-02'), range)).toBe(true);
  });
});
