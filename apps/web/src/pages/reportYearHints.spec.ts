import { defaultReportYear, existingReportId, yearNotBegunText } from './reportYearHints';

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

describe('a refused creation', () => {
  it('names the existing report when the unit already has that year’s', () => {
    const taken = refusal('REPORT_EXISTS', { reportId: 'r-2026' });
    expect(existingReportId(taken)).toBe('r-2026');
  });

  it('names nothing for a race without the id, or for another refusal', () => {
    expect(existingReportId(refusal('REPORT_EXISTS', {}))).toBeNull();
    expect(existingReportId(refusal('FORBIDDEN', { reportId: 'r-2026' }))).toBeNull();
    expect(existingReportId(new Error('network'))).toBeNull();
  });
});

/** What the client throws for a refusal (ApiError's code and details). */
function refusal(code: string, details: Record<string, unknown>): Error {
  return Object.assign(new Error('拒绝'), { status: 409, code, details });
}
