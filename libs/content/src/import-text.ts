/**
 * Import: pasted plain text -> the five statutory sections, with what went where and how sure we are.
 *
 * Nothing is dropped. Every input line ends up, as written (only trailing spaces trimmed, runs of blank lines
 * collapsed), in exactly one section, except whole-line page numbers ("- 3 -"), which are listed in
 * removedLines, and the title lines, which are the report's `title` (the form's own field). The import does
 * not rewrite text: normalization is for detection only. In particular:
 * - the title before the first top-level heading, also when split over two lines ("宝坻区交通局" /
 *   "2023年法治政府建设情况报告") or repeated (a web page's title over the document's), goes to `title`, not
 *   into item 1: kept there, a title edited in the form left the old one printed as a paragraph of item 1;
 * - the rest of the preamble (addressee, intro paragraph, 报送 unit/date lines) opens item 1, where the export
 *   prints it before 一、; the report has no other place for it. `notices` says so, and names the lines that
 *   are not report text (报送单位, 发布时间, a date under the title) for the drafter to delete;
 * - each section keeps its own heading line as written: the export prints its wording, numbered by position;
 * - the closing signature (unit name, date) goes to item 5, since it fits no statutory item;
 * - a top-level heading no rule recognises goes to item 1 if it comes before any other item, else to item 5;
 * - when no top-level heading is item 3, the sub-section of item 1 that reports the principal leaders' duty
 *   is moved to item 3 (moved, not copied: the report is stored once).
 * The drafter sees `mapping` and corrects it before saving.
 */
import { Classification, classifyHeading, leadersDutyScore } from './classify';
import { DocumentRejectedError, UPLOAD_LIMITS } from './docx/errors';
import { HeadingLine, looksLikeSignatureLine, scanHeadings } from './headings';
import { findClosing, findTitle, reportYearFromDateLine, trailingAttachmentsAt, yearFromText } from './meta';
import { isPageArtifact, normalizeLine, splitLines } from './normalize';
import { findNoncharacter } from './noncharacters';
import { titleLines, unitOfTitle } from './title';
import { CUT_MID_SENTENCE, hardWrappedLines, OPENS_HEADING } from './line-wraps';
import { Finding, ImportResult, ITEM_SECTION, MappingEntry, StatutoryItem, emptySections } from './types';

interface Top {
  heading: HeadingLine;
  cls: Classification;
}

/** Choose the top-level headings and the item each one maps to. */
function topLevel(headings: HeadingLine[], reportYear: number | undefined): Top[] {
  const numbered = headings.filter((h) => h.column === 0 && h.level === 1);
  // Without any 一、 heading, the highest level used for numbered headings plays the top-level role;
  // never 一是/二是, which enumerate inside a paragraph (a test with real reports, stop 43: each 一是 of
  // a report with unnumbered headings became a section of item 1, and took items 2 and 4's text along).
  const minLevel = Math.min(
    ...headings
      .filter((h) => h.column === 0 && h.style !== 'bare' && h.style !== 'yishi')
      .map((h) => h.level),
  );
  const tops =
    numbered.length > 0 ? numbered : headings.filter((h) => h.column === 0 && h.level === minLevel);
  const result: Top[] = [];
  for (const heading of tops) {
    result.push({ heading, cls: classifyHeading(heading.title, reportYear) ?? fallback(result) });
  }
  // A heading whose number was lost ("存在问题" alone on a line) is promoted to top level when it clearly
  // names an item that no numbered top-level heading covers. Item 3 is not promoted inside item 1: it is
  // found there as a sub-section anyway.
  const covered = new Set(result.map((t) => t.cls.item));
  for (const heading of headings) {
    if (heading.column !== 0 || (heading.style !== 'bare' && heading.style !== 'lost-number')) continue;
    if (result.some((t) => t.heading === heading)) continue;
    const cls = classifyHeading(heading.title, reportYear);
    // Item 3 is promoted too where no item-1 section encloses it (after 存在的不足和原因, say).
    const enclosing = result
      .filter((t) => t.heading.index < heading.index)
      .sort((a, b) => b.heading.index - a.heading.index)[0];
    const allowed =
      tops.length === 0 || (enclosing !== undefined && enclosing.cls.item !== 1)
        ? [1, 2, 3, 4, 5]
        : [2, 4, 5];
    if (!cls || cls.confidence < 0.9 || !allowed.includes(cls.item) || covered.has(cls.item)) continue;
    covered.add(cls.item);
    result.push({
      heading,
      cls: {
        ...cls,
        confidence: cls.confidence * 0.8,
        reason: `${cls.reason}（标题无序号，按内容视为一级标题）`,
      },
    });
  }
  return result.sort((a, b) => a.heading.index - b.heading.index);
}

/** The year reported on: the title's, else the body's, else the one the closing date implies. */
function reportYear(
  titleYear: number | undefined,
  bodyYear: number | undefined,
  dateLine: { year: number; dated: string } | undefined,
): Pick<ImportResult, 'year' | 'yearBasis'> {
  if (titleYear !== undefined)
    return { year: titleYear, yearBasis: { source: 'title', confidence: 0.95, reason: '标题中的年份' } };
  if (bodyYear !== undefined)
    return { year: bodyYear, yearBasis: { source: 'body', confidence: 0.8, reason: '正文一级标题中的年份' } };
  if (dateLine === undefined) return {};
  return {
    year: dateLine.year,
    yearBasis: {
      source: 'date',
      confidence: 0.6,
      reason: `标题和正文未写年份；落款日期为${dateLine.dated}，按年度报告于次年一季度（或当年12月）报送推定为${dateLine.year}年度，请核对`,
    },
  };
}

/** An unrecognised top-level heading: item 1 while nothing else has started, else item 5 (其他). */
function fallback(before: Top[]): Classification {
  return before.every((t) => t.cls.item === 1)
    ? { item: 1, confidence: 0.4, reason: '标题未能识别，位于其他各项之前，暂归入第一项' }
    : { item: 5, confidence: 0.3, reason: '标题未能识别，归入第五项“其他需要报告的情况”' };
}

/** In item 1, the sub-heading that best reports the principal leaders' duty (item 3), if any. */
function findLeadersDuty(
  headings: HeadingLine[],
  norms: string[],
  from: number,
  to: number,
): { heading: HeadingLine; end: number; cls: Classification } | undefined {
  const inside = headings.filter((h) => h.index > from && h.index < to && h.column === 0 && h.level > 1);
  let best: { heading: HeadingLine; end: number; cls: Classification } | undefined;
  inside.forEach((h, k) => {
    const ownEnd = inside[k + 1]?.index ?? to; // its own text: up to the next heading of any level
    const cls = leadersDutyScore(h.title, norms.slice(h.index, ownEnd).join(''));
    if (!cls || (best && best.cls.confidence >= cls.confidence)) return;
    const end = inside.slice(k + 1).find((n) => n.level <= h.level)?.index ?? to; // with its sub-headings
    best = { heading: h, end, cls };
  });
  return best;
}

/**
 * The first sub-heading between `from` and `to` (exclusive) that surely names `item`, with its text
 * and its own sub-headings (up to the next heading of its level or above).
 */
function findSubsection(
  headings: HeadingLine[],
  from: number,
  to: number,
  item: StatutoryItem,
  reportYear: number | undefined,
): { heading: HeadingLine; end: number; cls: Classification } | undefined {
  const inside = headings.filter((h) => h.index > from && h.index < to && h.column === 0 && h.level > 1);
  for (const [k, h] of inside.entries()) {
    const cls = classifyHeading(h.title, reportYear);
    if (!cls || cls.item !== item || cls.confidence < 0.9) continue;
    const end = inside.slice(k + 1).find((n) => n.level <= h.level)?.index ?? to;
    return { heading: h, end, cls };
  }
  return undefined;
}

/** Throws DocumentRejectedError for a text no annual report looks like (see UPLOAD_LIMITS). */
export function importReportText(text: string): ImportResult {
  // Bounded before any work per line: a 10 MB file of empty lines held the event loop for 16 s.
  if (text.length > UPLOAD_LIMITS.maxTextChars) throw new DocumentRejectedError('TEXT_TOO_LONG');
  const raw = splitLines(text);
  if (raw.length > UPLOAD_LIMITS.maxLines) throw new DocumentRejectedError('TEXT_TOO_LONG');
  // Refused, not dropped: an import must not quietly change a text, nor store what breaks its exports.
  const nonchar = findNoncharacter(text);
  if (nonchar)
    throw new DocumentRejectedError('NONCHARACTER', `${nonchar.codePoint} at line ${nonchar.line}`, {
      zh: `第 ${nonchar.line} 行含非字符 ${nonchar.codePoint}`,
      en: `line ${nonchar.line} holds the noncharacter ${nonchar.codePoint}`,
    });
  const norms = raw.map(normalizeLine);
  if (norms.filter((n) => n !== '').length > UPLOAD_LIMITS.maxParagraphs)
    throw new DocumentRejectedError('TEXT_TOO_LONG');
  const removedLines = raw
    .map((line, i) => ({ line: i + 1, text: line }))
    .filter((_, i) => norms[i] !== '' && isPageArtifact(norms[i]));

  // First pass finds the numbered headings; bare (unnumbered) headings are only looked for after the first
  // top-level one, so the title block is never mistaken for headings.
  const numbered = scanHeadings(raw, { bareFrom: raw.length });
  if (
    numbered.length > UPLOAD_LIMITS.maxHeadings ||
    numbered.filter((h) => h.level === 1 && h.column === 0).length > UPLOAD_LIMITS.maxTopLevelHeadings
  )
    throw new DocumentRejectedError('TOO_MANY_HEADINGS');
  const firstTop = numbered.find((h) => h.level === 1 && h.column === 0);
  const titleLine = findTitle(norms, firstTop?.index);
  // Copied out of a PDF: the lines cut at the page's width mid-sentence (line-wraps.ts).
  const numberedStarts = new Set(numbered.filter((h) => h.column === 0).map((h) => h.index));
  const wrapped = hardWrappedLines(raw, (i) => numberedStarts.has(i));
  // Attachments printed after the 落款 (附件1 …) are no part of the five items, their own 一、 headings
  // included: those headings made item 5 of them and kept the 落款 in item 4 (review, stop 57).
  const attachmentsAt = trailingAttachmentsAt(norms, firstTop?.index ?? 0);
  const headings = scanHeadings(raw, {
    bareFrom: firstTop ? firstTop.index + 1 : (titleLine?.continuation ?? titleLine?.index ?? -1) + 1,
    wrapped,
  }).filter((h) => attachmentsAt === undefined || h.index < attachmentsAt);
  // Every line of a heading: a page break is never closed up against one (joinLines).
  const headingLineSet = new Set(headings.flatMap((h) => h.lines));
  const joins = wrapJoins(wrapped, headings, norms);
  // The whole title (a unit written on the line above joined in) and every line that only repeats it.
  const title = titleLine ? titleLines(norms, titleLine, firstTop?.index ?? raw.length) : undefined;
  const titleYear = title ? yearFromText(title.text) : undefined;
  const tops = topLevel(headings, titleYear);
  // Not from item 4: "2025年工作思路" in a 2024 report names the year after.
  const bodyYear = tops
    .filter((t) => t.cls.item !== 4)
    .map((t) => yearFromText(t.heading.title))
    .find((y) => y !== undefined);

  const bodyStart = tops[0]?.heading.index ?? raw.length;
  // The 落款, with a 附件说明 above it and attachments after it (附件1, a table): the closing, item 5.
  const signature = findClosing(norms, tops.length ? tops[tops.length - 1].heading.index + 1 : bodyStart);
  const dateLine = signature
    ? norms
        .slice(signature.signatureStart, signature.attachmentsAt)
        .map(reportYearFromDateLine)
        .find((d) => d !== undefined)
    : undefined;
  const { year, yearBasis } = reportYear(titleYear, bodyYear, dateLine);
  const bodyEnd = signature?.start ?? raw.length;

  // Assign every line to an item; record each block in the mapping.
  const lineItem: Array<StatutoryItem | undefined> = raw.map(() => undefined);
  const mapping: MappingEntry[] = [];
  const ranges: Array<{ from: number; to: number }> = []; // parallel to mapping
  const assign = (
    from: number,
    to: number,
    item: StatutoryItem,
    entry: Omit<MappingEntry, 'chars' | 'item'>,
  ) => {
    for (let i = from; i < to; i++) lineItem[i] = item;
    mapping.push({ item, chars: 0, ...entry });
    ranges.push({ from, to });
  };

  // The title is the form's title: its lines are in no section (a line the body needs is never one of them).
  const inTitle = new Set((title?.lines ?? []).filter((i) => i < bodyStart));
  const kept = (i: number) => !inTitle.has(i);
  const preambleFirst = norms.findIndex((n, i) => i < bodyStart && n !== '' && !isPageArtifact(n) && kept(i));
  if (preambleFirst >= 0) {
    assign(0, bodyStart, 1, {
      kind: 'preamble',
      heading: raw[preambleFirst].trim(),
      line: preambleFirst + 1,
      confidence: tops.length ? 0.6 : 0.3,
      reason: tops.length
        ? '主送机关和导语（第一个一级标题之前的文字）放在第一项开头，导出时印在“一、”之前；保存前可删改'
        : '未识别到一级标题，全文暂放第一项，请手工分配',
    });
  }
  for (const i of inTitle) lineItem[i] = undefined;
  const sectionEnd = (k: number) => Math.min(tops[k + 1]?.heading.index ?? bodyEnd, bodyEnd);
  tops.forEach((t, k) => {
    assign(t.heading.index, sectionEnd(k), t.cls.item, {
      kind: 'section',
      heading: headingText(raw, t.heading),
      line: t.heading.index + 1,
      confidence: t.cls.confidence,
      reason: t.cls.reason,
    });
  });

  if (!tops.some((t) => t.cls.item === 3)) {
    // Item 3 inside item 1: look in each item-1 section, keep the surest candidate (the first on a tie).
    let found: ReturnType<typeof findLeadersDuty>;
    tops.forEach((t, k) => {
      if (t.cls.item !== 1) return;
      const candidate = findLeadersDuty(headings, norms, t.heading.index, sectionEnd(k));
      if (candidate && (!found || candidate.cls.confidence > found.cls.confidence)) found = candidate;
    });
    if (found) {
      assign(found.heading.index, found.end, 3, {
        kind: 'subsection',
        heading: headingText(raw, found.heading),
        line: found.heading.index + 1,
        confidence: found.cls.confidence,
        reason: found.cls.reason,
      });
    }
  }

  if (!tops.some((t) => t.cls.item === 2)) {
    // Item 2 written inside item 4 ("三、存在的问题及下一步工作打算" with "（一）存在的问题"): the
    // sub-section is item 2's, so the problems are not reported missing (a test with real reports, stop 43).
    tops.forEach((t, k) => {
      if (t.cls.item !== 4 || mapping.some((m) => m.item === 2)) return;
      const found = findSubsection(headings, t.heading.index, sectionEnd(k), 2, titleYear);
      if (found)
        assign(found.heading.index, found.end, 2, {
          kind: 'subsection',
          heading: headingText(raw, found.heading),
          line: found.heading.index + 1,
          confidence: found.cls.confidence,
          reason: `${found.cls.reason}（写在第四项中的子标题，归入第二项）`,
        });
    });
  }

  if (signature) {
    assign(signature.start, raw.length, 5, {
      kind: 'signature',
      heading: raw[signature.start].trim(),
      line: signature.start + 1,
      confidence: 0.9,
      reason:
        signature.start < signature.signatureStart || signature.attachmentsAt !== undefined
          ? '文末附件说明、落款（单位、日期）和附件，不属于五项内容，放在第五项末尾以免丢失：导出时附件说明印在落款之前，附件印在落款之后'
          : '文末落款（单位、日期），不属于五项内容，放在第五项末尾以免丢失，可删除',
    });
  }

  // Sizes at the end, once a moved sub-section no longer counts for the section it came from.
  mapping.forEach((m, k) => {
    const { from, to } = ranges[k];
    m.chars = joinLines(
      raw,
      norms,
      raw.map((_, i) => i >= from && i < to && lineItem[i] === m.item),
      headingLineSet,
      joins,
    ).length;
  });
  const sections = emptySections();
  for (const item of [1, 2, 3, 4, 5] as StatutoryItem[]) {
    sections[ITEM_SECTION[item]] = joinLines(
      raw,
      norms,
      lineItem.map((it) => it === item),
      headingLineSet,
      joins,
    );
  }
  const found = new Set(
    mapping.filter((m) => m.kind === 'section' || m.kind === 'subsection').map((m) => m.item),
  );
  const titleUnit = title ? unitOfTitle(title.text) : undefined;
  const preamble = joinLines(
    raw,
    norms,
    raw.map((_, i) => i < bodyStart && kept(i)),
    headingLineSet,
    joins,
  );
  return {
    title: title ? withChinesePunctuation(title.text) : undefined,
    unitName: signature?.unit ?? titleUnit,
    year,
    yearBasis,
    sections,
    mapping: mapping.sort((a, b) => a.line - b.line),
    missing: ([1, 2, 3, 4, 5] as StatutoryItem[]).filter((i) => !found.has(i)),
    preamble: preamble || undefined,
    signature: signature ? blockText(raw, norms, signature.start, raw.length) : undefined,
    removedLines,
    notices: [
      ...preambleNotices(raw, norms, sections.measures, [...inTitle], title?.text, {
        from: 0,
        to: tops.length ? bodyStart : 0,
      }),
      ...wrapNotice(joins),
    ],
  };
}

/** "第3行", "第3、5行", "第3–5行" (1-based), for messages. */
function lineList(indexes: number[]): string {
  const n = indexes.map((i) => i + 1);
  const contiguous = n.every((x, k) => k === 0 || x === n[k - 1] + 1);
  if (n.length > 2 && contiguous) return `第${n[0]}–${n[n.length - 1]}行`;
  return `第${n.join('、')}行`;
}

/**
 * Lines before the first heading that state who sends the report and when, not what it reports: a date
 * alone or in brackets under the title, a unit name alone, "报送单位：…", a web page's "来源：… 发布时间：…".
 */
function isSenderLine(norm: string): boolean {
  const n = norm.replace(/^[(（[【]\s*|\s*[)）\]】]$/g, '');
  if (
    /^(来源|发布时间|发布日期|成文日期|报送单位|报送时间|报送日期|报告单位|填报单位|填报人|填报时间|填报日期|联系人|联系电话)\s*:/.test(
      n,
    )
  )
    return true;
  if (/:$/.test(n)) return false; // 主送机关 ("区人民政府："): part of the document
  // "XX县司法局", "2026年1月20日", "XX县司法局 2026年1月20日": nothing else on the line.
  return n.split(/\s+/).every((part) => part !== '' && part.length <= 30 && looksLikeSignatureLine(part));
}

/**
 * What the drafter must know about the text before the first heading: the title moved to the form's title,
 * the lines that state the sender and date rather than report anything (kept, for the drafter to delete),
 * and the rest kept at the start of item 1. Each points at the text in sections.measures.
 */
function preambleNotices(
  raw: string[],
  norms: string[],
  measures: string,
  titleIndexes: number[],
  title: string | undefined,
  preamble: { from: number; to: number },
): Finding[] {
  const notices: Finding[] = [];
  if (title !== undefined && titleIndexes.length > 0)
    notices.push({
      item: 1,
      severity: 'info',
      code: 'title_moved',
      message: `${lineList(titleIndexes.sort((a, b) => a - b))}是报告标题，已填入标题栏“${title}”，不放入第一项正文`,
    });
  const at = (i: number) => {
    const excerpt = raw[i].trim();
    return { section: 'measures' as const, offset: Math.max(0, measures.indexOf(excerpt)), excerpt };
  };
  const lines: number[] = [];
  for (let i = preamble.from; i < preamble.to; i++)
    if (norms[i] !== '' && !isPageArtifact(norms[i]) && !titleIndexes.includes(i)) lines.push(i);
  const sender = lines.filter((i) => isSenderLine(norms[i]));
  if (sender.length > 0)
    notices.push({
      item: 1,
      severity: 'warning',
      code: 'preamble_sender_lines',
      message: `${lineList(sender)}（“${raw[sender[0]].trim()}”${sender.length > 1 ? '等' : ''}）写的是报送单位、发布时间或日期，不是报告内容；已保留在第一项开头，请核对后删除（导出时落款另印单位和日期）`,
      location: at(sender[0]),
    });
  const rest = lines.filter((i) => !sender.includes(i));
  if (rest.length > 0)
    notices.push({
      item: 1,
      severity: 'info',
      code: 'preamble_kept',
      message: `第一个一级标题之前的${lineList(rest)}（主送机关、导语等）已保留在第一项开头，导出时印在“一、”之前；如不需要，请在编辑器中删除`,
      location: at(rest[0]),
    });
  return notices;
}

/**
 * The heading as written: its line(s), trimmed, joined when split across a page break; for a heading with
 * its body on the same line ("（一）加强领导。进一步…"), only up to the end of the title sentence.
 */
function headingText(raw: string[], h: HeadingLine): string {
  const text = h.lines.map((i) => raw[i].trim()).join('');
  if (h.rest === '') return text;
  const end = text.search(/[。；;！!？?]/);
  return end < 0 ? text : text.slice(0, end + 1);
}

/** A sentence ends inside the line (not at its end, where the line would not be cut mid-sentence). */
const SENTENCE_INSIDE = /[。；！？]./u;
/** Fewer characters than this before a page number: a heading or a short line, never joined. */
const PARAGRAPH_LINE_MIN = 16;

function blockText(raw: string[], norms: string[], from: number, to: number): string {
  return joinLines(
    raw,
    norms,
    raw.map((_, i) => i >= from && i < to),
  );
}

/**
 * Selected lines in order, page numbers removed, runs of blank lines collapsed, blank edges trimmed.
 * A sentence a page break cut in two ("制定" / "- 3 -" / "并实施") is joined again: the page number
 * was removed and the two halves were printed as paragraphs of the official text (a walk, stop 52).
 * Only when the line before stops mid-sentence and the one after opens no heading.
 */
function joinLines(
  raw: string[],
  norms: string[],
  selected: boolean[],
  headingLines: ReadonlySet<number> = new Set(),
  joinToPrevious: ReadonlySet<number> = new Set(),
): string {
  // Each output line as its pieces (joined once at the end: appending to one long string and
  // reading it back on each join was quadratic on a long hard-wrapped paragraph, review stop 57),
  // its last piece, and whether a sentence ends inside it. A blank line has no pieces.
  type Line = { pieces: string[]; last: string; inside: boolean };
  const out: Line[] = [];
  const blank = (l: Line | undefined) => l !== undefined && l.pieces.length === 0;
  const append = (l: Line, piece: string) => {
    // A sentence ends inside once the line goes on past a sentence end (…工作。/ 全年…).
    l.inside = l.inside || SENTENCE_INSIDE.test(piece) || (SENTENCE_END_AT_END.test(l.last) && piece !== '');
    l.pieces.push(piece);
    l.last = piece;
  };
  let rejoin = false;
  let lastLine = -1;
  raw.forEach((line, i) => {
    if (!selected[i]) return;
    if (norms[i] !== '' && isPageArtifact(norms[i])) {
      const blankBefore = blank(out[out.length - 1]);
      while (blank(out[out.length - 1])) out.pop();
      const before = out[out.length - 1];
      // A paragraph's line, not a heading's: headings end without punctuation too, and a bare one
      // (完善制度体系) is short; a line a page break cut runs the page's width.
      // A heading run into its paragraph (（一）加强组织领导。局党组……制定) is a paragraph here: a
      // sentence ends inside it (a walk, stop 52: the most common paragraph was never rejoined).
      const end = before?.last.trim() ?? '';
      rejoin =
        before !== undefined &&
        (before.inside ||
          (!headingLines.has(lastLine) &&
            !OPENS_HEADING.test(normalizeLine(before.pieces[0].trimStart())))) &&
        CUT_MID_SENTENCE.test(end) &&
        (before.pieces.length > 1 || [...end].length >= PARAGRAPH_LINE_MIN);
      if (!rejoin && blankBefore) out.push({ pieces: [], last: '', inside: false });
      return;
    }
    if (norms[i] === '') {
      if (!rejoin && out.length > 0 && !blank(out[out.length - 1]))
        out.push({ pieces: [], last: '', inside: false });
      return;
    }
    const text = line.trimEnd(); // not /\s+$/: a regex retried at every space is quadratic on a long run
    const previous = out[out.length - 1];
    // A printed line's continuation (a hard-wrapped text), straight after it.
    if (joinToPrevious.has(i) && lastLine === i - 1 && previous !== undefined && !blank(previous))
      append(previous, text.trimStart());
    else if (rejoin && previous !== undefined && !headingLines.has(i) && !OPENS_HEADING.test(norms[i]))
      append(previous, text.trimStart());
    else out.push({ pieces: [text], last: text, inside: SENTENCE_INSIDE.test(text) });
    rejoin = false;
    lastLine = i;
  });
  while (blank(out[out.length - 1])) out.pop();
  return out.map((l) => l.pieces.join('')).join('\n');
}

/** A piece that ends a sentence: what follows it on the same line is a sentence inside the line. */
const SENTENCE_END_AT_END = /[。；！？]$/u;

/** Half-width punctuation NFKC made of the drafter's full-width, and its 公文 form. */
const CHINESE_PUNCTUATION: Record<string, string> = {
  '(': '（',
  ')': '）',
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
};

/**
 * The title for the form's field, punctuated as a 公文 title is: the lines are read normalised (NFKC
 * turns （ into (), and the title field showed (P39WALK) for the drafter's （P39WALK） (a walk, stop 57).
 */
function withChinesePunctuation(title: string): string {
  return title.replace(/[(),:;?!]/g, (c) => CHINESE_PUNCTUATION[c]);
}

/**
 * The lines of a hard-wrapped text that go onto the line before them: the continuation of a printed
 * line, unless it opens a heading of its own. A heading's line goes on only into its own second line
 * (scanHeadings took it into the title) or into a paragraph it had already run into; a heading as wide
 * as the page followed by its paragraph is left apart, cut if need be: taking a paragraph into a
 * heading printed it in heading type (review, stop 57), a cut heading only reads oddly, and the
 * notice asks the drafter to check.
 */
function wrapJoins(wrapped: ReadonlySet<number>, headings: HeadingLine[], norms: string[]): Set<number> {
  // Headings at a line's start only: one inside a line (…二是…) does not stop the line joining.
  const own = headings.filter((h) => h.column === 0);
  const starts = new Set(own.map((h) => h.index));
  const headingOf = new Map<number, HeadingLine>();
  for (const h of own) for (const line of h.lines) headingOf.set(line, h);
  const joins = new Set<number>();
  for (const line of wrapped) {
    const next = line + 1;
    if (starts.has(next)) continue;
    const heading = headingOf.get(line);
    // A heading's line goes on only into its own second line, or into the paragraph it already ran
    // into (a sentence ends inside it). A heading that fits the page and its paragraph stay apart.
    // 一是… opens a paragraph, not a heading line of its own: it always goes on.
    const runIn = heading?.style === 'yishi' || SENTENCE_INSIDE.test(norms[line]);
    if (!heading || heading.lines.includes(next) || runIn) joins.add(next);
  }
  return joins;
}

/** Said once the import joined a hard-wrapped text's printed lines, so the drafter checks the paragraphs. */
function wrapNotice(joins: ReadonlySet<number>): Finding[] {
  if (joins.size === 0) return [];
  return [
    {
      severity: 'info',
      code: 'line_wraps_joined',
      message: `粘贴的文字按固定宽度换行（多见于从 PDF 复制），已把 ${joins.size} 处断在句中的换行接上，段落仍按原文划分；请核对各段是否正确`,
    },
  ];
}
