import dayjs from 'dayjs';
import { disclosureRange, dueDateRange, dueRangeMessage, outside } from './issueRules';

describe('the dates a campaign may set', () => {
  const today = dayjs('2026-12-03');

  it('from today to the regulation date (1 March of the next year)', () => {
    const range = dueDateRange({ reportYear: 2026, today });
    expect(outside(dayjs('2026-12-02'), range)).toBe(true);
    expect(outside(dayjs('2026-12-03'), range)).toBe(false);
    expect(outside(dayjs('2027-03-01'), range)).toBe(false);
    expect(outside(dayjs('2027-03-02'), range)).toBe(true);
  });

  it('the demonstration line by 31 January', () => {
    const range = dueDateRange({ reportYear: 2026, reportLine: 'demonstration_area', today });
    expect(outside(dayjs('2027-01-31'), range)).toBe(false);
    expect(outside(dayjs('2027-02-01'), range)).toBe(true);
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

  it('names the range a due date must fall in', () => {
    expect(dueRangeMessage(dueDateRange({ reportYear: 2026, today }), 2026)).toBe(
      '应在 2026年12月3日 至 2027年3月1日 之间',
    );
  });

  it('says the statutory period is over when the year has no date left, never an impossible range', () => {
    expect(dueRangeMessage(dueDateRange({ reportYear: 2025, today }), 2025)).toBe(
      '2025年度报告的法定报送期限（2026年3月1日）已过，请选择其他报告年度',
    );
  });
});
