/**
 * Heading detection. Real drafts number headings in several styles and lose numbers in copy-paste, so a
 * heading is recognised either by its number (`一、`, `(一)`, `1.`/`1、`, `(1)`, `①`, `一是`), by a number
 * fragment left behind (`)加强组织领导`), or by shape and context (a short unpunctuated line between
 * paragraphs: `完善制度体系`). Levels: 1 = 一、, 2 = (一), 3 = 1., 4 = (1)/①, 5 = 一是.
 */
import { SENTENCE_END, isBoldLine, isPageArtifact, normalizeLine, parseCnNumber } from './normalize';
import { isStatutoryWording } from './types';
import { CONTINUES_A_LINE, CUT_MID_SENTENCE } from './line-wraps';

export type HeadingStyle =
  | 'cn-top' // 一、
  | 'cn-paren' // (一) （一）
  | 'arabic' // 1. 1、
  | 'arabic-paren' // (1) ①
  | 'yishi' // 一是
  | 'lost-number' // )加强组织领导 / 、存在问题: the number was lost, its punctuation was not
  | 'bare'; // 完善制度体系: no number at all, recognised by shape

export interface HeadingMatch {
  style: HeadingStyle;
  level: number;
  /** The heading's number, when written (一 -> 1). */
  number?: number;
  /** The heading text without its number, up to the first sentence end. */
  title: string;
  /** What follows the title on the same line (inline body: "(一)加强领导。进一步…"). */
  rest: string;
  bold: boolean;
}

export interface HeadingLine extends HeadingMatch {
  /** 0-based index of the line where the heading starts. */
  index: number;
  /** Indexes of the lines the heading spans (more than one when split across a page break). */
  lines: number[];
  /** Character offset of the heading inside its line (non-zero for a heading pasted mid-line). */
  column: number;
}

const CN = '[一二三四五六七八九十]{1,3}';
const PATTERNS: Array<{ style: HeadingStyle; level: number; re: RegExp }> = [
  { style: 'cn-top', level: 1, re: new RegExp(`^(${CN})\\s*[、.]\\s*(.*)$`) },
  { style: 'cn-top', level: 1, re: new RegExp(`^第(${CN})部分\\s*[、.:]?\\s*(.*)$`) },
  { style: 'cn-paren', level: 2, re: new RegExp(`^\\((${CN})\\)\\s*(.*)$`) },
  // "1." but not a decimal ("2.5万元"); "3.2024年工作计划" is a heading followed by a year.
  { style: 'arabic', level: 3, re: /^(\d{1,2})\s*[.、](?!\d(?!\d{3}年))\s*(.*)$/ },
  { style: 'arabic-paren', level: 4, re: /^\((\d{1,2})\)\s*(.*)$/ },
  { style: 'arabic-paren', level: 4, re: /^([①-⑳])\s*(.*)$/ },
  { style: 'yishi', level: 5, re: new RegExp(`^(${CN})是\\s*(.+)$`) },
];

/** Split "title。body" at the first sentence end; a heading's title is its first sentence. */
function splitTitle(text: string): { title: string; rest: string } {
  const m = /^(.*?)[。;；!！?？]/.exec(text);
  return m ? { title: m[1].trim(), rest: text.slice(m[0].length).trim() } : { title: text.trim(), rest: '' };
}

function numberOf(token: string): number | undefined {
  if (/^\d+$/.test(token)) return Number(token);
  if (/^[①-⑳]$/.test(token)) return token.charCodeAt(0) - 0x2460 + 1;
  return parseCnNumber(token);
}

/** Recognise a numbered (or number-lost) heading at the start of a normalized line. */
export function matchNumberedHeading(norm: string, bold = false): HeadingMatch | undefined {
  for (const { style, level, re } of PATTERNS) {
    const m = re.exec(norm);
    if (!m) continue;
    const number = numberOf(m[1]);
    if (number === undefined) continue;
    return { style, level, number, ...splitTitle(m[2]), bold };
  }
  // The number was lost but its closing punctuation survived: ")加强组织领导" was "(三)加强组织领导".
  const lost = /^([)）]|[、.])\s*(\S.*)$/.exec(norm);
  if (lost && /^[\u4e00-\u9fff]/.test(lost[2])) {
    return { style: 'lost-number', level: lost[1] === ')' ? 2 : 1, ...splitTitle(lost[2]), bold };
  }
  return undefined;
}

/** Dates and unit names: the signature block, the addressee, the title page. Never a bare heading. */
/**
 * A 落款 date written in figures, 2027.1.18 / 2027-01-18 / 2027/1/18: the whole line, with a day, so
 * that a plan's "2027.1" or a table's figures are not read as one (an external QA engineer, stop 56:
 * such a 落款 stayed in item 4, its year unread). Groups: year, month, day.
 */
export const NUMERIC_DATE_LINE =
  /^(\d{4})\s*[.．\-－/／]\s*(0?[1-9]|1[0-2])\s*[.．\-－/／]\s*(0?[1-9]|[12]\d|3[01])$/;

export function looksLikeSignatureLine(norm: string): boolean {
  return (
    NUMERIC_DATE_LINE.test(norm) ||
    /^(\d{4}|[〇零一二三四五六七八九]{4})\s*年(\s*[\d一二三四五六七八九十]{1,3}\s*月(\s*[\d一二三四五六七八九十]{1,3}\s*日)?)?$/.test(
      norm,
    ) ||
    /(局|委|办|厅|政府|委员会|办公室|中心|院|所|站|队|(人民)?政府:?)$/.test(norm.replace(/\s+/g, ''))
  );
}

/** The statutory wording of one of the five items (or a usual form of it): isStatutoryWording. */
function namesAnItem(norm: string): boolean {
  return norm.length <= 60 && ([1, 2, 3, 4, 5] as const).some((item) => isStatutoryWording(item, norm));
}

/** A short, unpunctuated line that could be a heading whose number was lost entirely. */
function bareShape(norm: string): boolean {
  return (
    norm.length >= 4 &&
    norm.length <= 30 &&
    /[\u4e00-\u9fff]/.test(norm) &&
    !SENTENCE_END.test(norm) &&
    !/[。;；]/.test(norm) &&
    !looksLikeSignatureLine(norm) &&
    !isPageArtifact(norm) &&
    !TABLE_ROW.test(norm)
  );
}

/**
 * A row of a table typed as text (指标｜2025年｜2026年, cells parted by bars or tabs): short and
 * unpunctuated like a heading, but never one (external QA, stop 53: two rows read as headings whose
 * number was lost, and the numbering check then asked for （九） after （六）).
 */
const TABLE_ROW = /[|│┃\t]/;

/** Headings pasted onto the end of the previous paragraph after a run of spaces: "…不懈。   （二）交通执法…". */
export function findInlineHeadings(norm: string): Array<{ column: number; match: HeadingMatch }> {
  const found: Array<{ column: number; match: HeadingMatch }> = [];
  // (?<!\s): a run is tried once, from its start, not again from each of its spaces (quadratic on a long run).
  const re = new RegExp(`(?<!\\s)\\s{2,}(?=\\(${CN}\\)|${CN}、)`, 'g');
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const column = m.index + m[0].length;
    const match = matchNumberedHeading(norm.slice(column));
    if (match && match.style !== 'lost-number') found.push({ column, match });
  }
  return found;
}

const CONNECTIVE_END = /[和的及与、,，或并暨]$/;

export interface ScanOptions {
  /** Bare (unnumbered) headings are only looked for from this line index on (e.g. after the first 一、). */
  bareFrom?: number;
  /**
   * Lines a hard-wrapped text continues on the next line (line-wraps.ts): neither they nor the line
   * after them is a bare heading (a printed line is short and unpunctuated too), and a numbered
   * heading on one continues on the next line.
   */
  wrapped?: ReadonlySet<number>;
}

/**
 * Find the headings of a block of text given as raw lines. Blank lines and page-break artifacts are skipped;
 * a heading split across a page break (number alone on a line, or title ending in 和/的/、 and continued
 * after a page number) is joined into one.
 */
export function scanHeadings(rawLines: string[], options: ScanOptions = {}): HeadingLine[] {
  const norms = rawLines.map(normalizeLine);
  const content = (i: number): boolean => norms[i] !== '' && !isPageArtifact(norms[i]);
  const nextContent = (i: number): { index: number; skippedArtifact: boolean } | undefined => {
    let skippedArtifact = false;
    for (let j = i + 1; j < norms.length; j++) {
      if (content(j)) return { index: j, skippedArtifact };
      if (norms[j] !== '') skippedArtifact = true;
    }
    return undefined;
  };
  const prevContent = (i: number): number | undefined => {
    for (let j = i - 1; j >= 0; j--) if (content(j)) return j;
    return undefined;
  };

  const result: HeadingLine[] = [];
  const consumed = new Set<number>();
  const headingLines = new Set<number>(); // the lines of result, so a lookup is not a scan of it
  let subLevel = 2; // level of the latest sub-heading, given to bare headings that follow it
  let inAttachmentNote = false;
  const bareLines = new Set<number>(); // lines of bare headings (a set, not a scan of result)
  for (let i = 0; i < norms.length; i++) {
    if (!content(i) || consumed.has(i)) continue;
    const norm = norms[i];
    // The rest of a printed line (、谁公示、谁负责…): no heading that lost its number. Nor is the list of
    // a 附件说明 (附件：1.…统计表 / 2.…意见书): numbered, but the attachments' names, not headings (its
    // 2. was said to begin the numbering wrong: an external QA engineer, stop 57).
    if (/^附件[:：]/.test(norm)) inAttachmentNote = true;
    // Its list: short numbered names with no sentence (a heading 1.落实…。 ends the list).
    else if (!/^\d{1,2}\s*[.．、][^。；;]{1,60}$/.test(norm)) inAttachmentNote = false;
    const continuation =
      inAttachmentNote || (options.wrapped?.has(i - 1) === true && CONTINUES_A_LINE.test(norm));
    let match = continuation ? undefined : matchNumberedHeading(norm, isBoldLine(rawLines[i]));
    // A number lost with only its mark left (、存在问题, )加强领导) opens a heading. Not a line that reads
    // as the rest of a sentence cut on the line before (…按照“谁执法 / 、谁公示、谁负责”的原则，…。: printed
    // 二、, external QA, stop 57): a sentence inside it, or longer than a heading, after a line that
    // stops mid-sentence. A short one stays a heading even so: a paragraph pasted without its 。
    // is followed by real lost-number headings (review, stop 57).
    if (match?.style === 'lost-number') {
      const prev = prevContent(i);
      const sentenceLike = norm.length > 30 || /[。；;！!？?]/.test(norm);
      if (
        sentenceLike &&
        prev !== undefined &&
        (!headingLines.has(prev) || bareLines.has(prev)) &&
        CUT_MID_SENTENCE.test(rawLines[prev].trim())
      )
        match = undefined;
    }
    // An item's statutory wording alone on its line is a heading, though item 3's runs past a short
    // heading's length with a comma in it (a walk, stop 55: its text was filed under item 2).
    const statutory = !match && !continuation && i >= (options.bareFrom ?? 0) && namesAnItem(norm);
    if (statutory)
      match = { style: 'bare', level: subLevel, title: norm, rest: '', bold: isBoldLine(rawLines[i]) };
    const printedLine =
      options.wrapped !== undefined && (options.wrapped.has(i) || options.wrapped.has(i - 1));
    if (!match && !printedLine && !continuation && bareShape(norm) && i >= (options.bareFrom ?? 0)) {
      const prev = prevContent(i);
      const next = nextContent(i);
      const prevDone = prev !== undefined && (SENTENCE_END.test(norms[prev]) || headingLines.has(prev));
      // Not when the next line goes on with this one's sentence (、谁公示… after 按照“谁执法).
      const nextBody =
        next !== undefined &&
        !CONTINUES_A_LINE.test(norms[next.index]) &&
        (norms[next.index].length > norm.length || matchNumberedHeading(norms[next.index]) !== undefined);
      if ((prevDone && nextBody) || isBoldLine(rawLines[i])) {
        match = { style: 'bare', level: subLevel, title: norm, rest: '', bold: isBoldLine(rawLines[i]) };
      }
    }
    const inline = (inAttachmentNote ? [] : findInlineHeadings(norm)).map((x) => ({
      ...x.match,
      index: i,
      lines: [i],
      column: x.column,
    }));
    if (inline.length > 0) headingLines.add(i);
    if (!match) {
      result.push(...inline);
      continue;
    }
    const lines = [i];
    // Heading split across a page break: join the continuation line into the title. Only when the line holds
    // nothing but an unfinished title (no body after it, no sentence end).
    const next = nextContent(i);
    if (next && match.style !== 'bare' && match.rest === '' && !SENTENCE_END.test(norm)) {
      const cont = norms[next.index];
      const isContinuation =
        !matchNumberedHeading(cont) &&
        cont.length <= 30 &&
        !/[。;；]/.test(cont.slice(0, -1)) &&
        (match.title === '' ||
          CONNECTIVE_END.test(match.title) ||
          next.skippedArtifact ||
          // A printed heading's second line ends it: short of the page (it goes on no further)
          // and no sentence end. A page-wide heading followed by its paragraph is not continued
          // (review, stop 57: 三、…职责情况 took the first line of its paragraph into its title).
          (options.wrapped?.has(i) === true &&
            next.index === i + 1 &&
            !options.wrapped.has(next.index) &&
            !SENTENCE_END.test(cont)));
      if (isContinuation) {
        match = { ...match, ...splitTitle(match.title + cont) };
        lines.push(next.index);
        consumed.add(next.index);
      }
    }
    if (match.level === 1) subLevel = 2;
    else if (match.style !== 'yishi' && match.style !== 'bare') subLevel = match.level;
    if (match.style === 'bare') for (const line of lines) bareLines.add(line);
    result.push({ ...match, index: i, lines, column: 0 }, ...inline);
    for (const line of lines) headingLines.add(line);
  }
  return result;
}
