/**
 * Line cleanup used for *detection only*. The import never rewrites the drafter's text: sections keep the
 * original lines; the normalized form is what heading and keyword rules look at.
 */

/** Split pasted text into lines (\r\n, \r and \n); line i of the result is input line i + 1. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

// Bounded (a bookmark name is short): an unbounded [^\]]* made a line of repeated "[bookmark:" quadratic.
const BOOKMARK = /\[bookmark:[^\]]{0,200}\]/gi;

/**
 * Normalize one line for matching:
 * - NFKC folds full-width digits, letters, parentheses, commas and colons to half-width (（一） -> (一), ２ -> 2)
 *   and the ideographic space to a plain space;
 * - markdown bold/italic markers and heading hashes are removed (drafts pasted from chat tools or wikis);
 * - Word bookmarks pasted as text (`[bookmark: _GoBack]`), form feeds and zero-width characters are removed;
 * - leading/trailing whitespace is trimmed. Inner whitespace is kept: a run of spaces can separate two
 *   headings pasted onto one line (see findInlineHeadings).
 */
export function normalizeLine(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\u2060\uFEFF\f\v]/g, '')
    .replace(BOOKMARK, '')
    .replace(/\*\*|__/g, '')
    .replace(/^\s*#{1,6}\s+/, '')
    .trim(); // not /[\s]+$/g, which retries at every space of a long run (quadratic); \u00A0 is whitespace to trim()
}

/** Whether a line is marked bold in markdown (`**…**`), a strong hint that it is a heading. */
export function isBoldLine(raw: string): boolean {
  return /^\s*(\*\*|__).+(\*\*|__)\s*$/.test(raw);
}

/**
 * Page-break artifacts left by copying from PDF or Word: page numbers such as "- 3 -", "— 12 —",
 * "第3页", "第 3 页 共 10 页", "3/10". They are removed (and reported) so that a heading or sentence
 * interrupted by a page break can be read as one. A bare number ("3") is not one: it is far more often
 * a figure of a table whose cells were pasted one per line (a test with real reports, stop 43, lost a
 * whole 执法情况 table of them), and a report's figures are never dropped.
 */
export function isPageArtifact(norm: string): boolean {
  return (
    /^[-—–－~]\s*\d{1,3}\s*[-—–－~]$/.test(norm) ||
    /^第\s*\d{1,3}\s*页(\s*(?:[,，]\s*)?共\s*\d{1,3}\s*页)?$/.test(norm) ||
    /^\d{1,3}\s*\/\s*\d{1,3}$/.test(norm)
  );
}

/**
 * A page number where a document starts or ends (before its title, after its date): a bare number
 * there is a page's, not a table's, so the title and the signature are still found past it.
 */
export function isEdgePageNumber(norm: string): boolean {
  return isPageArtifact(norm) || /^\d{1,3}$/.test(norm);
}

/** Sentence-final punctuation: a line ending with one of these is a finished sentence, not a heading. */
export const SENTENCE_END = /[。;；!！?？:：]$/;

// prettier-ignore
const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Parse a Chinese numeral up to 99 (一, 十, 十二, 二十三); undefined if it is not one. */
export function parseCnNumber(s: string): number | undefined {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return undefined;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? CN_DIGITS[tens] : undefined;
  return (tens ? CN_DIGITS[tens] : 1) * 10 + (ones ? CN_DIGITS[ones] : 0);
}

/** Format a number as a Chinese numeral (1 -> 一, 12 -> 十二), for messages. */
export function toCnNumber(n: number): string {
  const d = '零一二三四五六七八九';
  if (n < 10) return d[n];
  if (n < 20) return '十' + (n % 10 ? d[n % 10] : '');
  return d[Math.floor(n / 10)] + '十' + (n % 10 ? d[n % 10] : '');
}

/** Remove all whitespace (for comparing names and phrases). */
export function compact(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * The stretch of a raw line that normalizes to `norm` (as the drafter wrote it: full-width punctuation
 * kept). Falls back to `norm` itself when it cannot be found (e.g. it spans removed markup).
 */
export function asWritten(raw: string, norm: string): string {
  if (norm === '') return '';
  for (let start = 0; start < raw.length; start++) {
    for (const len of [norm.length, norm.length + 1, norm.length - 1]) {
      const candidate = raw.slice(start, start + len);
      if (candidate.normalize('NFKC') === norm) return candidate;
    }
  }
  return norm;
}
