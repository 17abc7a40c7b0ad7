/**
 * The year of a 文号 in 六角括号 〔〕 (U+3014/U+3015), as official documents print it (GB/T 9704):
 * 昌州法办〔2026〕3号. Typed on a PC it often comes as [2026], ［2026］, (2026), （2026）, 【2026】 or
 * 〖2026〗 (mixed pairs too): each bracketed four-digit year becomes 〔2026〕; nothing else is touched
 * (a missing 号 or other brackets stay as typed). Import-free: the console normalises the field
 * as the user leaves it with the same function the API applies to what it accepts.
 */
const BRACKETED_YEAR = /[[［(（【〖〔]\s*((?:19|20|21)\d{2})\s*[\]］)）】〗〕]/g;

export function normalizeDocumentNumberYear(documentNumber: string): string {
  return documentNumber.replace(BRACKETED_YEAR, '〔$1〕');
}
