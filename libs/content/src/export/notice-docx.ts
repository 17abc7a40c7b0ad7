/**
 * The 通报 (报送情况通报) as a .docx in the official document's layout (export-docx.ts, GB/T 9704): 文号
 * line, 方正小标宋 title, 主送, 仿宋 body with 黑体 headings (一、…), the issuing office and date as the
 * signature, and the 版记: 抄送 above "<office>  <date>印发" (GB/T 9704 7.4). Chinese punctuation is
 * printed full width.
 */
import { fullWidthPunctuation } from './clean-text';
import { officialDocumentDocx } from './export-docx';
import { chineseDate, type Block } from './layout';
import { xmlSafeDeep } from './xml-safe';

export interface NoticeDocument {
  title: string;
  /** 文号; left out when none is given yet. */
  documentNumber: string | null;
  /** 主送, e.g. 各县（市）依法治县（市）办、州直各部门; none: no 主送 line. */
  addressees: readonly string[];
  /** 抄送, e.g. 州委、州政府; none: no 抄送 line in the 版记. */
  copiesTo: readonly string[];
  paragraphs: readonly string[];
  issuerName: string;
  /** 成文日期 and 印发日期, YYYY-MM-DD. */
  date: string;
}

/** A top-level heading of the body: 一、 … 十、 (numbered by the draft, kept as the coordinator left it). */
const HEADING = /^[一二三四五六七八九十]+、/;

/** What goes on the page, in order; kept apart so it can be tested as plain data. */
export function layoutNotice(notice: NoticeDocument): Block[] {
  const date = chineseDate(notice.date);
  const print = (text: string) => fullWidthPunctuation(text.trim()).text;
  const blocks: Block[] = [];
  if (notice.documentNumber?.trim())
    blocks.push({ kind: 'documentNumber', text: notice.documentNumber.trim() });
  blocks.push({ kind: 'title', text: print(notice.title) });
  const addressees = notice.addressees.map(print).filter((a) => a !== '');
  if (addressees.length > 0) blocks.push({ kind: 'addressee', text: `${addressees.join('、')}：` });
  for (const paragraph of notice.paragraphs) {
    const text = print(paragraph);
    if (text !== '') blocks.push({ kind: HEADING.test(text) ? 'heading1' : 'body', text });
  }
  blocks.push({ kind: 'signature', text: notice.issuerName }, { kind: 'signature', text: date });
  const copiesTo = notice.copiesTo.map(print).filter((c) => c !== '');
  // GB/T 9704 7.4.2: copies separated by full-width commas, ended by a full stop.
  if (copiesTo.length > 0) blocks.push({ kind: 'imprint', text: `抄送：${copiesTo.join('，')}。` });
  blocks.push({ kind: 'imprint', text: notice.issuerName, right: `${date}印发` });
  return blocks;
}

/** Throws RangeError when `date` is not a YYYY-MM-DD date. */
export async function exportNoticeDocx(stored: NoticeDocument): Promise<Buffer> {
  // Text stored before noncharacters were refused at input must not break word/document.xml.
  const notice = xmlSafeDeep(stored);
  return officialDocumentDocx({
    title: notice.title,
    creator: notice.issuerName,
    blocks: layoutNotice(notice),
  });
}
