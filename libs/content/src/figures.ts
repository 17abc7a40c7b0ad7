/**
 * Figures a report quotes (counts, amounts, percentages), each with its sentence, so that a reviewer can
 * check them against the unit's records. Only Arabic numerals are read ("办理审批服务事项624件"); figures
 * written in Chinese numerals ("六个模块") are not. Values are kept as written: "50.41万元" is
 * { value: 50.41, unit: '万元' }, not 504100.
 */
import { ReportSections, SECTION_KEYS, SectionKey } from './types';

export type FigureKind = 'count' | 'amount' | 'percent';

export interface Figure {
  /** The number as written (50.41 for "50.41万元"). */
  value: number;
  /** The unit as written: %, 万元, 件, 人次, 万吨… */
  unit: string;
  kind: FigureKind;
  /** "余/多/约/近/超过": the text gives an approximate figure. */
  approximate: boolean;
  /** The figure as written, e.g. "4800余辆次". */
  text: string;
  /** The sentence that quotes it; a long one cut to the words around the figure (SENTENCE_CHARS). */
  sentence: string;
  section: SectionKey;
  /** Offset of the figure in the section text. */
  offset: number;
}

// Bounded: an unbounded \d+ rescans a long run of digits from every position (quadratic: a pasted
// run of 100,000 digits held the server for seconds). No figure in a report has more digits.
// "1,046起" and "1，046起" are one figure with thousands separators (a walk, stop 53: the panel
// showed 046起); a group is exactly three digits, so "3,4件" stays two numbers.
const NUM = String.raw`((?:\d{1,3}(?:[,，]\d{3})+|\d{1,15})(?:\.\d{1,15})?)`;
const APPROX = '(余|多)?';
const PATTERNS: Array<{ kind: FigureKind; re: RegExp }> = [
  { kind: 'percent', re: new RegExp(`${NUM}\\s*(%|％)`, 'g') },
  { kind: 'percent', re: /百分之(\d{1,15}(?:\.\d{1,15})?)()/g },
  { kind: 'amount', re: new RegExp(`${NUM}\\s*${APPROX}\\s*(亿元|万元|千元|元)`, 'g') },
  // "投入180余万，": 万/亿 not followed by another character of a unit is money in these reports.
  { kind: 'amount', re: new RegExp(`${NUM}\\s*${APPROX}\\s*(亿|万)(?![\\u4e00-\\u9fff\\w])`, 'g') },
  {
    kind: 'count',
    re: new RegExp(
      `${NUM}\\s*${APPROX}\\s*((?:万)?(?:人次|家次|辆次|台次|场次|批次|车次|次|件|个|家|名|人|项|份|辆|台|条|场|批|起|卷|篇|部|所|处|块|本|期|吨|公里|千米|座|宗|户|套|张|册|万))`,
      'g',
    ),
  },
];

/**
 * What one check lists at most, and how much of a sentence each figure carries. A penetration test
 * (stop 53) sent one "sentence" of 33,000 figures (99 KB): each came back with the whole sentence,
 * an answer of gigabytes that held an API process for 25 s and ended in a 500. A real report quotes
 * a few hundred figures in sentences of a few hundred characters.
 */
export const MAX_FIGURES = 1000;
export const SENTENCE_CHARS = 200;
const AROUND = 80;

/** The sentence, or for a long one the words around the figure, marked cut with …. */
function sentenceAround(sentence: string, start: number, end: number): string {
  if (sentence.length <= SENTENCE_CHARS) return sentence.trim();
  const from = Math.max(0, start - AROUND);
  const to = Math.min(sentence.length, end + AROUND);
  return `${from > 0 ? '…' : ''}${sentence.slice(from, to).trim()}${to < sentence.length ? '…' : ''}`;
}

/** Sentences of a text with their offsets; a sentence ends at 。！？；or a line break. */
function sentences(text: string): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  const re = /[^。！？!?；;\n]+[。！？!?；;]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim() !== '') out.push({ text: m[0], offset: m.index });
  }
  return out;
}

/** Figures in one text, in order of appearance. */
export function findFigures(text: string, section: SectionKey): Figure[] {
  const figures: Figure[] = [];
  for (const s of sentences(text)) {
    // One flag per character: a match overlapping an earlier one is skipped in the match's length,
    // not by comparing it with every earlier match (quadratic in a sentence of many figures).
    const taken = new Uint8Array(s.text.length);
    // Full-width digits (１２件) are folded so they match; only when that keeps offsets valid.
    const folded = s.text.normalize('NFKC');
    const norm = folded.length === s.text.length ? folded : s.text;
    for (const { kind, re } of PATTERNS) {
      re.lastIndex = 0;
      for (let m = re.exec(norm); m; m = re.exec(norm)) {
        const start = m.index;
        const end = start + m[0].length;
        const before = norm.slice(Math.max(0, start - 3), start);
        // "第22条" is a reference, "2.5" inside "12.5" or "[2017]58号" a fragment of another number.
        if (/第\s*$|[\d.]$|\d[,，]$/.test(before)) continue;
        if (taken.subarray(start, end).includes(1)) continue;
        taken.fill(1, start, end);
        const unit = kind === 'percent' ? '%' : m[3];
        figures.push({
          value: Number(m[1].replace(/[,，]/g, '')),
          unit,
          kind,
          approximate: m[2] === '余' || m[2] === '多' || /(约|近|超过)$/.test(before),
          text: m[0].replace(/\s+/g, ''),
          sentence: sentenceAround(s.text, start, end),
          section,
          offset: s.offset + start,
        });
      }
    }
  }
  return figures.sort((a, b) => a.offset - b.offset);
}

/** Figures in all sections, in statutory order: the first MAX_FIGURES of them. */
export function listFigures(sections: ReportSections): Figure[] {
  return SECTION_KEYS.flatMap((key) => findFigures(sections[key], key)).slice(0, MAX_FIGURES);
}
