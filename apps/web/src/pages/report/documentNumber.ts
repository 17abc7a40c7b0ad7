/**
 * A 文号 as official documents print it (GB/T 9704): issuer's code, the year in 六角括号 〔〕, the
 * number and 号, e.g. 呼交发〔2026〕3号. The same pattern as the API's isDocumentNumber
 * (libs/workflow/src/fields.ts, which the console may not import): this only says it early, beside
 * the field; the API checks again and its refusal is shown in the same place.
 */
export function looksLikeDocumentNumber(value: string): boolean {
  return /^[^\s〔〕]{1,30}〔\d{4}〕[1-9]\d{0,5}号$/.test(value.trim());
}

// The example is no real unit's: 呼交发 (呼图壁's) was offered to every unit (a walk, stop 40).
export const DOCUMENT_NUMBER_HELP = `本单位机关代字〔年份〕序号号，如：×交发〔${new Date().getFullYear()}〕3号（六角括号〔〕）`;

/**
 * When a 文号's year is not the year it is issued in (China today), what to say beside the field;
 * null when it is, or when no year can be read. A 文号 carries the year of issue (GB/T 9704): a 2026
 * report sent in February 2027 is numbered 〔2027〕, and 〔2025〕 is usually last year's number typed
 * again (a scenario test, stop 49: it was taken without a word). Said, not refused: the office
 * decides its own numbers.
 */
export function documentNumberYearNote(value: string, today: string): string | null {
  const year = /〔(\d{4})〕/.exec(value)?.[1];
  const thisYear = today.slice(0, 4);
  if (!year || year === thisYear) return null;
  return `文号年份为${year}年，本次发文在${thisYear}年：发文字号中的年份一般为发文当年，请核对`;
}

/**
 * The years the API refuses (libs/workflow/src/fields.ts, documentYearProblem): before the report
 * year (it cannot be signed before the year it reports on) or after this year. 〔2025〕 on a 2026
 * report sent in December 2026 went through the API unwarned (scenario test, stop 53).
 */
export function documentNumberYearProblem(value: string, reportYear: number, today: string): string | null {
  const year = Number(/〔(\d{4})〕/.exec(value)?.[1] ?? NaN);
  const thisYear = Number(today.slice(0, 4));
  if (Number.isNaN(year) || (year >= reportYear && year <= thisYear)) return null;
  const range = reportYear === thisYear ? `${thisYear}年` : `${reportYear}年至${thisYear}年`;
  return `文号年份为${year}年：${reportYear}年度报告的文号年份应为${range}（签发当年）`;
}
