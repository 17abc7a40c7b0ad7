/**
 * 素材汇编: the material the 依法治X办 drafts its own government's report from. For one campaign it gathers,
 * item by item (一、…五、 in statutory order), each unit's text under the unit's name, then a table of the
 * figures each unit quotes (figures of a fixed list of subjects, quoted-figures.ts), side by side.
 *
 * - Whose text: units whose report was dispatched to the campaign and not returned (已报送 received,
 *   已接收 accepted), each with the revision last dispatched to it; the caller supplies it. A returned report
 *   (已退回) and a unit that has not reported (未报送) are listed in the roster, with no text.
 * - The text is the dispatched text cleaned for print (clean-text.ts), one paragraph per non-blank line,
 *   without what the compilation prints itself: the unit's own item heading line (三、…), the report title
 *   at the top of item 1 and the signature at the end.
 * - 【不予公开】: the compilation is internal to the office, so withheld passages stay in, markers included, and
 *   every run of withheld text is flagged (printed highlighted); an entry holding one says so, the figures
 *   read from one are flagged in the table, and the document's notes say what the marking means. A passage
 *   is never merged into the text as if it could be published.
 */
import { findSignature, isClosingNote } from '../meta';
import { normalizeLine } from '../normalize';
import { cleanText } from '../export/clean-text';
import { withholdMarkersOf } from '../export/disclosure';
import { sectionHeadings } from '../export/section-headings';
import {
  ITEM_SECTION,
  ReportSections,
  SECTION_KEYS,
  STATUTORY_ITEMS,
  SectionKey,
  StatutoryItem,
} from '../types';
import { FIGURE_SUBJECTS, FigureSubject, QuotedFigure, findQuotedFigures } from './quoted-figures';
import { isWithheld, splitByWithheld, TextSpan, withheldSpans } from './withheld';

/** Where a unit stands in the campaign, as the board reads its receipt. */
export type CompilationUnitStatus = 'received' | 'accepted' | 'returned' | 'not_submitted';

export const STATUS_LABELS: Record<CompilationUnitStatus, string> = {
  received: '已报送',
  accepted: '已接收',
  returned: '已退回修改（未收录）',
  not_submitted: '未报送',
};

export interface CompilationUnit {
  unitName: string;
  status: CompilationUnitStatus;
  /** The revision last dispatched to the campaign: given for received and accepted, ignored otherwise. */
  dispatched?: {
    revision: number;
    dispatchedOn: string;
    title: string;
    sections: ReportSections;
    /** The revision the office accepted, when lower than `revision`: a correction (更正) not yet decided. */
    acceptedRevision?: number | null;
  };
}

export interface CompilationInput {
  issuerName: string;
  reportYear: number;
  campaignTitle: string;
  campaignDocumentNumber: string | null;
  /** Units in the order they are printed. */
  units: CompilationUnit[];
}

export interface TextRun {
  text: string;
  withheld: boolean;
}

export interface UnitEntry {
  unitName: string;
  /** One paragraph per line; empty when the unit left the item blank. */
  paragraphs: TextRun[][];
  hasWithheld: boolean;
}

export interface CompiledItem {
  item: StatutoryItem;
  /** "一、主要举措和成效". */
  heading: string;
  entries: UnitEntry[];
}

export interface TableFigure extends QuotedFigure {
  item: StatutoryItem;
  withheld: boolean;
}

export interface FigureRow {
  unitName: string;
  /** Per column (same order as `columns`), the figures the unit quotes. */
  cells: TableFigure[][];
}

export interface Compilation {
  title: string;
  /** The notice it answers, for the subtitle. */
  source: string;
  notes: string[];
  roster: Array<{
    unitName: string;
    status: CompilationUnitStatus;
    label: string;
    revision?: number;
    dispatchedOn?: string;
  }>;
  items: CompiledItem[];
  /** Only subjects some unit quotes; empty when no unit quotes any. */
  columns: Array<{ subject: FigureSubject; label: string }>;
  figureRows: FigureRow[];
}

const ITEM_NUMERALS = ['一', '二', '三', '四', '五'] as const;

/**
 * 报送情况 in the roster. An accepted report corrected since (更正) is not 已接收 as printed: the version
 * included was not accepted (external QA, stop 53), as the console's receipts say it.
 */
function rosterLabel(status: CompilationUnitStatus, dispatched: CompilationUnit['dispatched']): string {
  const accepted = dispatched?.acceptedRevision;
  if (status === 'accepted' && dispatched && accepted != null && accepted < dispatched.revision)
    return `已接收第${accepted}版；第${dispatched.revision}版为更正，待接收`;
  return STATUS_LABELS[status];
}

export const COMPILATION_NOTES = {
  internal: '本汇编供依法治办起草本级年度报告参考，为内部资料，不对外公开。',
  withheld:
    '各单位标注为【不予公开】的内容原样收录并以灰色底纹标示，引用时不得公开；数据表中取自此类内容的数字标注“不予公开”。',
  figures: '数据表中的数字由系统从报告原文中识别，括号内为所在原句，使用前请与报告原文核对。',
  source: '正文收录各单位报送至本通知的最新版本；已退回修改或未报送的单位不收录正文。',
} as const;

interface PreparedLine {
  text: string;
  offset: number;
}

/** The report's title, or its 主送机关 ("县人民政府：", as layout.ts reads it); "现报告如下：" stays. */
function isTitleOrAddressee(line: string, title: string): boolean {
  const norm = normalizeLine(line);
  return (
    norm === normalizeLine(title) ||
    (norm.length <= 40 && /(局|委|办|厅|政府|委员会|办公室|中心|院|所|站|队|党组|常委会)[:：]$/.test(norm))
  );
}

/** The lines of each section as the compilation prints them, with their offsets in the cleaned text. */
function preparedLines(report: { title: string; sections: ReportSections }): {
  cleaned: Record<SectionKey, string>;
  lines: Record<SectionKey, PreparedLine[]>;
} {
  const cleaned = {} as Record<SectionKey, string>;
  const lines = {} as Record<SectionKey, PreparedLine[]>;
  for (const key of SECTION_KEYS) {
    cleaned[key] = cleanText(report.sections[key]).text;
    const found: PreparedLine[] = [];
    let offset = 0;
    for (const raw of cleaned[key].split('\n')) {
      const lead = raw.length - raw.trimStart().length;
      if (raw.trim() !== '') found.push({ text: raw.trim(), offset: offset + lead });
      offset += raw.length + 1;
    }
    // The unit's own item heading: the compilation prints the item's heading itself.
    const own = sectionHeadings(
      key,
      found.map((l) => l.text),
    ).own;
    const dropped = new Set(own?.lines ?? []);
    // Item 1 may open with the report's title and its addressee before the heading; an introduction stays.
    if (key === 'measures' && own)
      for (let i = 0; i < own.index; i++) if (isTitleOrAddressee(found[i].text, report.title)) dropped.add(i);
    lines[key] = found.filter((_, i) => !dropped.has(i));
  }
  if (lines.measures.length > 0 && normalizeLine(lines.measures[0].text) === normalizeLine(report.title))
    lines.measures.shift();
  const last = [...SECTION_KEYS].reverse().find((k) => lines[k].length > 0);
  const signature = last ? findSignature(lines[last].map((l) => normalizeLine(l.text))) : undefined;
  if (last && signature) {
    const closing = lines[last].splice(signature.start);
    // Bracketed notes under the date are the unit's words, a figure among them maybe: kept, not
    // dropped with the 落款 (penetration test, stop 55).
    lines[last].push(...closing.filter((l) => isClosingNote(normalizeLine(l.text))));
  }
  return { cleaned, lines };
}

function withoutMarkers(text: string): string {
  let out = '';
  let from = 0;
  for (const m of withholdMarkersOf(text).markers) {
    out += text.slice(from, m.start);
    from = m.end;
  }
  return out + text.slice(from);
}

function figuresOf(lines: PreparedLine[], spans: TextSpan[], item: StatutoryItem): TableFigure[] {
  return lines.flatMap((line) =>
    findQuotedFigures(line.text).map((f) => ({
      ...f,
      // The table says 不予公开 itself; the markers would only crowd the cell.
      phrase: withoutMarkers(f.phrase),
      offset: line.offset + f.offset,
      item,
      withheld: isWithheld(line.offset + f.offset, spans),
    })),
  );
}

export function compileMaterials(input: CompilationInput): Compilation {
  const items: CompiledItem[] = ([1, 2, 3, 4, 5] as const).map((item) => ({
    item,
    heading: `${ITEM_NUMERALS[item - 1]}、${STATUTORY_ITEMS[item]}`,
    entries: [],
  }));
  const figureRows: Array<{ unitName: string; figures: TableFigure[] }> = [];
  for (const unit of input.units) {
    const report = unit.status === 'received' || unit.status === 'accepted' ? unit.dispatched : undefined;
    if (!report) continue;
    const { cleaned, lines } = preparedLines(report);
    const figures: TableFigure[] = [];
    for (const compiled of items) {
      const key = ITEM_SECTION[compiled.item];
      const spans = withheldSpans(cleaned[key]);
      const paragraphs = lines[key].map((line) =>
        splitByWithheld(line.text, line.offset, spans).filter((r) => r.text !== ''),
      );
      compiled.entries.push({
        unitName: unit.unitName,
        paragraphs,
        hasWithheld: paragraphs.some((p) => p.some((r) => r.withheld)),
      });
      // Item 4 is next year's plan (全年组织培训不少于8期): no figure of this year's table (external QA, stop 53).
      if (compiled.item !== 4) figures.push(...figuresOf(lines[key], spans, compiled.item));
    }
    figureRows.push({ unitName: unit.unitName, figures });
  }
  const quoted = new Set(figureRows.flatMap((r) => r.figures.map((f) => f.subject)));
  const columns = FIGURE_SUBJECTS.filter((s) => quoted.has(s.subject)).map(({ subject, label }) => ({
    subject,
    label,
  }));
  return {
    title: `${input.issuerName}${input.reportYear}年度法治政府建设年度报告素材汇编`,
    source: `依据：${input.campaignTitle}${input.campaignDocumentNumber ? `（${input.campaignDocumentNumber}）` : ''}`,
    notes: [
      COMPILATION_NOTES.internal,
      COMPILATION_NOTES.source,
      COMPILATION_NOTES.withheld,
      COMPILATION_NOTES.figures,
    ],
    roster: input.units.map((u) => {
      const included = (u.status === 'received' || u.status === 'accepted') && u.dispatched;
      const status: CompilationUnitStatus = included || u.status === 'returned' ? u.status : 'not_submitted';
      return {
        unitName: u.unitName,
        status,
        label: rosterLabel(status, included ? u.dispatched : undefined),
        ...(included && u.dispatched
          ? { revision: u.dispatched.revision, dispatchedOn: u.dispatched.dispatchedOn }
          : {}),
      };
    }),
    // Item 5 is printed only when some unit wrote something in it.
    items: items.filter((i) => i.item !== 5 || i.entries.some((e) => e.paragraphs.length > 0)),
    columns,
    figureRows: figureRows.map(({ unitName, figures }) => ({
      unitName,
      cells: columns.map((c) => figures.filter((f) => f.subject === c.subject)),
    })),
  };
}
