/**
 * What XML 1.0 may hold (its `Char` production): tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and
 * U+10000–U+10FFFF. Anything else (other control characters, a lone surrogate, U+FFFE/U+FFFF) makes
 * the part unreadable: Word and Excel refuse the whole file. The Unicode noncharacters (U+FDD0–U+FDEF
 * and U+nFFFE/U+nFFFF of every plane) are dropped as well: XML 1.0 discourages them and they are
 * never text a civil servant meant. The API refuses all of them at input (rejectHostileText); this is
 * the second line, for text stored before that check or arriving by another way (an uploaded file).
 */
const NOT_XML_TEXT = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]|\p{Noncharacter_Code_Point}/gu;

/** The text without the characters an XML part (docx, xlsx, RSS) cannot or should not carry. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_TEXT, '');
}

/**
 * A copy of plain data (objects, arrays) with every string made xmlSafe; other values (numbers,
 * dates, null) are kept as they are. For the writers' inputs, so no field can be forgotten.
 */
export function xmlSafeDeep<T>(value: T): T {
  if (typeof value === 'string') return xmlSafe(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => xmlSafeDeep(item)) as T;
  if (value !== null && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return value;
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, xmlSafeDeep(item)]),
    ) as T;
  }
  return value;
}
