/**
 * What goes on the page, in order, before any Word formatting: 发文字号 and 签发人, title, 主送, headings, body
 * paragraphs, signature, 版记. Kept apart from the docx writing so the decisions can be tested as plain data.
 *
 * The text is the stored text, cleaned for print (clean-text.ts: web-page debris removed, full-width
 * punctuation in Chinese sentences). Each non-blank line of a section becomes one paragraph; only the
 * whitespace around a line is dropped (plain-text drafts indent with spaces, the document indents by style).
 * Imported sections keep the drafter's own heading line and, in item 1, the title and addressee, and item 5
 * may end with the signature, so the layout reuses those lines instead of printing the same thing twice:
 * - a section that opens with its own top-level heading (`三、…`; in item 1 after the preamble) gets that
 *   wording as its heading, numbered by the position it is printed in (section-headings.ts); a section
 *   without one gets `<n>、<statutory name>`; further top-level headings inside a section are numbered on,
 *   so the numbers never repeat or skip;
 * - the items are printed in `itemOrder` (default 1-5);
 * - in item 1, a first line equal to the report title is the title; the lines before the heading are the
 *   preamble (addressee and introduction);
 * - a signature (unit name, date) ending the last non-empty section is printed as the signature block;
 *   only when there is none are the given unit name and date printed;
 * - item 5 is left out when it is empty; items 1-4 are always printed (a missing item is visible, and the
 *   completeness check has flagged it before);
 * - the dispatch parts (文号, 签发人, 主送, 抄送, 印发) are printed when given, each left out when unknown;
 *   a 主送 line the drafter wrote in the preamble is not printed a second time.
 */
import { NUMERIC_DATE_LINE, scanHeadings } from '../headings';
import { attachmentNoteAt, findSignature, isClosingNote, trailingAttachmentsAt } from '../meta';
import { isEdgePageNumber, normalizeLine, splitLines } from '../normalize';
import {
  ITEM_SECTION,
  ReportSections,
  SECTION_ITEM,
  SECTION_KEYS,
  STATUTORY_ITEMS,
  SectionKey,
  StatutoryItem,
} from '../types';
import { cleanText, fullWidthPunctuation } from './clean-text';
import { assertNothingLeftToWithhold, publicVersionOf } from './disclosure';
import { STATUTORY_ORDER } from './item-order';
import { numberedHeading, sectionHeadings } from './section-headings';

export interface ExportReport {
  title: string;
  unitName: string;
  /**
   * A joint 党委+政府 report (联合报告): the party committee signing with the unit, printed above it
   * (中共呼图壁县委员会 / 呼图壁县人民政府 / date) when the text has no signature of its own.
   */
  coReportingUnitName?: string;
  /** The date under the signature, YYYY-MM-DD; printed as 2024年1月15日. */
  date: string;
  sections: ReportSections;
}

/**
 * The GB/T 9704 parts of a document sent on its way. Each is optional: an unknown part is left out, never
 * printed empty.
 */
export interface DispatchParts {
  /** 发文字号, e.g. 宝交发〔2024〕3号. */
  documentNumber?: string;
  /** 签发人: printed beside the 文号, as reports to a higher authority (上行文) require. */
  signer?: string;
  /** 主送机关, printed after the title as "区人民政府：". */
  addressees?: string[];
  /** 抄送机关, in the 版记. */
  copiesTo?: string[];
  /** 印发机关, in the 版记. */
  issuedBy?: string;
  /** 印发日期, YYYY-MM-DD, in the 版记. */
  printDate?: string;
}

export interface ExportOptions {
  /**
   * The public-disclosure version: passages marked 不予公开 are left out, wherever their markers stand; markers
   * that do not pair up throw DisclosureMarkupError rather than guess (see disclosure.ts).
   */
  publicVersion?: boolean;
  /** The order the five items are printed in (a permutation of 1-5, see item-order.ts); default 1-5. */
  itemOrder?: readonly StatutoryItem[];
  /** 文号, 签发人, 主送 and 版记, when the report is sent. */
  dispatch?: DispatchParts;
}

export type BlockKind =
  'documentNumber' | 'title' | 'addressee' | 'heading1' | 'heading2' | 'body' | 'signature' | 'imprint';

export interface Block {
  kind: BlockKind;
  text: string;
  /**
   * For a sub-heading with its body on the same line ("（一）加强组织领导。制定…"): the length of the heading
   * part, which is set in the heading font, the rest in the body font.
   */
  headLength?: number;
  /** Text set flush right on the same line: "签发人：…" beside the 文号, the print date in the 版记. */
  right?: string;
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

/** The sections as printed: the public version when asked, then cleaned (debris, punctuation). */
export function printedSections(stored: ExportReport, options: ExportOptions = {}): ExportReport {
  const report = options.publicVersion ? publicVersionOf(stored) : stored;
  const sections = { ...report.sections };
  for (const key of SECTION_KEYS) sections[key] = cleanText(report.sections[key]).text;
  const printed = { ...report, title: fullWidthPunctuation(report.title).text, sections };
  if (options.publicVersion) assertNothingLeftToWithhold(asPrinted(printed));
  return printed;
}

/** Every line without the emphasis the layout drops (withoutEmphasis), for the last look. */
function asPrinted(report: ExportReport): { title: string; sections: ReportSections } {
  const lines = (text: string) => splitLines(text).map(withoutEmphasis).join('\n');
  const sections = { ...report.sections };
  for (const key of SECTION_KEYS) sections[key] = lines(report.sections[key]);
  return { title: lines(report.title), sections };
}

/** Throws RangeError (a bad date) or, for the public version, DisclosureMarkupError. */
export function layoutReport(stored: ExportReport, options: ExportOptions = {}): Block[] {
  const date = chineseDate(stored.date); // checked even when the text's own signature is printed instead
  const printDate = options.dispatch?.printDate ? chineseDate(options.dispatch.printDate) : undefined;
  const report = printedSections(stored, options);
  const page = pageLines(report);
  const { lines, title } = page;
  let signature = page.signature;

  const blocks: Block[] = [...documentNumberBlocks(options.dispatch)];
  if (title !== '') blocks.push({ kind: 'title', text: title });
  let position = 0;
  const sectionBlocks: Block[] = [];
  for (const key of printedKeys(lines, options.itemOrder)) {
    const laid = layoutSection(key, lines[key], position);
    position = laid.position;
    sectionBlocks.push(...laid.blocks);
  }
  const ownAddressee = sectionBlocks.some((b) => b.kind === 'addressee');
  const addressees = options.dispatch?.addressees?.filter((a) => a.trim() !== '') ?? [];
  if (!ownAddressee && addressees.length > 0)
    blocks.push({ kind: 'addressee', text: `${addressees.join('、')}：` });
  blocks.push(...sectionBlocks);
  blocks.push(...page.attachmentNote.map((text): Block => ({ kind: 'body', text })));
  if (signature.length === 0)
    signature = [report.coReportingUnitName?.trim() ?? '', report.unitName.trim(), date];
  blocks.push(...signature.filter((s) => s !== '').map((text): Block => ({ kind: 'signature', text })));
  blocks.push(...page.notes.map((text): Block => ({ kind: 'body', text })));
  blocks.push(...page.attachments.map((text): Block => ({ kind: 'body', text })));
  blocks.push(...imprintBlocks(options.dispatch, printDate));
  return blocks.map((block) => ({ ...block, text: withoutEmphasis(block.text) }));
}

/**
 * A line as printed: markdown emphasis never reaches the 公文. Drafts pasted from chat tools or wikis
 * carry `**…**`, and the Word import marks a paragraph bold as a whole so (a hint for headings); a test
 * with real reports (stop 43) found `**（一）强化法治学习**` printed in the official and public .docx.
 * The layout sets headings in their own type, so the bold itself is not kept.
 */
export function withoutEmphasis(text: string): string {
  const whole = /^(\s*)__(.+)__(\s*)$/.exec(text);
  return (whole ? `${whole[1]}${whole[2]}${whole[3]}` : text).replace(/\*\*/g, '');
}

/**
 * The non-blank lines of each section as they go on the page: item 1 without a first line that repeats the
 * title, and the last section with text without its signature (the import puts it in item 5).
 */
export function pageLines(report: ExportReport): {
  lines: Record<SectionKey, string[]>;
  title: string;
  signature: string[];
  /** 附注 lines written after the signature, printed after it. */
  notes: string[];
  /** The 附件说明 (附件：1.…) above the drafter's 落款, printed above the 落款. */
  attachmentNote: string[];
  /** Attachments the drafter wrote after the 落款 (附件1, a table), printed after it. */
  attachments: string[];
} {
  const lines = {} as Record<SectionKey, string[]>;
  for (const key of SECTION_KEYS) {
    lines[key] = splitLines(report.sections[key])
      .map((l) => l.trim())
      .filter((l) => l !== '');
  }
  const title = report.title.trim();
  if (lines.measures.length > 0 && normalizeLine(lines.measures[0]) === normalizeLine(title))
    lines.measures.shift();
  let signature: string[] = [];
  let notes: string[] = [];
  let attachmentNote: string[] = [];
  let attachments: string[] = [];
  const last = [...SECTION_KEYS].reverse().find((k) => lines[k].length > 0);
  if (last) {
    // Attachments after the 落款 (附件1, a table) are printed after it, as GB/T 9704 places them.
    const at = trailingAttachmentsAt(lines[last].map(normalizeLine));
    if (at !== undefined) attachments = lines[last].splice(at);
    const norms = lines[last].map(normalizeLine);
    // A 附注 under the date ("（联系人：…，联系电话：…）") still leaves the 落款 the drafter's.
    let end = norms.length;
    while (end > 0 && norms.length - end < 3 && NOTE_LINE.test(norms[end - 1])) end--;
    const found = findSignature(norms.slice(0, end));
    if (found) {
      notes = lines[last].splice(end);
      // Without a page number that followed the date (findSignature reads past it).
      signature = lines[last].splice(found.start).filter((line) => !isEdgePageNumber(normalizeLine(line)));
      // The 附件说明 above it is printed right above it, after the last item, not as that item's text.
      const note = attachmentNoteAt(norms, found.start);
      if (note !== undefined) attachmentNote = lines[last].splice(note);
      // Bracketed notes findSignature read past (（此件公开发布）) are printed under the date, as notes.
      while (signature.length > 1 && isClosingNote(normalizeLine(signature[signature.length - 1])))
        notes.unshift(signature.pop()!);
    } else {
      signature = signatureEndingAnEarlierSection(lines, last);
    }
  }
  return { lines, title, signature, notes, attachmentNote, attachments };
}

/**
 * A 落款 the drafter wrote at the end of an earlier item, with a later item written after it (item 5
 * added under a text that ended with item 4, say): it is the text's own, taken out of the body and
 * printed once at the end. It printed mid-text with a second 落款 at the end (an external QA engineer,
 * stop 50). Only a unit name and a date together count here: a body paragraph is never that short
 * pair of lines, but a lone date could close an item.
 */
function signatureEndingAnEarlierSection(lines: Record<SectionKey, string[]>, last: SectionKey): string[] {
  for (const key of [...SECTION_KEYS].reverse()) {
    if (key === last || lines[key].length === 0) continue;
    const norms = lines[key].map(normalizeLine);
    const found = findSignature(norms);
    if (!found?.unit || norms.length - found.start < 2 || !norms.slice(found.start).some(isDateLine))
      continue;
    return lines[key].splice(found.start).filter((line) => !isEdgePageNumber(normalizeLine(line)));
  }
  return [];
}

/** A 落款's date line: 2025年1月20日, 2025年1月, 二〇二五年一月二十日. */
function isDateLine(norm: string): boolean {
  if (NUMERIC_DATE_LINE.test(norm)) return true;
  return /^(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月(?:[\d一二三四五六七八九十]{1,3}日)?$/.test(
    norm,
  );
}

/**
 * A 附注 line, printed under the date (GB/T 9704 7.3.6): the contact person and telephone. With it after
 * the 落款, the text's own signature went unseen and a second one, dated the day of export, was added
 * (a test with real reports, stop 43).
 */
const NOTE_LINE = /^[（(]?\s*(?:联系人|联系电话|联系方式|附注)/;

/** The sections printed, in order: item 5 only when it has text. */
/**
 * The 主送 line the drafter wrote above an item's heading (县委、县人大常委会：), which the 公文 prints
 * instead of the campaigns' 主送; null when the text has none. The dispatch dialog sets it beside the
 * 主送 the report is sent to: external QA (stop 53) sent a report to 州委、州政府 whose 公文 named only
 * 县委、县人大常委会, the line the drafter had typed.
 */
export function writtenAddressee(report: Pick<ExportReport, 'title' | 'sections'>): string | null {
  const { lines } = pageLines({ ...report, unitName: '', date: '' });
  for (const key of printedKeys(lines)) {
    const found = layoutSection(key, lines[key], 0).blocks.find((b) => b.kind === 'addressee');
    if (found) return found.text;
  }
  return null;
}

export function printedKeys(
  lines: Record<SectionKey, string[]>,
  itemOrder: readonly StatutoryItem[] = STATUTORY_ORDER,
): SectionKey[] {
  return itemOrder.map((item) => ITEM_SECTION[item]).filter((k) => k !== 'other' || lines.other.length > 0);
}

/** 发文字号, with 签发人 flush right on the same line when there is one (GB/T 9704 7.2.4, 7.2.5). */
function documentNumberBlocks(dispatch: DispatchParts | undefined): Block[] {
  const documentNumber = dispatch?.documentNumber?.trim();
  const signer = dispatch?.signer?.trim();
  if (!documentNumber && !signer) return [];
  const block: Block = { kind: 'documentNumber', text: documentNumber ?? '' };
  if (signer) block.right = `签发人：${signer}`;
  return [block];
}

/** 版记: "抄送：…。" and "<印发机关>  <日期>印发" (GB/T 9704 7.4). Left out when neither is known. */
function imprintBlocks(dispatch: DispatchParts | undefined, printDate: string | undefined): Block[] {
  const blocks: Block[] = [];
  const copiesTo = dispatch?.copiesTo?.filter((c) => c.trim() !== '') ?? [];
  if (copiesTo.length > 0) blocks.push({ kind: 'imprint', text: `抄送：${copiesTo.join('，')}。` });
  const issuedBy = dispatch?.issuedBy?.trim();
  if (issuedBy || printDate) {
    const block: Block = { kind: 'imprint', text: issuedBy ?? '' };
    if (printDate) block.right = `${printDate}印发`;
    blocks.push(block);
  }
  return blocks;
}

/** One section's blocks; `printed` is how many top-level headings came before, the new count is returned. */
function layoutSection(
  key: SectionKey,
  lines: string[],
  printed: number,
): { blocks: Block[]; position: number } {
  const { own, extras } = sectionHeadings(key, lines);
  let position = printed;
  const kinds: BlockKind[] = lines.map(() => 'body');
  const headLength: Array<number | undefined> = [];
  const skip = new Set<number>(own ? own.lines : []);
  for (const h of scanHeadings(lines, { bareFrom: own ? own.index + 1 : 0 })) {
    if (h.column !== 0 || h.level > 2 || (own && h.index <= own.index)) continue;
    for (const i of h.lines) kinds[i] = h.level === 1 ? 'heading1' : 'heading2';
    if (h.level === 2 && h.rest !== '' && h.lines.length === 1) {
      const printedLine = withoutEmphasis(lines[h.index]);
      const end = printedLine.search(/[。；;！!？?]/);
      if (end >= 0 && end < printedLine.length - 1) headLength[h.index] = end + 1;
    }
  }
  if (own)
    lines.slice(0, own.index).forEach((line, i) => (kinds[i] = isAddressee(line) ? 'addressee' : 'body'));
  // Extra top-level headings are numbered on from the section's own number: 一、二、三 never repeat.
  const renumbered = new Map<number, string>();
  const blocks: Block[] = [];
  const heading = own?.wording || STATUTORY_ITEMS[SECTION_ITEM[key]];
  const headingAt = own ? own.index : -1;
  if (headingAt < 0) blocks.push({ kind: 'heading1', text: numberedHeading(++position, heading) });
  for (const extra of extras) {
    for (const i of extra.lines.slice(1)) skip.add(i);
    renumbered.set(extra.index, extra.wording);
  }
  lines.forEach((text, i) => {
    if (i === headingAt) {
      blocks.push({ kind: 'heading1', text: numberedHeading(++position, heading) });
      return;
    }
    if (skip.has(i)) return;
    const extra = renumbered.get(i);
    if (extra !== undefined) {
      blocks.push({ kind: 'heading1', text: numberedHeading(++position, extra) });
      return;
    }
    const block: Block = { kind: kinds[i], text: withoutEmphasis(text) };
    if (headLength[i] !== undefined) block.headLength = headLength[i];
    blocks.push(block);
  });
  return { blocks, position };
}

/** 主送机关: a short line naming units and ending with a colon ("区人民政府："), set flush left by GB/T 9704. */
function isAddressee(line: string): boolean {
  const norm = normalizeLine(line);
  return norm.length <= 40 && /(局|委|办|厅|政府|委员会|办公室|中心|院|所|站|队|党组|常委会):$/.test(norm);
}
