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
