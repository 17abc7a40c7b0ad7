/**
 * Title, unit and year as the text states them, the closing signature block, and unit-name comparison.
 * Shared by the import (to fill the form) and the completeness check (to compare with the campaign).
 */
import { looksLikeSignatureLine, matchNumberedHeading, NUMERIC_DATE_LINE } from './headings';
import { compact, isEdgePageNumber, normalizeLine, SENTENCE_END } from './normalize';

const UNIT_SUFFIX = /(局|委员会|委|办公室|办|厅|政府|中心|院|署|部|所|站|队)$/;

/**
 * The report's title: among the first lines, the first naming 法治 and 报告/情况/总结 that is not a
 * sentence. An opening "2026年，我局在州委、州政府的坚强领导下，认真贯彻落实党中央、国务院关于法治政府
 * 建设的决策部署，现将有关情况报告如下。" was read as the title, its words before 关于 as the unit, and
 * the submit refused the report for naming another unit (a walk, stop 52).
 */
export function findTitle(
  norms: string[],
  limit = norms.length,
): { index: number; text: string; continuation?: number } | undefined {
  let seen = 0;
  const end = Math.min(limit, norms.length);
  for (let i = 0; i < end && seen < 8; i++) {
    const n = norms[i];
    if (n === '' || isEdgePageNumber(n)) continue;
    seen++;
    if (readsAsTitle(n)) return { index: i, text: n };
    // A title wrapped mid-phrase, as a PDF or a narrow page breaks it ("…2026年度法治政府建设" /
    // "工作情况报告"): neither line is one alone, the two together are (external QA, stop 56).
    const j = nextLine(norms, i, end);
    if (j === undefined || readsAsTitle(norms[j])) continue;
    const joined = n + norms[j];
    if (
      !/[。,，;；:：!！?？]/.test(joined) &&
      norms[j].length <= 30 &&
      !matchNumberedHeading(norms[j]) &&
      readsAsTitle(joined)
    )
      return { index: i, text: joined, continuation: j };
  }
  return undefined;
}

function readsAsTitle(norm: string): boolean {
  return norm.length <= 60 && /法治|依法行政/.test(norm) && /报告|情况|总结/.test(norm) && !isSentence(norm);
}

/** The next line with text after i, across at most one blank line. */
function nextLine(norms: string[], i: number, end: number): number | undefined {
  for (let j = i + 1; j < end && j <= i + 2; j++)
    if (norms[j] !== '' && !isEdgePageNumber(norms[j])) return j;
  return undefined;
}

/** A line that reads as a sentence, not a title: it ends as one, or runs on past commas. */
function isSentence(norm: string): boolean {
  return SENTENCE_END.test(norm) || (norm.match(/[,，]/g) ?? []).length >= 2;
}

/** The report year named in a title: "宝坻区交通局2023年法治政府建设情况报告" -> 2023. */
export function yearFromText(text: string): number | undefined {
  const m = /(20\d{2})\s*年/.exec(text);
  return m ? Number(m[1]) : undefined;
}

const CN_DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** "12", "十二", "一" -> 12, 12, 1 (months and days as drafters write them). */
function smallNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  return (
    (text.includes('十') ? (tens === '' ? 1 : CN_DIGIT[tens]) * 10 : 0) + (ones === '' ? 0 : CN_DIGIT[ones])
  );
}

/**
 * The year a report is about, read from its closing date line ("2024年1月10日", "二〇二四年一月"): annual
 * reports are dated after the year they report on, by 1 March (1 April for provinces), and a few in December.
 * So December Y and January-March Y+1 mean year Y; any other month says nothing sure and gives undefined.
 */
export function reportYearFromDateLine(norm: string): { year: number; dated: string } | undefined {
  const numeric = NUMERIC_DATE_LINE.exec(norm);
  if (numeric) return yearDatedBy(Number(numeric[1]), Number(numeric[2]));
  const m = /^(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月/.exec(norm);
  if (!m) return undefined;
  const year = /^\d+$/.test(m[1]) ? Number(m[1]) : Number([...m[1]].map((c) => CN_DIGIT[c]).join(''));
  return yearDatedBy(year, smallNumber(m[2]));
}

function yearDatedBy(year: number, month: number): { year: number; dated: string } | undefined {
  const dated = `${year}年${month}月`;
  if (month === 12) return { year, dated };
  if (month >= 1 && month <= 3) return { year: year - 1, dated };
  return undefined;
}

/**
 * The unit named in a title, written before the year ("昌吉州交通运输局2021年…") or between the year and
 * the subject ("2024年蓝山县交通运输局法治政府建设…"). Only accepted if it ends like a unit (局, 委, 政府…).
 */
export function unitFromTitle(title: string): string | undefined {
  const t = compact(title).replace(/^关于/, '');
  const m = /^(.*?)(20\d{2})年度?(.*)$/.exec(t);
  const candidates = m ? [m[1], /^(.*?)(关于|法治|依法|推进|年度)/.exec(m[3])?.[1] ?? ''] : [];
  if (!m) candidates.push(/^(.*?)(关于|法治|依法|推进)/.exec(t)?.[1] ?? '');
  return candidates.find((c) => c.length >= 3 && UNIT_SUFFIX.test(c));
}

/** At most this many bracketed notes are read past below a 落款. */
const CLOSING_NOTES_MAX = 2;

/**
 * A note below the date, in brackets: （此件公开发布）, （联系人：…，电话：…）. A 公文 prints it under its
 * 落款 (GB/T 9704 附注), so a pasted report often ends with one.
 */
export function isClosingNote(norm: string): boolean {
  return /^[（(][^（()）]{1,60}[)）]$/.test(norm);
}

/** A date line of a 落款, with its month: 2024年1月10日, 二〇二四年一月 (a bare 2027年 is a plan's year). */
const DATE_LINE = /^(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月/;

/**
 * The closing block: up to four short trailing lines that are a unit name or a date
 * ("天津市宝坻区交通局" / "2024年1月"), read past up to two bracketed notes below them (which stay
 * with the block). Returns the index of its first line. Past a note, the block must hold a date and
 * no line with a colon: a plan's last lines (责任单位：县司法局 / （2027年底前完成）) are no 落款.
 */
export function findSignature(
  norms: string[],
  from = 0,
  /** Read the lines before this one only (attachments follow). */
  end = norms.length,
): { start: number; unit?: string } | undefined {
  let start: number | undefined;
  let unit: string | undefined;
  let count = 0;
  let notes = 0;
  let dated = false;
  let colon = false;
  for (let i = end - 1; i >= from && count < 4; i--) {
    const n = norms[i];
    if (n === '' || isEdgePageNumber(n)) continue;
    // A walk, stop 55: （…测试） below the date kept the unit and date in item 4, printed mid-document.
    if (count === 0 && notes < CLOSING_NOTES_MAX && isClosingNote(n)) {
      notes++;
      continue;
    }
    if (n.length > 40 || !looksLikeSignatureLine(n) || matchNumberedHeading(n)) break;
    start = i;
    count++;
    if (DATE_LINE.test(n) || NUMERIC_DATE_LINE.test(n)) dated = true;
    if (/[:：]/.test(n)) colon = true;
    if (UNIT_SUFFIX.test(compact(n))) unit = compact(n);
  }
  if (start === undefined || (notes > 0 && (!dated || colon))) return undefined;
  return { start, unit };
}

/**
 * The first line of attachments printed after the 落款 (GB/T 9704: 附件1 alone at the head of each):
 * 附件 / 附件1 / 附件二 alone on a line, right after a 落款. A pasted report ending with its 附件 (a
 * table of figures) kept the drafter's 落款 in item 4 and the export printed a second one (an
 * external QA engineer, stop 57).
 */
const ATTACHMENT_HEAD = /^附件\s*[0-9一二三四五六七八九十]{0,3}$/;
/** The 附件说明 written under the body, before the 落款: 附件：1.…, then 2.… on the lines after. */
const ATTACHMENT_NOTE_HEAD = /^附件[:：]/;
const ATTACHMENT_NOTE_ITEM = /^\d{1,2}\s*[.．、]/;
const ATTACHMENT_NOTE_MAX_LINES = 10;

/** Where attachments begin after the 落款 (the index of their 附件 line), if they do. */
export function trailingAttachmentsAt(norms: string[], from = 0): number | undefined {
  for (let i = Math.max(from, 1); i < norms.length; i++) {
    if (!ATTACHMENT_HEAD.test(norms[i])) continue;
    if (findSignature(norms, from, i)) return i;
  }
  return undefined;
}

/** Where a 附件说明 ending right before `before` (blank lines between allowed) starts, if one does. */
export function attachmentNoteAt(norms: string[], before: number, from = 0): number | undefined {
  let i = before - 1;
  while (i >= from && norms[i] === '') i--;
  for (let seen = 0; i >= from && seen < ATTACHMENT_NOTE_MAX_LINES; i--, seen++) {
    if (ATTACHMENT_NOTE_HEAD.test(norms[i])) return i;
    if (!ATTACHMENT_NOTE_ITEM.test(norms[i])) return undefined;
  }
  return undefined;
}

/**
 * The closing of a pasted report: its 落款 (findSignature), read before any attachments printed after
 * it, with the 附件说明 above it. `start` is the first line of the whole closing (附件说明, 落款,
 * attachments), `signatureStart` the 落款's.
 */
export function findClosing(
  norms: string[],
  from = 0,
): { start: number; signatureStart: number; unit?: string; attachmentsAt?: number } | undefined {
  const attachmentsAt = trailingAttachmentsAt(norms, from);
  const signature = findSignature(norms, from, attachmentsAt);
  if (!signature) return undefined;
  const note = attachmentNoteAt(norms, signature.start, from);
  return {
    start: note ?? signature.start,
    signatureStart: signature.start,
    unit: signature.unit,
    attachmentsAt,
  };
}

export interface TextMeta {
  title?: string;
  titleUnit?: string;
  signatureUnit?: string;
  year?: number;
}

/** Title, unit and year from a whole text (the import's preamble, or sections joined in order). */
export function extractMeta(text: string): TextMeta {
  const norms = text.split(/\r\n|\r|\n/).map(normalizeLine);
  const title = findTitle(norms);
  const signature = findSignature(norms);
  return {
    title: title?.text,
    titleUnit: title ? unitFromTitle(title.text) : undefined,
    signatureUnit: signature?.unit,
    year: title ? yearFromText(title.text) : undefined,
  };
}

/**
 * Split a unit name into the place it governs and the department:
 * "天津市宝坻区交通局" -> { place: "宝坻区", dept: "交通局" }. Higher administrative levels written in
 * front (天津市, 湖南省永州市, 新疆维吾尔自治区) are dropped, and autonomous prefectures/counties take the short
 * form drafters use ("昌吉回族自治州" -> "昌吉州"), so the short and full forms of a name compare equal.
 */
export function splitUnitName(name: string): { place: string; dept: string } {
  const rest = canonicalUnitName(name)
    .replace(/^[\u4e00-\u9fff]{2,}?(?:省|自治区)(?=[\u4e00-\u9fff]{3,})/, '')
    .replace(AUTONOMOUS_AREA, '$1$2')
    .replace(/^[\u4e00-\u9fff]{2,}?(?:市|州|盟)(?=[\u4e00-\u9fff]{2,4}?(?:区|县|市|旗))/, '');
  const m = /^([\u4e00-\u9fff]{2,}?(?:省|自治区|市|区|县|州|旗|盟))(.*)$/.exec(rest);
  return m ? { place: m[1], dept: m[2] } : { place: '', dept: rest };
}

/**
 * The peoples named in autonomous areas' names. Those of two characters or more are often written
 * without 族 (木垒哈萨克自治县, 察布查尔锡伯自治县, 伊犁哈萨克自治州); those of one always with it (回族).
 */
const PEOPLES_OPTIONAL_ZU =
  '蒙古|维吾尔|布依|朝鲜|土家|哈尼|哈萨克|傈僳|高山|拉祜|东乡|纳西|景颇|柯尔克孜|达斡尔|仫佬|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺';
const PEOPLES_WITH_ZU = '回|藏|苗|彝|壮|满|侗|瑶|白|傣|黎|佤|畲|水|土|羌|怒|京';
/**
 * An autonomous prefecture, county or banner anywhere in a name, and the short form drafters write:
 * the place, then 州/县/旗 (昌吉回族自治州 → 昌吉州, 木垒哈萨克自治县 → 木垒县; QA, stop 56: 木垒县 was
 * refused as another unit's name). The place is the shortest that leaves only peoples before 自治.
 */
const AUTONOMOUS_AREA = new RegExp(
  `([\u4e00-\u9fff]{2,4}?)(?:(?:${PEOPLES_OPTIONAL_ZU})族?|(?:${PEOPLES_WITH_ZU})族)+自治(州|县|旗)`,
  'g',
);

/**
 * A name in the form compared: compacted, a party committee's formal name in the short form used on
 * screens and in the directory (中共呼图壁县委员会 / 中国共产党呼图壁县委员会 → 呼图壁县委; QA, stop 56),
 * a people's congress standing committee likewise (…人民代表大会常务委员会 → …人大常委会).
 */
function canonicalUnitName(name: string): string {
  return compact(name)
    .replace(/^(?:中国共产党|中共)(?=[\u4e00-\u9fff]{2,}?(?:省|自治区|市|区|县|州|旗|盟)(?:委员会|委))/, '')
    .replace(/(省|自治区|市|区|县|州|旗|盟)委员会/, '$1委')
    .replace(/人民代表大会常务委员会/, '人大常委会');
}

/**
 * Compare a name written in the report with the unit's registered name.
 * same: place and department agree (after short forms); place-only: same place, other department wording
 * (e.g. 交通局 vs 交通运输局); different: another place.
 */
export function compareUnitNames(written: string, registered: string): 'same' | 'place-only' | 'different' {
  // Whatever the place's name looks like (a name the splitting below cannot read, 新区 or a name in
  // Latin letters): X人民政府 and X政府 are the government registered as X (a walk, stop 55).
  const plain = (name: string) => canonicalUnitName(name).replace(/(?:人民)?政府$/, '');
  if (plain(written) === plain(registered)) return 'same';
  const a = splitUnitName(written);
  const b = splitUnitName(registered);
  if (a.place !== b.place && a.place !== '' && b.place !== '') return 'different';
  // A government is registered by its place (呼图壁县) and signs with its full name (呼图壁县人民政府):
  // the same unit, not a variant to check (a walk, stop 49: every government report was warned).
  const government = (dept: string) => (dept === '人民政府' || dept === '政府' ? '' : dept);
  if (government(a.dept) === government(b.dept)) return 'same';
  return a.place !== '' && a.place === b.place ? 'place-only' : 'different';
}
