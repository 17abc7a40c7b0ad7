/**
 * Numbers as reports write them: Arabic digits ("12", "1.5万") or Chinese numerals ("十二", "一百零五",
 * "两千三百", "一万二千"). Only what counts of cases, trainings and documents need: whole numbers up to
 * 亿, decimals in Arabic digits only.
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The characters a Chinese numeral is written with (a regex character class body). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万';

/** "十二" → 12, "一百零五" → 105, "两千三百" → 2300, "一万二千" → 12000; undefined when it is not a numeral. */
export function parseChineseNumeral(text: string): number | undefined {
  if (text === '' || !new RegExp(`^[${CHINESE_NUMERAL_CHARS}]+$`).test(text)) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in DIGITS) {
      // "二三" is not a number; "一百零五" has its 零 between units.
      if (digit !== undefined && digit !== 0 && DIGITS[ch] !== 0) return undefined;
      digit = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      section += (digit === undefined || digit === 0 ? 1 : digit) * SMALL_UNITS[ch];
      digit = undefined;
    } else {
      // 万
      total += (section + (digit ?? 0) || 1) * 10000;
      section = 0;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/** A number as written, in digits or Chinese numerals, with an optional trailing 万 after digits. */
export function parseWrittenNumber(text: string): number | undefined {
  // Thousands separated as printed (1,482): the separators are only read past.
  const arabic = /^(\d{1,3}(?:,\d{3})+|\d{1,9})(\.\d{1,4})?(万)?$/.exec(text.normalize('NFKC'));
  if (arabic) {
    const value = Number(arabic[1].replace(/,/g, '') + (arabic[2] ?? '')) * (arabic[3] ? 10000 : 1);
    return Math.round(value * 10000) / 10000;
  }
  return parseChineseNumeral(text);
}
