/**
 * What goes on the page, in order, before any Word formatting: title, addressee, headings, body paragraphs,
 * signature. Kept apart from the docx writing so the decisions can be tested as plain data.
 *
 * The text is the stored text. Each non-blank line of a section becomes one paragraph; only the whitespace
 * around a line is dropped (plain-text drafts indent with spaces, the document indents by style). Imported
 * sections keep the drafter's own heading line and, in item 1, the title and addressee, and item 5 may end with
 * the signature, so the layout reuses those lines instead of printing the same thing twice:
 * - a section that opens with its own top-level heading (`一、…`; in item 1 after the preamble) keeps it as the
 *   level-1 heading, verbatim; a section without one gets `<n>、<statutory name>`, n counting the sections
 *   printed so far;
 * - in item 1, a first line equal to the report title is the title; the lines before the heading are the
 *   preamble (addressee and introduction);
 * - a signature (unit name, date) ending the last non-empty section is printed as the signature block;
 *   only when there is none are the given unit name and date printed;
 * - item 5 is left out when it is empty; items 1-4 are always printed (a missing item is visible, and the
 *   completeness check has flagged it before).
 */
import { scanHeadings } from '../headings';
import { findSignature } from '../meta';
import { normalizeLine, splitLines, toCnNumber } from '../normalize';
import { ReportSections, SECTION_ITEM, SECTION_KEYS, STATUTORY_ITEMS, SectionKey } from '../types';
import { publicVersionOf } from './disclosure';

export interface ExportReport {
  title: string;
  unitName: string;
  /** The date under the signature, YYYY-MM-DD; printed as 2024年1月15日. */
  date: string;
  sections: ReportSections;
}

export interface ExportOptions {
  /**
   * The public-disclosure version: passages marked 不予公开 are left out, wherever their markers stand; markers
   * that do not pair up throw DisclosureMarkupError rather than guess (see disclosure.ts).
   */
  publicVersion?: boolean;
}

export type BlockKind = 'title' | 'addressee' | 'heading1' | 'heading2' | 'body' | 'signature';

export interface Block {
  kind: BlockKind;
  text: string;
  /**
   * For a sub-heading with its body on the same line ("（一）加强组织领导。制定…"): the length of the heading
   * part, which is set in the heading font, the rest in the body font.
   */
  headLength?: number;
}

/** "2024-01-15" -> "2024年1月15日" (GB/T 9704-2012 writes the date in Arabic numerals, without leading zeros). */
export function chineseDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [NaN, NaN, NaN];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (!m || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d)
    throw new RangeError(`not a date in YYYY-MM-DD form: ${date}`);
  return `${y}年${mo}月${d}日`;
}

/** Throws RangeError (a bad date) or, for the public version, DisclosureMarkupError. */
export function layoutReport(stored: ExportReport, options: ExportOptions = {}): Block[] {
  const date = chineseDate(stored.date); // checked even when the text's own signature is printed instead
  const report = options.publicVersion ? publicVersionOf(stored) : stored;
  const lines: Record<SectionKey, string[]> = {} as Record<SectionKey, string[]>;
  for (const key of SECTION_KEYS) {
    lines[key] = splitLines(report.sections[key])
      .map((l) => l.trim())
      .filter((l) => l !== '');
  }
  const title = report.title.trim();
  if (lines.measures.length > 0 && normalizeLine(lines.measures[0]) === normalizeLine(title))
    lines.measures.shift();

  // The signature at the end of the last section that has text (the import puts it in item 5).
  let signature: string[] = [];
  const last = [...SECTION_KEYS].reverse().find((k) => lines[k].length > 0);
  const found = last ? findSignature(lines[last].map(normalizeLine)) : undefined;
  if (last && found) signature = lines[last].splice(found.start);

  const blocks: Block[] = title === '' ? [] : [{ kind: 'title', text: title }];
  let printed = 0;
  for (const key of SECTION_KEYS) {
    if (key === 'other' && lines.other.length === 0) continue;
    printed++;
    blocks.push(...layoutSection(key, lines[key], printed));
  }
  if (signature.length === 0) signature = [report.unitName.trim(), date];
  blocks.push(...signature.filter((s) => s !== '').map((text): Block => ({ kind: 'signature', text })));
  return blocks;
}

function layoutSection(key: SectionKey, lines: string[], position: number): Block[] {
  // As in the import: find the first top-level heading before looking for unnumbered ones, so the preamble
  // is never read as headings.
  const top = scanHeadings(lines, { bareFrom: lines.length }).find((h) => h.level === 1 && h.column === 0);
  const own = top && (key === 'measures' || top.index === 0) ? top : undefined;
  const kinds: BlockKind[] = lines.map(() => 'body');
  const headLength: Array<number | undefined> = [];
  for (const h of scanHeadings(lines, { bareFrom: own ? own.index + 1 : 0 })) {
    if (h.column !== 0 || h.level > 2 || (own && h.index < own.index)) continue;
    for (const i of h.lines) kinds[i] = h.level === 1 ? 'heading1' : 'heading2';
    if (h.level === 2 && h.rest !== '' && h.lines.length === 1) {
      const end = lines[h.index].search(/[。；;！!？?]/);
      if (end >= 0 && end < lines[h.index].length - 1) headLength[h.index] = end + 1;
    }
  }
  if (own)
    lines.slice(0, own.index).forEach((line, i) => (kinds[i] = isAddressee(line) ? 'addressee' : 'body'));

  const blocks: Block[] = own
    ? []
    : [{ kind: 'heading1', text: `${toCnNumber(position)}、${STATUTORY_ITEMS[SECTION_ITEM[key]]}` }];
  lines.forEach((text, i) => {
    const block: Block = { kind: kinds[i], text };
    if (headLength[i] !== undefined) block.headLength = headLength[i];
    blocks.push(block);
  });
  return blocks;
}

/** 主送机关: a short line naming units and ending with a colon ("区人民政府："), set flush left by GB/T 9704. */
function isAddressee(line: string): boolean {
  const norm = normalizeLine(line);
  return norm.length <= 40 && /(局|委|办|厅|政府|委员会|办公室|中心|院|所|站|队|党组|常委会):$/.test(norm);
}
