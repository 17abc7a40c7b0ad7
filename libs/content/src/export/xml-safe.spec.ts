import { xmlSafe, xmlSafeDeep } from './xml-safe';

describe('xmlSafe (what a .docx, .xlsx or RSS part may carry)', () => {
  it('drops what XML 1.0 forbids and the noncharacters, keeping every other character', () => {
    const forbidden = [
      '\u0000',
      '\u0008',
      '\u000B',
      '\u000C',
      '\u001F',
      '\uD800',
      '\uDFFF',
      '\uFFFE',
      '\uFFFF',
    ];
    for (const c of forbidden) expect(xmlSafe(`依法${c}行政`)).toBe('依法行政');
    const nonchars = ['\uFDD0', '\uFDEF', '\u{1FFFE}', '\u{1FFFF}', '\u{10FFFE}', '\u{10FFFF}'];
    for (const c of nonchars) expect(xmlSafe(`a${c}b`)).toBe('ab');
  });

  it('keeps tab, line breaks, Chinese, emoji, private use and the characters next to the forbidden ones', () => {
    const kept = '\t\n\r 法治政府（一）“引号”😀\u{20000}\uE000\uFDCF\uFDF0\uFFFD\u{1FFFD}\u{10000}';
    expect(xmlSafe(kept)).toBe(kept);
  });

  it('cleans every string of plain data and leaves numbers, dates and null alone', () => {
    const at = new Date('2168-03-01T00:00:00Z');
    const cleaned = xmlSafeDeep({
      title: 'a\uFFFFb',
      n: 3,
      at,
      none: null,
      rows: [['x\uFFFE', 1]],
      nested: { s: '\u0001c' },
    });
    expect(cleaned).toEqual({ title: 'ab', n: 3, at, none: null, rows: [['x', 1]], nested: { s: 'c' } });
    expect(cleaned.at).toBe(at);
  });
});
