import { documentNumberYearNote, documentNumberYearProblem, looksLikeDocumentNumber } from './documentNumber';

describe('the 文号 beside the dispatch field', () => {
  it('reads the form of GB/T 9704', () => {
    expect(looksLikeDocumentNumber('呼交发〔2027〕3号')).toBe(true);
    expect(looksLikeDocumentNumber('呼交发[2027]3号')).toBe(false);
  });

  it('says when the year is not the year of issue, and nothing when it is', () => {
    expect(documentNumberYearNote('呼交发〔2025〕3号', '2027-02-10')).toBe(
      '文号年份为2025年，本次发文在2027年：发文字号中的年份一般为发文当年，请核对',
    );
    expect(documentNumberYearNote('呼交发〔2027〕3号', '2027-02-10')).toBeNull();
    // A 2026 report sent in December 2026 is numbered 〔2026〕.
    expect(documentNumberYearNote('呼交发〔2026〕12号', '2026-12-30')).toBeNull();
    expect(documentNumberYearNote('呼交发3号', '2027-02-10')).toBeNull();
  });

  it('refuses a year before the report year or after this year, as the API does', () => {
    expect(documentNumberYearProblem('司法发〔2025〕5号', 2026, '2026-12-07')).toBe(
      '文号年份为2025年：2026年度报告的文号年份应为2026年（签发当年）',
    );
    expect(documentNumberYearProblem('呼交发〔2028〕3号', 2026, '2027-02-10')).toBe(
      '文号年份为2028年：2026年度报告的文号年份应为2026年至2027年（签发当年）',
    );
    expect(documentNumberYearProblem('呼交发〔2026〕3号', 2026, '2027-02-10')).toBeNull();
    expect(documentNumberYearProblem('呼交发3号', 2026, '2027-02-10')).toBeNull();
  });
});
