/**
 * The check before export (#19 item 1): what the drafter should see before the document leaves. Headings that
 * would be printed twice or with another number than the one written, each with a proposed fix, and the
 * debris that the export leaves out. Pure: the API runs it on a stored revision and, when the drafter asks,
 * applies the fixes as a new revision (nothing changes in the stored text without that action).
 */
import { classifyHeading } from '../classify';
import { scanHeadings } from '../headings';
import { compact, splitLines, toCnNumber } from '../normalize';
import {
  ReportSections,
  SECTION_ITEM,
  SECTION_KEYS,
  isStatutoryWording,
  STATUTORY_ITEMS,
  SectionKey,
  StatutoryItem,
  itemLabel,
} from '../types';
import { cleanText, fullWidthPunctuation, type Removal } from './clean-text';
import { markerProblemZh, withholdMarkerProblems, type MarkerProblem } from './disclosure';
import { STATUTORY_ORDER } from './item-order';
import { pageLines, printedKeys } from './layout';
import { numberedHeading, sectionHeadings, type TopHeading } from './section-headings';

export type HeadingProblem = 'misnumbered' | 'duplicated' | 'extra_heading' | 'number_lost';

/** What applying the fix does to the stored line: replace it, remove it, or move it to the section's top. */
export type HeadingFix =
  { action: 'replace'; text: string } | { action: 'remove' } | { action: 'move_to_top'; text: string };

export interface HeadingIssue {
  item: StatutoryItem;
  section: SectionKey;
  /** 1-based line of the section's stored text. */
  line: number;
  problem: HeadingProblem;
  /** The heading as the drafter wrote it. */
  written: string;
  /** The heading as the export prints it without the fix. */
  printedAs: string;
  /** For the drafter, in Chinese. */
  message: string;
  fix: HeadingFix | null;
}

export interface SectionRemoval extends Removal {
  section: SectionKey;
}

export interface DocumentCheck {
  headings: HeadingIssue[];
  /** Lines and marks the export leaves out (web-page debris, Word bookmarks). */
  removals: SectionRemoval[];
  /** Half-width punctuation marks printed full width. */
  punctuationChanges: number;
  itemOrder: StatutoryItem[];
  /**
   * 不予公开 markers that do not pair up or cannot be read: the public version would be refused
   * until they are fixed. Shown before export, while the drafter can still change the text.
   */
  withholdMarkers: Array<MarkerProblem & { message: string }>;
}

export interface CheckedReport {
  title: string;
  sections: ReportSections;
}

/** "三、存在问题" with its number made `position`: the rest of the line stays as written. */
function renumbered(line: string, position: number): string {
  const numbered =
    /^(\s*(?:\*\*|__)?\s*(?:#{1,6}\s+)?)(?:第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3})(?=\s*[、.．:：])/;
  if (numbered.test(line)) return line.replace(numbered, `$1${toCnNumber(position)}`);
  // A number lost in copy-paste ("、存在问题") or never written: the positional one is put in front.
  return numberedHeading(position, line.trim().replace(/^[、.．]\s*/, ''));
}

/**
 * Whether a heading further down repeats the section's title: the same wording as its own heading or its
 * statutory name; in a section without its own heading, also a heading that clearly names this item (it is the
 * title, standing below some text). Two different headings of one item ("一、主要举措" and "二、主要成效")
 * are not a repetition.
 */
function repeatsSectionTitle(key: SectionKey, heading: TopHeading, own: TopHeading | undefined): boolean {
  const wording = compact(heading.wording);
  const statutory = isStatutoryWording(SECTION_ITEM[key], heading.wording);
  if (own) return wording === compact(own.wording) || statutory;
  if (statutory) return true;
  const classified = classifyHeading(heading.wording);
  return classified?.item === SECTION_ITEM[key] && classified.confidence >= 0.9;
}

/**
 * Second-level headings whose number was lost in copy-paste (（二）健全制度体系 pasted as
 * ")健全制度体系"): the export prints them as written, "）健全制度体系" between （一） and （三). The
 * fix puts back the number the run asks for (external QA, stop 53: no fix was offered).
 */
function lostSubheadingNumbers(section: SectionKey, lines: string[]): HeadingIssue[] {
  const issues: HeadingIssue[] = [];
  let last = 0;
  for (const h of scanHeadings(lines)) {
    if (h.column !== 0) continue;
    if (h.level === 1) last = 0;
    if (h.level !== 2) continue;
    // A heading that lost its number and its bracket too (完善制度体系) still takes its place in the
    // run: the number after it is counted on. Only a line the bracket marks as a heading is fixed.
    if (h.style === 'bare') {
      last++;
      continue;
    }
    if (h.style !== 'lost-number') {
      last = h.number ?? last;
      continue;
    }
    const number = `（${toCnNumber(++last)}）`;
    const written = lines[h.index].trim();
    const printedAs = written.replace(/^[)）]\s*/, '）');
    issues.push({
      item: SECTION_ITEM[section],
      section,
      line: h.index + 1,
      problem: 'number_lost',
      written,
      printedAs,
      message: `${itemLabel(SECTION_ITEM[section])}中的标题“${written}”缺少序号（可能在复制粘贴时丢失），导出时印为“${printedAs}”；建议补为“${number}”`,
      fix: { action: 'replace', text: lines[h.index].replace(/^(\s*)[)）]\s*/, `$1${number}`) },
    });
  }
  return issues;
}

/**
 * Second-level headings numbered out of their run under one first-level heading: （二）（三） with no
 * （一）, or （一）（三）. The import leaves such a run when it moves a sub-heading to another item
 * (the leaders' duty written as item 1's （一）), and the export prints the numbers as written, so
 * the 公文 read 一、… （二）… while this check said every number was right (a walk, stop 56). The
 * fix renumbers the run in order. Runs with a heading that lost its number are lostSubheadingNumbers'.
 */
function subheadingRunIssues(section: SectionKey, lines: string[]): HeadingIssue[] {
  const issues: HeadingIssue[] = [];
  const scanned = scanHeadings(lines).filter((h) => h.column === 0 && h.level <= 2);
  // The second-level headings under each first-level one (and those before any).
  const runs: Array<typeof scanned> = [[]];
  for (const h of scanned) {
    if (h.level === 1) runs.push([]);
    else runs[runs.length - 1].push(h);
  }
  for (const run of runs) {
    if (run.some((h) => h.style !== 'cn-paren' || h.number === undefined)) continue;
    run.forEach((h, i) => {
      if (h.number === i + 1) return;
      const number = `（${toCnNumber(i + 1)}）`;
      // The heading, not the paragraph that often follows it on the same line.
      const written = lines[h.index].trim().replace(/(?<=[。；;！!？?]).*$/, '');
      issues.push({
        item: SECTION_ITEM[section],
        section,
        line: h.index + 1,
        problem: 'misnumbered',
        written,
        printedAs: written,
        message: `${itemLabel(SECTION_ITEM[section])}中的二级标题“${written}”按顺序应为“${number}”（本组标题${run[0].number === 1 ? '序号不连续' : `从（${toCnNumber(run[0].number!)}）开始`}），导出时按原文印出；建议改为“${number}”`,
        fix: { action: 'replace', text: lines[h.index].replace(SUBHEADING_NUMBER, `$1${number}`) },
      });
    });
  }
  return issues;
}

/** The number of a （二） heading, with what stands before it on the line (indent, markdown bold). */
const SUBHEADING_NUMBER = /^(\s*(?:\*\*|__)?\s*)[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]/;

export function checkDocument(
  report: CheckedReport,
  itemOrder: readonly StatutoryItem[] = STATUTORY_ORDER,
): DocumentCheck {
  const headings: HeadingIssue[] = [];
  const removals: SectionRemoval[] = [];
  let punctuationChanges = 0;
  // Headings are read as the export reads them, without the debris lines (blanked, so line numbers stay).
  const headingLines = {} as Record<SectionKey, string[]>;
  for (const section of SECTION_KEYS) {
    const cleaned = cleanText(report.sections[section]);
    removals.push(...cleaned.removals.map((r) => ({ section, ...r })));
    punctuationChanges += cleaned.punctuationChanges;
    const wholeLines = new Set(
      cleaned.removals.filter((r) => r.reason !== 'word_bookmark').map((r) => r.line),
    );
    headingLines[section] = splitLines(report.sections[section]).map((l, i) =>
      wholeLines.has(i + 1) ? '' : l,
    );
  }
  punctuationChanges += fullWidthPunctuation(report.title).changes;

  const printed = printedKeys(pageLines({ ...report, unitName: '', date: '' }).lines, itemOrder);
  let position = 0;
  for (const section of printed) {
    const item = SECTION_ITEM[section];
    const lines = headingLines[section];
    const { own, extras } = sectionHeadings(section, lines);
    const sectionPosition = ++position;
    const printedTitle = numberedHeading(sectionPosition, own?.wording || STATUTORY_ITEMS[item]);
    if (own && own.writtenNumber !== undefined && own.writtenNumber !== sectionPosition) {
      headings.push({
        item,
        section,
        line: own.index + 1,
        problem: 'misnumbered',
        written: own.written,
        printedAs: printedTitle,
        message: `${itemLabel(item)}的标题写作“${own.written}”，按位置是第${toCnNumber(sectionPosition)}部分，导出时编为“${printedTitle}”；可将原文序号改为“${toCnNumber(sectionPosition)}、”`,
        fix: { action: 'replace', text: renumbered(lines[own.index], sectionPosition) },
      });
    }
    for (const extra of extras) {
      const printedAs = numberedHeading(++position, extra.wording);
      const base = { item, section, line: extra.index + 1, written: extra.written, printedAs };
      if (repeatsSectionTitle(section, extra, own)) {
        headings.push({
          ...base,
          problem: 'duplicated',
          message: own
            ? `${itemLabel(item)}中“${extra.written}”与本部分标题重复，导出时会再印一个一级标题“${printedAs}”，其后各部分序号顺延；建议删去这一行`
            : `${itemLabel(item)}中“${extra.written}”是本部分的标题，但不在开头，导出时会在“${printedTitle}”之外再印一次；建议把它移到本部分开头`,
          fix: own
            ? { action: 'remove' }
            : { action: 'move_to_top', text: renumbered(lines[extra.index], sectionPosition) },
        });
        continue;
      }
      headings.push({
        ...base,
        problem: 'extra_heading',
        message: `${itemLabel(item)}中还有一个一级标题“${extra.written}”，导出时编为“${printedAs}”，其后各部分序号顺延；如属其他部分，请把这段内容移到相应部分`,
        fix:
          extra.writtenNumber !== undefined && extra.writtenNumber !== position
            ? { action: 'replace', text: renumbered(lines[extra.index], position) }
            : null,
      });
    }
  }
  for (const section of printed) {
    headings.push(...lostSubheadingNumbers(section, headingLines[section]));
    headings.push(...subheadingRunIssues(section, headingLines[section]));
  }
  // The first fifty are enough to find and fix; a text of stray markers would list thousands.
  const withholdMarkers = withholdMarkerProblems(report)
    .slice(0, 50)
    .map((p) => ({ ...p, message: markerProblemZh(p) }));
  return { headings, removals, punctuationChanges, itemOrder: [...itemOrder], withholdMarkers };
}

export interface AppliedFixes {
  title: string;
  sections: ReportSections;
  headingFixes: number;
  removals: number;
  punctuationChanges: number;
}

/**
 * The report with the check's fixes applied: the heading fixes (when `headings`), then the cleanup (when
 * `cleanup`: debris removed, punctuation full width). Returns the text to save as a new revision.
 */
export function applyDocumentFixes(
  report: CheckedReport,
  options: { itemOrder?: readonly StatutoryItem[]; headings: boolean; cleanup: boolean },
): AppliedFixes {
  const check = checkDocument(report, options.itemOrder);
  const sections = { ...report.sections };
  let headingFixes = 0;
  if (options.headings) {
    for (const section of SECTION_KEYS) {
      const fixes = check.headings.filter((h) => h.section === section && h.fix !== null);
      if (fixes.length === 0) continue;
      const lines = splitLines(sections[section]);
      const top: string[] = [];
      const removed = new Set<number>();
      for (const { line, fix } of fixes) {
        if (fix === null) continue;
        headingFixes++;
        if (fix.action === 'replace') lines[line - 1] = fix.text;
        else removed.add(line - 1);
        if (fix.action === 'move_to_top') top.push(fix.text);
      }
      sections[section] = [...top, ...lines.filter((_, i) => !removed.has(i))].join('\n');
    }
  }
  let title = report.title;
  if (options.cleanup) {
    for (const section of SECTION_KEYS) sections[section] = cleanText(sections[section]).text;
    title = fullWidthPunctuation(title).text;
  }
  return {
    title,
    sections,
    headingFixes,
    removals: options.cleanup ? check.removals.length : 0,
    punctuationChanges: options.cleanup ? check.punctuationChanges : 0,
  };
}
