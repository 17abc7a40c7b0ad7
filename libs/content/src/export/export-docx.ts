/**
 * The official document (.docx), laid out as GB/T 9704-2012 《党政机关公文格式》 sets out for the body of a
 * government document: A4, a type area of 156 x 225 mm, 仿宋_GB2312 三号 body with a fixed 28 pt line
 * (22 lines a page), 方正小标宋简体 二号 title, 黑体 / 楷体_GB2312 headings, page numbers 宋体 四号 as
 * "— 1 —", odd pages on the right and even pages on the left. What goes on the page is decided by layout.ts;
 * this file only formats it. The docx library escapes the text for XML, so nothing is escaped here.
 */
import {
  AlignmentType,
  Document,
  Footer,
  IParagraphStyleOptions,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  BorderStyle,
} from 'docx';
import { fullWidthPunctuation } from './clean-text';
import { publicVersionOf } from './disclosure';
import { Block, ExportOptions, ExportReport, layoutReport } from './layout';
import { xmlSafeDeep } from './xml-safe';

export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
} as const;

/** Font sizes in half-points, as Word stores them: 二号 22 pt, 三号 16 pt, 四号 14 pt. */
export const SIZE = { erhao: 44, sanhao: 32, sihao: 28 } as const;

/** Twips (1/20 pt) per millimetre, rounded as Word rounds page setup. */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);

export const PAGE = {
  width: 11906, // A4, 210 mm
  height: 16838, // 297 mm
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
  /** Footer distance from the bottom edge: puts the page number about 7 mm below the type area. */
  footer: mm(23),
} as const;

/** The type area is 156 mm wide: a right tab stop there sets text flush right on a line. */
const TYPE_AREA_WIDTH = mm(156);

/** Fixed line spacing: 28 pt, so that 22 lines fill the 225 mm type area. */
export const LINE = { line: 560, lineRule: LineRuleType.EXACT } as const;
/** One character of 三号 body text is 16 pt = 320 twips; indents are given in characters and in twips. */
export const CHAR = 320;
export const INDENT_2_CHARS = { firstLineChars: 200, firstLine: 2 * CHAR } as const;
export const NO_INDENT = { firstLineChars: 0, firstLine: 0 } as const;

export const run = (font: string, size: number) => ({ font, size, bold: false, color: '000000' });

export const paragraphStyles: IParagraphStyleOptions[] = [
  {
    id: 'Normal',
    name: 'Normal',
    run: run(FONTS.body, SIZE.sanhao),
    paragraph: { spacing: LINE, indent: INDENT_2_CHARS, alignment: AlignmentType.JUSTIFIED },
  },
  // 主送机关 is set flush left.
  { id: 'Salutation', name: 'Salutation', basedOn: 'Normal', paragraph: { indent: NO_INDENT } },
  // 成文日期 "右空四字": four characters from the right margin.
  {
    id: 'Signature',
    name: 'Signature',
    basedOn: 'Normal',
    paragraph: { alignment: AlignmentType.RIGHT, indent: { ...NO_INDENT, right: 4 * CHAR } },
  },
  // 发文字号 line: centred, or with 签发人 flush right (a right tab stop at the type area's edge), one
  // character in from each side (GB/T 9704 7.2.4, 7.2.5 for 上行文).
  {
    id: 'DocumentNumber',
    name: 'Document Number',
    basedOn: 'Normal',
    paragraph: {
      alignment: AlignmentType.CENTER,
      indent: NO_INDENT,
      spacing: { ...LINE, after: 2 * LINE.line },
    },
  },
  // 版记: 四号 仿宋, one character in from both sides, between rules (GB/T 9704 7.4).
  {
    id: 'Imprint',
    name: 'Imprint',
    basedOn: 'Normal',
    run: run(FONTS.body, SIZE.sihao),
    paragraph: {
      alignment: AlignmentType.LEFT,
      indent: { ...NO_INDENT, left: SIZE.sihao * 10, right: SIZE.sihao * 10 },
    },
  },
  {
    id: 'Footer',
    name: 'footer',
    basedOn: 'Normal',
    run: run(FONTS.pageNumber, SIZE.sihao),
    paragraph: { indent: NO_INDENT, spacing: { line: 240, lineRule: LineRuleType.AUTO } },
  },
];

/** The styles of the official document: body, title, headings and the paragraph styles above. */
export const DOCUMENT_STYLES = {
  default: {
    document: { run: { ...run(FONTS.body, SIZE.sanhao), language: { eastAsia: 'zh-CN' } } },
    title: {
      run: run(FONTS.title, SIZE.erhao),
      // GB/T 9704: the title is followed by one blank line.
      paragraph: {
        alignment: AlignmentType.CENTER,
        indent: NO_INDENT,
        spacing: { ...LINE, after: LINE.line },
      },
    },
    heading1: { run: run(FONTS.heading1, SIZE.sanhao), paragraph: { keepNext: true } },
    heading2: { run: run(FONTS.heading2, SIZE.sanhao), paragraph: { keepNext: true } },
  },
  paragraphStyles,
};

/** Page number "— 1 —"; GB/T 9704: odd pages one character from the right, even pages from the left. */
export function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const odd = side === 'odd';
  return new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: SIZE.sihao * 10 } : { left: SIZE.sihao * 10 }, // one 四号 character: 280 twips
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/** The block's text, then a tab to the right stop and its right-hand text when it has one. */
function withRight(block: Block): TextRun[] {
  const runs = [new TextRun(block.text)];
  if (block.right) runs.push(new TextRun({ children: [new Tab(), block.right] }));
  return runs;
}

/** One laid-out block as a Word paragraph in the official document's styles (the 通报 uses it too). */
function blockParagraph(block: Block, index: number, blocks: Block[]): Paragraph {
  switch (block.kind) {
    case 'title':
      return new Paragraph({ style: 'Title', children: [new TextRun(block.text)] });
    case 'addressee':
      return new Paragraph({ style: 'Salutation', children: [new TextRun(block.text)] });
    case 'heading1':
      return new Paragraph({ style: 'Heading1', children: [new TextRun(block.text)] });
    case 'heading2': {
      const head = block.text.slice(0, block.headLength);
      const rest = block.headLength === undefined ? '' : block.text.slice(block.headLength);
      const children = [new TextRun(head)];
      // The body after the heading sentence is body text: in the body font, within the same paragraph.
      if (rest !== '') children.push(new TextRun({ text: rest, font: FONTS.body }));
      return new Paragraph({ style: 'Heading2', children });
    }
    case 'signature': {
      // One blank line between the body and the signature (GB/T 9704 7.3.5).
      const first = blocks[index - 1]?.kind !== 'signature';
      return new Paragraph({
        style: 'Signature',
        spacing: first ? { before: LINE.line } : undefined,
        children: [new TextRun(block.text)],
      });
    }
    case 'documentNumber':
      return new Paragraph({
        style: 'DocumentNumber',
        ...(block.right
          ? {
              alignment: AlignmentType.LEFT,
              indent: { ...NO_INDENT, left: CHAR, right: CHAR },
              tabStops: [{ type: TabStopType.RIGHT, position: TYPE_AREA_WIDTH - 2 * CHAR }],
            }
          : {}),
        children: withRight(block),
      });
    case 'imprint': {
      // The first 版记 line has the thick rule above, the last the thick rule below, thin rules between.
      const first = blocks[index - 1]?.kind !== 'imprint';
      const last = blocks[index + 1]?.kind !== 'imprint';
      const rule = (size: number) => ({ style: BorderStyle.SINGLE, size, color: '000000', space: 1 });
      return new Paragraph({
        style: 'Imprint',
        spacing: first ? { before: 2 * LINE.line } : undefined,
        border: { top: first ? rule(8) : rule(4), ...(last ? { bottom: rule(8) } : {}) },
        tabStops: [{ type: TabStopType.RIGHT, position: TYPE_AREA_WIDTH - 2 * SIZE.sihao * 10 }],
        children: withRight(block),
      });
    }
    default:
      return new Paragraph({ children: [new TextRun(block.text)] });
  }
}

/**
 * The report as a .docx. Throws RangeError when `report.date` is not a YYYY-MM-DD date, and for the public
 * version DisclosureMarkupError when the 不予公开 markers do not pair up.
 */
export async function exportReportDocx(stored: ExportReport, options: ExportOptions = {}): Promise<Buffer> {
  // What XML cannot carry goes first (text stored before the API refused it would make Word refuse
  // the file); then withheld passages are removed once, here, so that nothing of them reaches the
  // page or the document's properties (the title is also written to docProps/core.xml).
  const safe = xmlSafeDeep(stored);
  const report = options.publicVersion ? publicVersionOf(safe) : safe;
  // The layout withholds again (nothing is left by now) and takes the last look at the printed text.
  const blocks = layoutReport(report, {
    itemOrder: options.itemOrder,
    dispatch: options.dispatch,
    publicVersion: options.publicVersion,
  });
  return officialDocumentDocx({ title: report.title, creator: report.unitName, blocks });
}

/**
 * Laid-out blocks as a .docx on the 公文 page (GB/T 9704: A4, its margins, page numbers 一 N 一 on
 * the outer side): the one page setup of every official document ReportFlow writes.
 */
export async function officialDocumentDocx(doc: {
  title: string;
  creator: string;
  blocks: readonly Block[];
}): Promise<Buffer> {
  const document = new Document({
    title: fullWidthPunctuation(doc.title).text,
    creator: doc.creator,
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
        children: [...doc.blocks].map(blockParagraph),
      },
    ],
  });
  return Packer.toBuffer(document);
}
