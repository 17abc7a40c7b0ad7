/**
 * Heading-numbering consistency (part of the completeness check): numbers that skip ((一) then (四)),
 * repeat or go backwards, and headings whose number was lost in copy-paste. Headings without a number are
 * counted as placeholders, so "(一) )… 完善… (四)" is consistent apart from the two missing numbers.
 */
import { HeadingLine, scanHeadings } from './headings';
import { toCnNumber } from './normalize';
import { Finding, ReportSections, SECTION_ITEM, SECTION_KEYS, SectionKey, itemLabel } from './types';

/** How a number is written in a style, for messages: 2 -> "（二）", "二、", "2.". */
function label(h: HeadingLine, n: number): string {
  switch (h.style) {
    case 'cn-top':
      return `${toCnNumber(n)}、`;
    case 'cn-paren':
      return `（${toCnNumber(n)}）`;
    case 'arabic':
      return `${n}.`;
    case 'arabic-paren':
      return `（${n}）`;
    default:
      return String(n);
  }
}

interface Located {
  heading: HeadingLine;
  section: SectionKey;
  offset: number;
  excerpt: string;
}

function locate(
  section: SectionKey,
  text: string,
  lineStarts: number[],
  lines: string[],
  h: HeadingLine,
): Located {
  let offset = lineStarts[h.index];
  while (offset < text.length && /\s/.test(text[offset])) offset++;
  offset += h.column;
  return { heading: h, section, offset, excerpt: lines[h.index].trim().slice(h.column, h.column + 40) };
}

/** Where each line starts in the text (computed once: summing per heading was quadratic). */
function lineStartsOf(lines: string[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return starts;
}

/** In the top-level run: the statutory heading the export prints for a section written without one. */
const PRINTED_HEADING = Symbol('printed heading');

/**
 * Check one run of sibling headings (same parent, same level). `movedElsewhere` tells whether a run that
 * starts late is explained by its first headings having been moved to another section (the import moves
 * item 3 out of item 1: "(一)" then opens item 3 and item 1 starts at "(二)").
 */
function checkRun(
  run: ReadonlyArray<Located | typeof PRINTED_HEADING>,
  movedElsewhere: (first: Located) => SectionKey | undefined,
): Finding[] {
  const findings: Finding[] = [];
  let prev: number | undefined;
  let prevLoc: Located | undefined;
  let unknown = 0;
  for (const loc of run) {
    if (loc === PRINTED_HEADING) {
      prev = (prev ?? 0) + unknown + 1;
      unknown = 0;
      continue;
    }
    const h = loc.heading;
    const where = { section: loc.section, offset: loc.offset, excerpt: loc.excerpt };
    const item = SECTION_ITEM[loc.section];
    if (h.number === undefined) {
      unknown++;
      findings.push({
        item,
        severity: 'warning',
        code: 'numbering_lost',
        message: `标题“${h.title.slice(0, 20)}”缺少序号（可能在复制粘贴时丢失），请补上`,
        location: where,
      });
      continue;
    }
    const expected = (prev ?? 0) + unknown + 1;
    if (h.number !== expected) {
      const moved = prevLoc === undefined && h.number > expected ? movedElsewhere(loc) : undefined;
      findings.push({
        item,
        severity: moved ? 'info' : 'warning',
        code: prev !== undefined && h.number <= prev ? 'numbering_order' : 'numbering_gap',
        message: prevLoc
          ? `标题序号不连续：${label(prevLoc.heading, prev ?? 0)}之后是${label(h, h.number)}，应为${label(h, expected)}`
          : `本部分的标题从${label(h, h.number)}开始，应从${label(h, expected)}开始` +
            (moved ? `（前面的标题在${itemLabel(SECTION_ITEM[moved])}中，如属有意调整可忽略）` : ''),
        location: where,
      });
    }
    prev = h.number;
    prevLoc = loc;
    unknown = 0;
  }
  return findings;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Check numbering in all sections. Top-level headings (一、二、…) are checked across sections in statutory
 * order; lower levels within each parent heading.
 */
export function checkNumbering(sections: ReportSections): Finding[] {
  const findings: Finding[] = [];
  const tops: Array<Located | typeof PRINTED_HEADING> = [];
  const runs: Array<Located[]> = [];
  const opening: Located[] = []; // the first heading of each section that has no top-level heading
  for (const key of SECTION_KEYS) {
    const text = sections[key];
    if (text.trim() === '') continue;
    const lines = text.split('\n');
    const starts = lineStartsOf(lines);
    const first = scanHeadings(lines, { bareFrom: lines.length }).find(
      (h) => h.level === 1 && h.column === 0,
    );
    // 一是/二是 are enumerations in running prose, often several on one line: their numbering is not checked.
    const headings = scanHeadings(lines, { bareFrom: first ? first.index + 1 : 0 })
      .filter((h) => h.style !== 'yishi')
      .map((h) => locate(key, text, starts, lines, h));
    if (headings.length > 0 && !first) opening.push(headings[0]);
    // A section written without its own 一、…五、 heading is printed with the statutory one: it takes
    // its place in the top-level run (a walk, stop 53: 二、 then 四、 was warned of after the drafter
    // deleted item 3's duplicated heading, while the export numbered 一 to 五 right).
    if (!first) tops.push(PRINTED_HEADING);
    // Group siblings: the parent of a heading is the latest heading of a higher level.
    const byParent = new Map<Located | undefined, Located[]>();
    const stack: Located[] = [];
    for (const loc of headings) {
      while (stack.length > 0 && stack[stack.length - 1].heading.level >= loc.heading.level) stack.pop();
      const parent = stack[stack.length - 1];
      if (loc.heading.level === 1) tops.push(loc);
      else pushTo(byParent, parent, loc); // not a copy per heading: quadratic on thousands of headings
      stack.push(loc);
    }
    for (const children of byParent.values()) {
      // Siblings are children of one parent at one level.
      const byLevel = new Map<number, Located[]>();
      for (const loc of children) pushTo(byLevel, loc.heading.level, loc);
      runs.push(...byLevel.values());
    }
  }
  const movedElsewhere = (first: Located): SectionKey | undefined =>
    opening.find(
      (o) =>
        o.section !== first.section &&
        o.heading.style === first.heading.style &&
        (o.heading.number ?? Infinity) < (first.heading.number ?? 0),
    )?.section;
  for (const run of runs) findings.push(...checkRun(run, movedElsewhere));
  findings.push(...checkRun(tops, () => undefined));
  return findings;
}
