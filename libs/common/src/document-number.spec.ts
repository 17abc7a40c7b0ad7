import { normalizeDocumentNumberYear } from './document-number';

describe('the year of a 文号 in 六角括号 〔〕', () => {
  it.each([
    ['昌州法办[2026]3号', '昌州法办〔2026〕3号'],
    ['昌州法办［2026］3号', '昌州法办〔2026〕3号'],
    ['昌州法办(2026)3号', '昌州法办〔2026〕3号'],
    ['昌州法办（2026）3号', '昌州法办〔2026〕3号'],
    ['昌州法办【2026】3号', '昌州法办〔2026〕3号'],
    ['昌州法办〖2026〗3号', '昌州法办〔2026〕3号'],
    ['昌州法办[ 2026 ]3号', '昌州法办〔2026〕3号'],
    ['昌州法办（2026]3号', '昌州法办〔2026〕3号'],
  ])('%s becomes %s', (typed, normalized) => {
    expect(normalizeDocumentNumberYear(typed)).toBe(normalized);
  });

  it('leaves a 文号 already in 〔〕 as it is', () => {
    expect(normalizeDocumentNumberYear('昌州法办〔2026〕3号')).toBe('昌州法办〔2026〕3号');
  });

  it('touches nothing but a bracketed year: other brackets, a missing 号 and the rest stay as typed', () => {
    expect(normalizeDocumentNumberYear('昌州法办(2026)3')).toBe('昌州法办〔2026〕3');
    expect(normalizeDocumentNumberYear('昌州(法办)[2026]3号')).toBe('昌州(法办)〔2026〕3号');
    expect(normalizeDocumentNumberYear('昌州法办[26]3号')).toBe('昌州法办[26]3号');
    expect(normalizeDocumentNumberYear('昌州法办[12345]3号')).toBe('昌州法办[12345]3号');
    expect(normalizeDocumentNumberYear('昌州法办2026年3号')).toBe('昌州法办2026年3号');
    expect(normalizeDocumentNumberYear('')).toBe('');
  });
});
