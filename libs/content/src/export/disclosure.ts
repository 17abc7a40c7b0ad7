/**
 * Passages not for publication (不予公开). The annual report is published by 1 April "except content that
 * touches state secrets" (see domain.md, "public disclosure"). The drafter marks such a passage in the text
 * with an opening and a closing marker, wherever they stand — on lines of their own, inside a sentence, or
 * opening in one paragraph and closing in a later one, several on a line:
 *
 *     ……（【不予公开】涉事人员姓名【/不予公开】）已于年内办结。
 *
 * - Public version: every marked span, markers included, is left out of every section and of the title.
 *   Brackets left empty around a removed span ("（）") go too; a span that crossed paragraphs leaves the text
 *   before and after it as separate paragraphs; a paragraph left with nothing (or only markdown bold) goes.
 * - Internal version (the one submitted upward): everything is kept, the markers too. The reviewers and the
 *   party group approve what will be withheld from the public, so they must see both the passage and the
 *   fact that it is marked; and the export stays exactly the stored text.
 * - Markers that do not pair up — an opening one never closed, a closing one never opened, an opening one
 *   inside an open span — make the public version impossible (DisclosureMarkupError, naming the section, the
 *   line and the text near the marker): guessing where a secret ends would publish it or lose public text.
 *   A span never runs from one section into the next.
 * Marker spellings drafters produce are accepted: 【】, [], ［］, 〔〕, 〖〗 or （） brackets, a full-width slash,
 * spaces or zero-width characters inside, the traditional 開.
 */
import { normalizeLine, splitLines } from '../normalize';
import { ReportSections, SECTION_KEYS, SectionKey } from '../types';

export const WITHHOLD_START = '【不予公开】';
export const WITHHOLD_END = '【/不予公开】';

/** Either marker; group 1 is the slash of a closing one. Linear: no nested quantifiers. */
// 〔〕 and 〖〗 are common in official documents, parentheses in pasted drafts; a zero-width character or
// the traditional 開 inside a marker must not hide it (the passage would be published).
export const WITHHOLD_MARKER =
  /[【[［〔〖（(][\s\u200B-\u200D\u2060\uFEFF]{0,3}([/／\\]?)[\s\u200B-\u200D\u2060\uFEFF]{0,3}不予公[开開][\s\u200B-\u200D\u2060\uFEFF]{0,3}[】\]］〕〗）)]/g;

export type MarkerProblemKind = 'unclosed' | 'unopened' | 'nested';

export interface MarkerProblem {
  /** The section, or 'title'. */
  where: SectionKey | 'title';
  /** 1-based line within that section's text. */
  line: number;
  kind: MarkerProblemKind;
  /** Up to 20 characters before the marker, and the marker: enough to find it, not the passage itself. */
  near: string;
}

export class DisclosureMarkupError extends Error {
  constructor(readonly problems: MarkerProblem[]) {
    super(
      `不予公开 markers do not pair up: ${problems.map((p) => `${p.where} line ${p.line} ${p.kind} near "${p.near}"`).join('; ')}`,
    );
    this.name = 'DisclosureMarkupError';
  }
}

interface Span {
  start: number;
  end: number;
}

/** The marked spans of one text, and the markers that do not pair up. */
function findSpans(
  text: string,
  where: MarkerProblem['where'],
): { spans: Span[]; problems: MarkerProblem[] } {
  const spans: Span[] = [];
  const problems: MarkerProblem[] = [];
  const problem = (kind: MarkerProblemKind, at: number, marker: string) => {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const before = text.slice(Math.max(lineStart, at - 20), at);
    problems.push({ where, line: text.slice(0, at).split('\n').length, kind, near: before + marker });
  };
  let open: { at: number; marker: string } | undefined;
  for (const m of text.matchAll(WITHHOLD_MARKER)) {
    const at = m.index;
    const closing = m[1] !== '';
    if (!closing && open) problem('nested', at, m[0]);
    else if (!closing) open = { at, marker: m[0] };
    else if (!open) problem('unopened', at, m[0]);
    else {
      spans.push({ start: open.at, end: at + m[0].length });
      open = undefined;
    }
  }
  if (open) problem('unclosed', open.at, open.marker);
  return { spans, problems };
}

const PAIRS: Record<string, string> = { '（': '）', '(': ')', '【': '】', '[': ']', '［': '］', '“': '”' };

/** Stands where a span was, until the lines it emptied are dropped; stored text never holds NUL. */
const CUT = '\u0000';

/** The text without the spans (see the file comment for what goes with them). */
function withoutSpans(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let from = 0;
  for (const span of spans) {
    let { start, end } = span;
    // "（【不予公开】…【/不予公开】）": the brackets held only the secret.
    const close = PAIRS[text[start - 1]];
    if (close !== undefined && text[end] === close && start - 1 >= from) {
      start--;
      end++;
    }
    out += text.slice(from, start) + (/[\r\n]/.test(text.slice(start, end)) ? `${CUT}\n${CUT}` : CUT);
    from = end;
  }
  // Lines a removal left empty (or holding only markdown bold, as around "**【不予公开】**") go; other lines,
  // blank ones included, stay as they were.
  return splitLines(out + text.slice(from))
    .filter((line) => !line.includes(CUT) || normalizeLine(line.replaceAll(CUT, '')) !== '')
    .map((line) => line.replaceAll(CUT, ''))
    .join('\n');
}

/** One text, public: the spans removed. Throws DisclosureMarkupError. */
export function publicText(text: string, where: MarkerProblem['where'] = 'other'): string {
  const { spans, problems } = findSpans(text, where);
  if (problems.length > 0) throw new DisclosureMarkupError(problems);
  return withoutSpans(text, spans);
}

/**
 * The title and sections as they may be published. Checks every section before answering, so one error
 * names every marker that does not pair up. Throws DisclosureMarkupError.
 */
export function publicVersionOf<T extends { title: string; sections: ReportSections }>(report: T): T {
  const found = [
    { where: 'title' as const, text: report.title, ...findSpans(report.title, 'title') },
    ...SECTION_KEYS.map((key) => ({
      where: key,
      text: report.sections[key],
      ...findSpans(report.sections[key], key),
    })),
  ];
  const problems = found.flatMap((f) => f.problems);
  if (problems.length > 0) throw new DisclosureMarkupError(problems);
  const [title, ...sections] = found.map((f) => withoutSpans(f.text, f.spans));
  return {
    ...report,
    title,
    sections: Object.fromEntries(SECTION_KEYS.map((key, i) => [key, sections[i]])) as ReportSections,
  };
}
