/**
 * Text copied out of a PDF (or a 公文 printed to a fixed width) arrives with a line break at the end of
 * every printed line, in the middle of sentences and words (纳入年 / 度重点工作). Kept as they are, each
 * printed line became a paragraph of the official text (an external QA engineer, stop 56). Such a
 * text shows itself: many lines stop mid-sentence at about the same width. Only then are those lines
 * joined to the next; a text pasted from Word, whose lines are paragraphs of every length, is left
 * as it is.
 */

/**
 * A line that stops on a character that continues a sentence: a han character, a comma, an opening
 * bracket or quote. Not a digit or a letter: a 发布时间 line ends in 15:35, a 文号 in 3号 or a year.
 */
export const CUT_MID_SENTENCE = /[\p{Script=Han}，、（“‘《]$/u;
/**
 * A line that opens a numbered heading (一、 （一） 1. 1、 一是) or an item of a list: never glued to the
 * line before. Not a decimal figure (63.7万元, the rest of a sentence cut before it: external QA, stop 53).
 */
export const OPENS_HEADING =
  /^(?:[（(]?[一二三四五六七八九十]+[)）、.．]|[（(]\d+[)）]|\d+(?:、|[.．](?!\d))|[一二三四五六七八九十]+是)/;
/** A line that ends a sentence (or announces a list): a paragraph may end there, at the margin too. */
const SENTENCE_END = /[。！？；：!?;:]$/u;
/**
 * A line that opens with a mark no line of a text starts with (、 ， 。 ） ” …): in a printed text it is
 * the rest of the line before, cut by a tool that kept no 避头 (an external QA engineer, stop 57: …按照
 * “谁执法 / 、谁公示、谁负责”… was read as a heading whose number was lost, and printed 二、).
 */
export const CONTINUES_A_LINE = /^[、，,。；;：:！!？?)）”’》]/u;
/** A printed line narrower than this (in full-width characters) is no page width. */
const MIN_WIDTH = 20;
/** Nor wider: an A4 page holds about 28 characters of 仿宋 三号, a landscape page some 45. */
const MAX_WIDTH = 60;
/** A printed line may be this much narrower than the page: the first line's indent, 避头 punctuation moved down. */
const SLACK = 3;
/** At least this many lines cut at the page's width before the text is taken for hard-wrapped. */
const MIN_CUT_LINES = 3;
/** And at least this share of the lines that stop mid-sentence. */
const MIN_SHARE = 0.6;
/**
 * A printed text fills its lines: at least this share of all its lines run the page's width, whatever
 * they end with (a paragraph's last line and the headings are the shorter ones) …
 */
const MIN_FULL_SHARE = 0.4;
/** … and hardly any is wider than the page (a text of paragraphs has many wider lines). */
const MAX_WIDER_SHARE = 0.1;

/** The printed width of a line, in full-width characters: a Latin letter, digit or space is half. */
export function printedWidth(line: string): number {
  let width = 0;
  for (const c of line) width += c.codePointAt(0)! >= 0x2e80 ? 1 : 0.5;
  return width;
}

/** A line's length in characters: what a tool that cuts text every N characters counts. */
function characterCount(line: string): number {
  return [...line].length;
}

/**
 * The lines of a hard-wrapped text that continue on the next line (indexes into `lines`): each stops
 * at about the page's width, not at a sentence's end, and the next line holds text that opens no
 * heading. Empty when the text does not look hard-wrapped. The page's width is measured as a PDF
 * prints it (a figure or letter is half a character) and as a tool that cuts every N characters
 * counts it: a text is taken for hard-wrapped by either. `isHeadingStart` names the lines found to
 * open a heading.
 */
export function hardWrappedLines(
  lines: readonly string[],
  isHeadingStart: (index: number) => boolean,
): Set<number> {
  const trimmed = lines.map((line) => line.trim());
  // Pairs of lines where the first may go on into the second.
  const pairs: number[] = [];
  for (let i = 0; i + 1 < trimmed.length; i++) {
    const [line, next] = [trimmed[i], trimmed[i + 1]];
    if (line === '' || next === '' || SENTENCE_END.test(line)) continue;
    if (!CONTINUES_A_LINE.test(next) && (OPENS_HEADING.test(next) || isHeadingStart(i + 1))) continue;
    pairs.push(i);
  }
  const wrapped = new Set<number>();
  for (const measure of [printedWidth, characterCount]) {
    const cut = pairs.filter((i) => CUT_MID_SENTENCE.test(trimmed[i])).map((i) => measure(trimmed[i]));
    const page = pageWidth(cut);
    if (page === null || !fillsItsLines(trimmed, page, measure)) continue;
    // The page's width known, a line that runs it continues on the next whatever it stops on (a
    // figure, 》, ”, %), unless a sentence ends there: a paragraph may end at the margin too.
    for (const i of pairs) if (isPageWide(measure(trimmed[i]), page)) wrapped.add(i);
  }
  return wrapped;
}

/**
 * The width most lines stopping mid-sentence were cut at, when they agree on one: the commonest width
 * (a printed line runs the page's width), with at least MIN_CUT_LINES and MIN_SHARE of them within
 * [width - SLACK, width + 1]; null when too few agree (a text of paragraphs, not printed lines).
 */
function pageWidth(widths: number[]): number | null {
  const counts = new Map<number, number>();
  for (const w of widths) if (w >= MIN_WIDTH && w <= MAX_WIDTH) counts.set(w, (counts.get(w) ?? 0) + 1);
  let page: number | null = null;
  for (const [w, n] of counts)
    if (page === null || n > counts.get(page)! || (n === counts.get(page)! && w < page)) page = w;
  if (page === null) return null;
  const near = widths.filter((x) => isPageWide(x, page)).length;
  return near >= MIN_CUT_LINES && near >= MIN_SHARE * widths.length ? page : null;
}

/** A line as wide as the page: its first line's indent or a 避头 mark moved down may take up to SLACK, or add one. */
function isPageWide(width: number, page: number): boolean {
  return width >= page - SLACK && width <= page + 1;
}

/** Whether the text's lines run the page's width as a printed text's do (MIN_FULL_SHARE, MAX_WIDER_SHARE). */
function fillsItsLines(lines: readonly string[], page: number, measure: (line: string) => number): boolean {
  const widths = lines.filter((line) => line !== '').map(measure);
  const full = widths.filter((w) => isPageWide(w, page)).length;
  const wider = widths.filter((w) => w > page + 1.5).length;
  return full >= MIN_FULL_SHARE * widths.length && wider <= MAX_WIDER_SHARE * widths.length;
}
