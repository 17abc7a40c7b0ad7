/**
 * Which line of a section is its top-level heading, and what is printed for it. A pasted draft keeps its own
 * heading line ("三、存在的不足及原因"): its wording becomes the section's title, numbered by the position the
 * section is printed in, and the line is not printed again as text. Top-level headings further down a section
 * ("extras") are numbered on from there, so the document's 一、二、三… never repeat or skip; the check before
 * export lists them with a fix.
 */
import { classifyHeading } from '../classify';
import { HeadingLine, scanHeadings } from '../headings';
import { normalizeLine, toCnNumber } from '../normalize';
import { isStatutoryWording, SECTION_ITEM, SectionKey } from '../types';

export interface TopHeading {
  /** 0-based index of the heading's first line in the lines given. */
  index: number;
  /** Every line the heading spans (more than one when it was split by a page break). */
  lines: number[];
  /** The heading as written (lines joined). */
  written: string;
  /** The wording without its number: what is printed after the positional number. */
  wording: string;
  /** The number the drafter wrote (三、 -> 3), when there is one. */
  writtenNumber?: number;
}

export interface SectionHeadings {
  /** The drafter's own heading for the section, or undefined when the statutory name is printed. */
  own?: TopHeading;
  /** Further top-level headings inside the section, after the own heading. */
  extras: TopHeading[];
}

// A numeral only counts with its punctuation ("一年来" is wording); 第一部分 may stand without.
const NUMBER_PREFIX =
  /^[\s\u3000]*(?:\*\*|__)?\s*(?:#{1,6}\s+)?(?:第[一二三四五六七八九十]{1,3}部分\s*[、.．:：]?|[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|[、.．])?\s*/;

/**
 * "三、存在的不足及原因" -> "存在的不足及原因"; markdown emphasis around it is dropped too, and the
 * number of a sub-heading that became the section's heading ("（五）切实履行…", item 3 found inside
 * item 1, printed "三、（五）切实履行…": a test with real reports, stop 43).
 */
export function headingWording(written: string): string {
  return written
    .replace(NUMBER_PREFIX, '')
    .replace(/\s*(\*\*|__)\s*$/, '')
    .trim();
}

function topHeading(lines: string[], h: HeadingLine): TopHeading {
  const written = h.lines.map((i) => lines[i].trim()).join('');
  return {
    index: h.index,
    lines: h.lines,
    written,
    wording: headingWording(written),
    writtenNumber: h.number,
  };
}

/**
 * A first line without a number that names the section ("存在的不足和原因", "下一步工作打算"): short, no
 * sentence, and classified to this very item. Printing the statutory heading above it would say it twice.
 */
function namesTheSection(key: SectionKey, line: string): boolean {
  const norm = normalizeLine(line);
  // The statutory wording first: item 3's has a comma and is longer than a short heading.
  if (norm !== '' && isStatutoryWording(SECTION_ITEM[key], norm)) return true;
  if (norm === '' || norm.length > 30 || /[。；;！!？?：:，,]/.test(norm)) return false;
  const classified = classifyHeading(norm);
  return classified?.item === SECTION_ITEM[key] && classified.confidence >= 0.9;
}

/** How far into item 1 (in lines) its unnumbered heading is looked for: past an addressee and an introduction. */
const PREAMBLE_LINES = 6;

/** `lines` are the section's lines (blank ones allowed); item 1 may start with a preamble before its heading. */
export function sectionHeadings(key: SectionKey, lines: string[]): SectionHeadings {
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return { extras: [] };
  // As in the import: find the first top-level heading before looking for unnumbered ones, so the preamble is
  // never read as headings.
  const tops = scanHeadings(lines, { bareFrom: lines.length }).filter((h) => h.level === 1 && h.column === 0);
  const top = tops[0];
  let own: TopHeading | undefined;
  if (top && (key === 'measures' || top.index === first)) own = topHeading(lines, top);
  else if (key !== 'measures' && !top?.lines.includes(first) && namesTheSection(key, lines[first]))
    own = {
      index: first,
      lines: [first],
      written: lines[first].trim(),
      wording: headingWording(lines[first]),
    };
  else if (key === 'measures' && !top) {
    // Item 1 opens with the introduction; its unnumbered heading ("主要举措和成效") follows it. Printed
    // as the section's heading after the introduction, not a generated one before it and this again.
    const named = lines.findIndex((line, i) => i <= first + PREAMBLE_LINES && namesTheSection(key, line));
    if (named >= 0)
      own = { index: named, lines: [named], written: lines[named].trim(), wording: lines[named].trim() };
  }
  const extras = tops
    .filter((h) => h !== top || !own || own.index !== h.index)
    .filter((h) => own === undefined || h.index > own.index)
    .map((h) => topHeading(lines, h));
  return { own, extras };
}

/** The printed top-level heading: the position's number and the wording. */
export function numberedHeading(position: number, wording: string): string {
  return `${toCnNumber(position)}、${wording}`;
}
