/**
 * The vocabulary of report content. Pure data: no Nest, no TypeORM, no I/O.
 * The five items come from 《法治政府建设与责任落实督察工作规定》 (see docs/domain.md, "What is reported").
 */

import { compact } from './normalize';

/** The five statutory items of an annual report, in their statutory order. */
export type StatutoryItem = 1 | 2 | 3 | 4 | 5;

export const STATUTORY_ITEMS: Record<StatutoryItem, string> = {
  1: '主要举措和成效',
  2: '存在的不足和原因',
  3: '党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
  4: '下一年度推进法治政府建设的主要安排',
  5: '其他需要报告的情况',
};

/**
 * Item 3 as reports title it: the regulation's wording, or its first half with 情况, or between them
 * (…职责、加强…的有关情况, …职责和加强法治政府建设情况). Any such heading names the item as the statutory
 * wording does, so the export does not print the item's heading twice.
 */
const ITEM_3_OPENING = '党政主要负责人履行推进法治建设第一责任人职责';

/** Whether a heading's wording is the statutory one of `item`, or a usual form of it (spaces and width aside). */
export function isStatutoryWording(item: StatutoryItem, wording: string): boolean {
  const text = compact(wording);
  if (text === compact(STATUTORY_ITEMS[item])) return true;
  if (item !== 3 || text.length > 50 || /[。；;！!？?]/.test(text)) return false;
  return text.startsWith(ITEM_3_OPENING) && text.endsWith('情况');
}

/** Keys under which the database stores the sections. Do not rename. */
export type SectionKey = 'measures' | 'shortcomings' | 'leadersDuty' | 'nextYearPlan' | 'other';

export type ReportSections = Record<SectionKey, string>;

/** Section keys in statutory order (item 1 first). */
export const SECTION_KEYS: readonly SectionKey[] = [
  'measures',
  'shortcomings',
  'leadersDuty',
  'nextYearPlan',
  'other',
];

export const ITEM_SECTION: Record<StatutoryItem, SectionKey> = {
  1: 'measures',
  2: 'shortcomings',
  3: 'leadersDuty',
  4: 'nextYearPlan',
  5: 'other',
};

export const SECTION_ITEM: Record<SectionKey, StatutoryItem> = {
  measures: 1,
  shortcomings: 2,
  leadersDuty: 3,
  nextYearPlan: 4,
  other: 5,
};

/** The Chinese name of an item, for messages: "第二项（存在的不足和原因）". */
export function itemLabel(item: StatutoryItem): string {
  return `第${'一二三四五'[item - 1]}项（${STATUTORY_ITEMS[item]}）`;
}

export function emptySections(): ReportSections {
  return { measures: '', shortcomings: '', leadersDuty: '', nextYearPlan: '', other: '' };
}

/**
 * What the import put where.
 * - preamble: addressee, intro and any other text before the first top-level heading, except the title (kept
 *   at the start of item 1; the title is ImportResult.title);
 * - section: a top-level heading and everything under it;
 * - subsection: a sub-heading found inside another item and moved (item 3 inside item 1);
 * - signature: the closing unit name and date (kept in item 5 so nothing is lost).
 */
export type MappingKind = 'preamble' | 'section' | 'subsection' | 'signature';

export interface MappingEntry {
  item: StatutoryItem;
  kind: MappingKind;
  /** The heading as written in the input (first line of the block for preamble/signature). */
  heading: string;
  /** 1-based line number in the input where the block starts. */
  line: number;
  /** Number of characters of the block (lines joined with \n). */
  chars: number;
  /** 0..1: how sure the import is that the block belongs to this item. */
  confidence: number;
  /** Why, in Chinese, for the drafter. */
  reason: string;
}

export interface ImportResult {
  /**
   * The report's title, for the form's title field: joined when split over two lines. Its lines are not in
   * any section (notices: title_moved).
   */
  title?: string;
  unitName?: string;
  year?: number;
  /**
   * Where the year was read and how sure that is: the title (0.95), a top-level heading of the body (0.8),
   * or, when the text names no year, the closing date line (0.6: a report dated December Y or January-March
   * Y+1 is about Y), with a note for the drafter.
   */
  yearBasis?: { source: 'title' | 'body' | 'date'; confidence: number; reason: string };
  sections: ReportSections;
  mapping: MappingEntry[];
  /** Items 1-5 for which no heading or sub-heading was found (preamble and signature do not count). */
  missing: StatutoryItem[];
  /** Text before the first top-level heading but the title; also kept at the start of sections.measures. */
  preamble?: string;
  /** Closing unit name and date; also kept at the end of sections.other. */
  signature?: string;
  /** Lines removed as page-break artifacts (e.g. "- 3 -"), with their 1-based line numbers. */
  removedLines: Array<{ line: number; text: string }>;
  /**
   * What the drafter should know before applying the import, in Chinese, in the completeness check's shape:
   * title_moved (info: the title lines went to `title`), preamble_sender_lines (warning: lines before the
   * first heading that state the sender or a date, 报送单位/发布时间/a date under the title, kept at the start
   * of item 1 for the drafter to delete), preamble_kept (info: the addressee and introduction kept at the
   * start of item 1, printed before 一、). `location` points into sections.measures.
   */
  notices: Finding[];
}

export type Severity = 'error' | 'warning' | 'info';

/** Where a finding points: a section (or the full pasted text), the character offset, and a short excerpt. */
export interface TextLocation {
  section: SectionKey | 'fullText';
  offset: number;
  excerpt: string;
}

/** One result of the completeness check (形式审查). `message` is shown to the drafter, in Chinese. */
export interface Finding {
  item?: StatutoryItem;
  severity: Severity;
  /** Stable machine code, e.g. item_missing, year_mismatch, numbering_gap. */
  code: string;
  message: string;
  location?: TextLocation;
}

/**
 * What UPLOAD_LIMITS bounds in a report's text, for an import and a save alike, since every save is
 * checked (形式审查) on the API's event loop: its paragraphs (non-blank lines: paragraphs and headings,
 * maxParagraphs) and all its lines, blank ones included (maxLines).
 */
export function textSize(sections: ReportSections): { paragraphs: number; lines: number } {
  let paragraphs = 0;
  let lines = 0;
  for (const key of SECTION_KEYS) {
    // Every break the checks split on (normalize.ts splitLines), so a text cannot hide lines behind \r.
    for (const line of sections[key].split(/\r\n|\r|\n/)) {
      lines++;
      if (line.trim() !== '') paragraphs++;
    }
  }
  return { paragraphs, lines };
}
