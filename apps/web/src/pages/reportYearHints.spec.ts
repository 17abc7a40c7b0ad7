import { defaultReportYear, yearNotBegunText } from './reportYearHints';

describe('the new report’s year', () => {
  it('is the year just ended, or the current one in December', () => {
    expect(defaultReportYear(new Date(2027, 1, 10))).toBe(2026);
    expect(defaultReportYear(new Date(2026, 11, 8))).toBe(2026);
    expect(defaultReportYear(new Date(2026, 10, 30))).toBe(2025);
  });

  it('says what a year not begun allows', () => {
    expect(yearNotBegunText(2027)).toContain('集体审议须在2027年1月1日以后召开');
  });
});
