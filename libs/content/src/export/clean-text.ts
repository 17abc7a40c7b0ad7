/**
 * Clean text for the official document: what a drafter pasted from a web page or a Word file carries debris
 * (the page's "来源：…发布时间：…" line, 浏览次数, 打印本页/关闭窗口, Word's `[bookmark: _GoBack]`) and
 * half-width punctuation typed on an English keyboard. GB/T 9704 text uses full-width punctuation in Chinese
 * sentences; numbers ("2.5万元", "15:35", "1,200"), Latin text and URLs keep theirs.
 *
 * Every removal is listed (section, line, text, reason) so the drafter sees it before export; the stored text is
 * only changed when the drafter applies the cleanup as a new revision.
 */
import { splitLines } from '../normalize';

export type DebrisReason = 'page_source_line' | 'word_bookmark' | 'view_counter' | 'page_controls';

export interface Removal {
  /** 1-based line of the section text. */
  line: number;
  /** What was removed, as written (a whole line, or the bookmark inside a line). */
  text: string;
  reason: DebrisReason;
}

export interface CleanedText {
  text: string;
  removals: Removal[];
  /** How many half-width punctuation marks became full width. */
  punctuationChanges: number;
}

// Bounded (a bookmark name is short), as in normalize.ts.
const BOOKMARK = /\[bookmark:[^\]\n]{0,200}\]/gi;

/** Whole lines that are a web page's furniture, not report text. Each is short: a sentence is never matched. */
const DEBRIS_LINES: Array<{ reason: DebrisReason; re: RegExp }> = [
  // "来源：天津市宝坻区交通局 发布时间：2024-01-25 15:35", also with 作者/字号 parts, in any order.
  {
    reason: 'page_source_line',
    re: /^(?=.*(来源|信息来源)\s*[:：])(?=.*(发布时间|发布日期|时间)\s*[:：]).{0,120}$/,
  },
  { reason: 'page_source_line', re: /^(发布时间|发布日期)\s*[:：]\s*[\d\s:：\-/年月日]{4,30}$/ },
  {
    reason: 'view_counter',
    re: /^[【[]?(浏览次数|阅读次数|访问次数|点击次数|点击数|浏览量|阅读量)\s*[:：]?\s*\d*\s*(次)?[】\]]?$/,
  },
];

/** Around and between page controls: spaces and the brackets they are drawn in. */
const CONTROL_GAP = /^[\s【[】\]]+/;
/**
 * One page control at the start of what is left of a line. No pattern repeats a group: the line is
 * consumed control by control instead (pen test, stop 40: the single pattern this replaced nested
 * `\s*` inside a repeated group, and "大 大 … 大 x" of 60 characters held the event loop for hours).
 */
const PAGE_CONTROL =
  /^(?:打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|返回顶部|收藏|分享到[:：]?|(?:字体|字号)\s*[:：]|[大中小])/;

/**
 * A line made only of page controls: 【打印本页】【关闭窗口】, 字体：大 中 小, 分享到, 收藏, 返回顶部.
 * Linear in the line: each step removes at least one character.
 */
function isPageControls(line: string): boolean {
  let rest = line;
  let controls = 0;
  for (;;) {
    rest = rest.replace(CONTROL_GAP, '');
    if (rest === '') return controls > 0;
    const control = PAGE_CONTROL.exec(rest);
    if (!control) return false;
    rest = rest.slice(control[0].length);
    controls++;
  }
}

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
/** Chinese text or full-width punctuation: what makes a neighbouring mark part of a Chinese sentence. */
const CHINESE_SIDE = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e“”‘’…—]/;
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };
/** A line opening with a Chinese numeral and a half-width dot: a top-level heading's number (一.). */
const HEADING_NUMBER_DOT = /^[\s\u3000]*(?:\*\*|__)?\s*[一二三四五六七八九十]{1,3}\s*\./;
/** URLs and e-mail addresses keep every character. */
const UNTOUCHABLE =
  /(?:https?:\/\/|www\.)[^\s\u3000-\u303f\uff01-\uff5e\u4e00-\u9fff]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

function debrisReason(line: string): DebrisReason | undefined {
  const trimmed = line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  if (trimmed === '' || trimmed.length > 120) return undefined;
  return (
    DEBRIS_LINES.find((d) => d.re.test(trimmed))?.reason ??
    (isPageControls(trimmed) ? 'page_controls' : undefined)
  );
}

/**
 * One line with half-width punctuation in Chinese sentences made full width. A mark is changed when a
 * neighbour is Chinese and it does not sit between two digits (1,200 and 15:35 stay); "(一)" pairs become
 * "（一）" when either bracket touches Chinese text; a period after Chinese text at a sentence end becomes "。".
 */
export function fullWidthPunctuation(line: string): { text: string; changes: number } {
  const protectedSpans: Array<[number, number]> = [];
  // A mark right after a URL ends the sentence, not the URL: "见https://a.cn/x;下同" keeps "；".
  for (const m of line.matchAll(UNTOUCHABLE))
    protectedSpans.push([m.index, m.index + m[0].replace(/[.,;:!?)]+$/, '').length]);
  const isProtected = (i: number) => protectedSpans.some(([s, e]) => i >= s && i < e);
  const chars = [...line];
  // Indexes into `chars` differ from string indexes only for astral characters, which punctuation never is;
  // the protected spans are computed on the string, so map through a running offset.
  const offsets: number[] = [];
  let offset = 0;
  for (const c of chars) {
    offsets.push(offset);
    offset += c.length;
  }
  let changes = 0;
  const prevOf = (i: number) => {
    for (let j = i - 1; j >= 0; j--) if (chars[j] !== ' ') return chars[j];
    return '';
  };
  const nextOf = (i: number) => {
    for (let j = i + 1; j < chars.length; j++) if (chars[j] !== ' ') return chars[j];
    return '';
  };
  const digit = (c: string) => /[0-9]/.test(c);
  const chinese = (c: string) => c !== '' && CHINESE_SIDE.test(c);
  const openBrackets: number[] = [];
  const out = [...chars];
  const headingNumber = HEADING_NUMBER_DOT.exec(line);
  const headingNumberDot = headingNumber ? [...headingNumber[0]].length - 1 : -1;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (isProtected(offsets[i])) continue;
    const prev = i > 0 ? chars[i - 1] : '';
    const next = i + 1 < chars.length ? chars[i + 1] : '';
    if (c in FULL_WIDTH) {
      if (digit(prev) && digit(next)) continue;
      if (chinese(prevOf(i)) || CJK.test(nextOf(i))) {
        out[i] = FULL_WIDTH[c];
        changes++;
        // The full-width mark carries its own space: drop the spaces typed after it before Chinese text.
        for (let j = i + 1; j < chars.length && chars[j] === ' ' && CJK.test(nextOf(i)); j++) out[j] = '';
      }
    } else if (c === '.') {
      if (i === headingNumberDot) {
        // "一.主要举措" is a heading's number, not a sentence end: 一、 as GB/T 9704 writes it ("一。"
        // kept the layout from seeing the heading, which then printed twice: a test with real reports, stop 43).
        out[i] = '、';
        changes++;
        continue;
      }
      // Only a sentence end: after Chinese, before the end of the line or Chinese text ("2.5", "www.gov.cn" stay).
      // After a percentage at the line's end of a Chinese sentence too ("配备率仅为62%.").
      const percentEnd = /[%％]/.test(prev) && next === '' && CJK.test(line);
      if ((CJK.test(prev) && (next === '' || CJK.test(next))) || percentEnd) {
        out[i] = '。';
        changes++;
      }
    } else if (c === '(') {
      openBrackets.push(i);
    } else if (c === ')' && openBrackets.length === 0) {
      // A bracket whose partner was lost in copy-paste (")加强组织领导": the number went with it).
      if (chinese(prevOf(i)) || CJK.test(next)) {
        out[i] = '）';
        changes++;
      }
    } else if (c === ')') {
      const open = openBrackets.pop()!;
      const inner = chars.slice(open + 1, i).join('');
      const touchesChinese =
        CJK.test(inner) ||
        chinese(open > 0 ? chars[open - 1] : '') ||
        chinese(next) ||
        /^[一二三四五六七八九十]+$/.test(inner);
      if (touchesChinese && !isProtected(offsets[open])) {
        out[open] = '（';
        out[i] = '）';
        changes += 2;
      }
    }
  }
  return { text: out.join(''), changes };
}

/** The section text cleaned for the document, with what was removed and how much punctuation changed. */
export function cleanText(text: string): CleanedText {
  const removals: Removal[] = [];
  let punctuationChanges = 0;
  const kept: string[] = [];
  splitLines(text).forEach((raw, i) => {
    const line = i + 1;
    const reason = debrisReason(raw);
    if (reason) {
      removals.push({ line, text: raw.trim(), reason });
      return;
    }
    let withoutBookmarks = raw;
    for (const m of raw.matchAll(BOOKMARK)) removals.push({ line, text: m[0], reason: 'word_bookmark' });
    withoutBookmarks = raw.replace(BOOKMARK, '');
    // A line that held nothing but a bookmark goes entirely; other lines keep their place.
    if (withoutBookmarks.trim() === '' && raw.trim() !== '') return;
    const punctuated = fullWidthPunctuation(withoutBookmarks);
    punctuationChanges += punctuated.changes;
    kept.push(punctuated.text);
  });
  return { text: kept.join('\n'), removals, punctuationChanges };
}
