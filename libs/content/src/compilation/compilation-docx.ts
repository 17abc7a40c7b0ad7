/**
 * The 素材汇编 as a .docx, in the official document's layout (export-docx.ts: A4, 仿宋 三号 body, 黑体 item
 * headings, 楷体 unit names, page numbers "— 1 —"): title, the notice it answers, the notes, the roster of
 * units with their status, the items 一、…五、 with each unit's text under its name, and the table of
 * figures. Withheld (【不予公开】) runs keep their markers and are shaded grey, as the notes say.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { DOCUMENT_STYLES, FONTS, NO_INDENT, PAGE, pageNumberFooter } from '../export/export-docx';
import { xmlSafeDeep } from '../export/xml-safe';
import { Compilation, TableFigure, TextRun as CompiledRun } from './compile';

/** 小四 (12 pt) in half-points: a table of up to ten columns must fit the 156 mm type area. */
const TABLE_SIZE = 24;
const WITHHELD_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' } as const;

const heading1 = (text: string) =>
  new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] });
const heading2 = (text: string) =>
  new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });
const body = (text: string) => new Paragraph({ children: [new TextRun(text)] });

function runOf(run: CompiledRun): TextRun {
  return run.withheld ? new TextRun({ text: run.text, shading: WITHHELD_SHADING }) : new TextRun(run.text);
}

function cell(lines: string[], options: { bold?: boolean; shaded?: boolean[] } = {}): TableCell {
  return new TableCell({
    children: (lines.length > 0 ? lines : ['']).map(
      (line, i) =>
        new Paragraph({
          indent: NO_INDENT,
          spacing: { line: 300 },
          alignment: AlignmentType.LEFT,
          children: [
            new TextRun({
              text: line,
              size: TABLE_SIZE,
              bold: options.bold,
              font: options.bold ? FONTS.heading1 : FONTS.body,
              ...(options.shaded?.[i] ? { shading: WITHHELD_SHADING } : {}),
            }),
          ],
        }),
    ),
  });
}

/** "12（全年办结行政复议案件十二件）", with 余 kept and 不予公开 named. */
export function figureCellText(figure: TableFigure): string {
  const value = `${figure.value}${figure.approximate ? '余' : ''}`;
  return `${value}（${figure.phrase}）${figure.withheld ? '【不予公开】' : ''}`;
}

function table(header: string[], rows: TableCell[][], headerBold = true): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell([h], { bold: headerBold })) }),
      ...rows.map((children) => new TableRow({ children })),
    ],
  });
}

function rosterTable(compilation: Compilation): Table {
  return table(
    ['单位', '报送情况', '收录版本'],
    compilation.roster.map((r) => [
      cell([r.unitName]),
      cell([r.label]),
      cell([r.revision === undefined ? '—' : `第${r.revision}版（${r.dispatchedOn}报送）`]),
    ]),
  );
}

function figureTable(compilation: Compilation): Table {
  return table(
    ['单位', ...compilation.columns.map((c) => c.label)],
    compilation.figureRows.map((row) => [
      cell([row.unitName]),
      ...row.cells.map((figures) =>
        cell(figures.map(figureCellText), { shaded: figures.map((f) => f.withheld) }),
      ),
    ]),
  );
}

/** The compilation's blocks, in order. */
function children(compilation: Compilation): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [
    new Paragraph({ style: 'Title', children: [new TextRun(compilation.title)] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: NO_INDENT,
      children: [new TextRun(compilation.source)],
    }),
    ...compilation.notes.map((note) => body(`说明：${note}`)),
    heading1('各单位报送情况'),
    rosterTable(compilation),
  ];
  for (const item of compilation.items) {
    out.push(heading1(item.heading));
    if (item.entries.length === 0) out.push(body('（暂无单位报送）'));
    item.entries.forEach((entry, i) => {
      const mark = entry.hasWithheld ? '（含不予公开内容）' : '';
      out.push(heading2(`（${toOrdinal(i + 1)}）${entry.unitName}${mark}`));
      if (entry.paragraphs.length === 0) out.push(body('（本项未填写内容）'));
      for (const runs of entry.paragraphs) out.push(new Paragraph({ children: runs.map(runOf) }));
    });
  }
  out.push(heading1('附表：各单位报告引用的主要数据'));
  if (compilation.columns.length === 0) out.push(body('各单位报告中未识别出所列事项的数字。'));
  else out.push(figureTable(compilation));
  return out;
}

const ORDINALS = '一二三四五六七八九十';
/** 1 → 一, 12 → 十二, 25 → 二十五: the (一)(二)… of the unit entries. */
function toOrdinal(n: number): string {
  if (n <= 10) return ORDINALS[n - 1];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : ORDINALS[tens - 1]}十${ones === 0 ? '' : ORDINALS[ones - 1]}`;
}

export async function exportCompilationDocx(compiled: Compilation): Promise<Buffer> {
  // One unit's stored text with a character XML cannot carry must not break the whole 汇编.
  const compilation = xmlSafeDeep(compiled);
  const doc = new Document({
    title: compilation.title,
    evenAndOddHeaderAndFooters: true,
    styles: DOCUMENT_STYLES,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...PAGE.margin, footer: PAGE.footer },
          },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: children(compilation),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
