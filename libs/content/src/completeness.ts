/**
 * Completeness check (形式审查) before a report leaves the unit: the five items are there and not trivially
 * short, the year is the campaign's, the unit is the unit, the heading numbering is consistent; and the
 * figures the report quotes are listed for the reviewer. Form only: it does not judge content.
 * `passed` means no error-severity finding; warnings and infos are for the drafter to look at.
 */
import { Figure, listFigures } from './figures';
import { looksLikeSignatureLine, scanHeadings } from './headings';
import { compareUnitNames, extractMeta, splitUnitName, type TextMeta } from './meta';
import { compact, normalizeLine } from './normalize';
import { markerProblemZh, withholdMarkerProblems, withMarkersBlanked } from './export/disclosure';
import { checkNumbering } from './numbering';
import {
  Finding,
  ITEM_SECTION,
  ReportSections,
  SECTION_ITEM,
  SECTION_KEYS,
  SectionKey,
  StatutoryItem,
  TextLocation,
  itemLabel,
} from './types';

export interface CompletenessOptions {
  /** The campaign's report year (the year reported on, e.g. 2023 for reports due in early 2024). */
  campaignYear: number;
  /** The unit's registered name. */
  unitName: string;
  /** The full text as pasted, if available: title and signature are then read from it. */
  fullText?: string;
  /**
   * The report's own title (the console keeps it in a field of its own, outside the five sections):
   * read for the year and unit when the text carries no title line.
   */
  title?: string;
}

export interface CheckResult {
  passed: boolean;
  findings: Finding[];
  figures: Figure[];
}

/** Below this many characters (headings not counted) an item is "trivially short": an error. */
const TRIVIAL_CHARS = 20;
/** Below this many an item is thin: a warning. Item 1 reports a year's work, so it gets more. */
const MIN_CHARS: Record<StatutoryItem, number> = { 1: 200, 2: 50, 3: 50, 4: 50, 5: 0 };

/** Characters of content: top-level heading lines and signature lines do not count, nor do punctuation/spaces. */
function contentChars(text: string): number {
  const lines = text.split('\n');
  const tops = new Set(
    scanHeadings(lines, { bareFrom: lines.length })
      .filter((h) => h.level === 1 && h.column === 0)
      .flatMap((h) => h.lines),
  );
  return lines
    .filter((line, i) => !tops.has(i) && !looksLikeSignatureLine(normalizeLine(line)))
    .join('')
    .replace(/[^\p{L}\p{N}]/gu, '').length;
}

/** The statutory items (1-4) whose section is missing: blank. */
export const CHECKED_ITEMS: readonly StatutoryItem[] = [1, 2, 3, 4];

/**
 * Whether a section's text counts as a missing item (item_missing): nothing but white space. The
 * one rule for the check below and for the board, which asks only this of thousands of texts.
 */
export function isSectionBlank(text: string): boolean {
  return text.trim() === '';
}

/**
 * Items reports often write together under one heading (存在的问题及下一步工作计划), which the import
 * files under one of them: the other is then missing, and its finding names the heading that holds
 * it, or a drafter who wrote the problems reads that they did not (QA, stop 56).
 */
const OFTEN_MERGED: Partial<Record<StatutoryItem, { with: StatutoryItem; words: RegExp }>> = {
  2: { with: 4, words: /问题|不足|短板|差距/ },
  4: { with: 2, words: /下一步|计划|打算|安排|思路/ },
};

function mergedInto(
  item: StatutoryItem,
  sections: ReportSections,
): { item: StatutoryItem; heading: string } | undefined {
  const merged = OFTEN_MERGED[item];
  if (!merged) return undefined;
  const heading = sections[ITEM_SECTION[merged.with]]
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '');
  if (!heading || heading.length > 60 || !merged.words.test(heading)) return undefined;
  return { item: merged.with, heading };
}

function checkItems(sections: ReportSections): Finding[] {
  const findings: Finding[] = [];
  for (const item of CHECKED_ITEMS) {
    const text = sections[ITEM_SECTION[item]];
    const chars = contentChars(text);
    if (isSectionBlank(text)) {
      const merged = mergedInto(item, sections);
      findings.push({
        item,
        severity: 'error',
        code: 'item_missing',
        message: merged
          ? `缺少${itemLabel(item)}；${itemLabel(merged.item)}的标题“${merged.heading}”也写了这部分内容，如两项合写，请把这部分移到${itemLabel(item)}（法定五项须分项报告）`
          : `缺少${itemLabel(item)}`,
      });
    } else if (chars < TRIVIAL_CHARS) {
      findings.push({
        item,
        severity: 'error',
        code: 'item_too_short',
        message: `${itemLabel(item)}内容过少（正文仅${chars}字），请补充`,
      });
    } else if (chars < MIN_CHARS[item]) {
      findings.push({
        item,
        severity: 'warning',
        code: 'item_short',
        message: `${itemLabel(item)}内容较少（正文${chars}字），请核对是否完整`,
      });
    }
  }
  if (contentChars(sections.other) === 0) {
    findings.push({
      item: 5,
      severity: 'info',
      code: 'item_empty_optional',
      message: `未填写${itemLabel(5)}；如无其他需要报告的情况，可不填`,
    });
  }
  return findings;
}

/** Where a (normalized) phrase is, in the full text or the first section that contains it. */
function find(phrase: string, sections: ReportSections, fullText?: string): TextLocation | undefined {
  const excerpt = phrase.slice(0, 40);
  if (fullText !== undefined) {
    const offset = fullText.normalize('NFKC').indexOf(phrase);
    return offset < 0 ? undefined : { section: 'fullText', offset, excerpt };
  }
  for (const section of SECTION_KEYS) {
    const offset = sections[section].normalize('NFKC').indexOf(phrase);
    if (offset >= 0) return { section, offset, excerpt };
  }
  return undefined;
}

/** Years named in each section's top-level headings ("一、2023年度推进…"). */
function headingYears(sections: ReportSections, key: SectionKey): Array<{ year: number; title: string }> {
  const lines = sections[key].split('\n');
  return scanHeadings(lines, { bareFrom: lines.length })
    .filter((h) => h.level === 1 && h.column === 0)
    .flatMap((h) =>
      [...h.title.matchAll(/(20\d{2})\s*年/g)].map((m) => ({ year: Number(m[1]), title: h.title })),
    );
}

function checkYear(
  sections: ReportSections,
  options: CompletenessOptions,
  title?: string,
  year?: number,
): Finding[] {
  const { campaignYear, fullText } = options;
  const findings: Finding[] = [];
  const first = headingYears(sections, 'measures')[0];
  const stated = year ?? first?.year;
  const where =
    year !== undefined && title ? find(title, sections, fullText) : first && find(first.title, sections);
  if (stated === undefined) {
    findings.push({ severity: 'warning', code: 'year_not_found', message: '标题中未写明报告年度，请核对' });
  } else if (stated !== campaignYear) {
    findings.push({
      severity: 'error',
      code: 'year_mismatch',
      message: `报告年度为${stated}年，与报送任务的年度（${campaignYear}年）不一致`,
      location: where,
    });
  }
  for (const key of ['measures', 'shortcomings', 'leadersDuty'] as SectionKey[]) {
    for (const h of headingYears(sections, key).filter((y) => y.year !== campaignYear && y.year !== stated)) {
      findings.push({
        severity: 'warning',
        code: 'heading_year_mismatch',
        message: `标题“${h.title.slice(0, 30)}”中的年份（${h.year}年）与报送任务的年度（${campaignYear}年）不一致`,
        location: find(h.title, sections),
      });
    }
  }
  const plan = headingYears(sections, 'nextYearPlan');
  if (plan.length > 0 && !plan.some((p) => p.year === campaignYear + 1)) {
    findings.push({
      item: 4,
      severity: 'warning',
      code: 'plan_year_mismatch',
      message: `第四项标题中的年份（${plan[0].year}年）应为下一年度（${campaignYear + 1}年）`,
      location: find(plan[0].title, sections),
    });
  }
  return findings;
}

function checkUnit(sections: ReportSections, options: CompletenessOptions, written: string[]): Finding[] {
  const { unitName, fullText } = options;
  if (written.length === 0) {
    const text = compact(fullText ?? SECTION_KEYS.map((k) => sections[k]).join(''));
    const { place, dept } = splitUnitName(unitName);
    if (text.includes(compact(unitName)) || (place !== '' && text.includes(place + dept))) return [];
    return [
      {
        severity: 'warning',
        code: 'unit_not_found',
        message: `标题和落款中未找到本单位名称“${unitName}”，请核对`,
      },
    ];
  }
  return written.flatMap((name): Finding[] => {
    const cmp = compareUnitNames(name, unitName);
    if (cmp === 'same') return [];
    return [
      cmp === 'different'
        ? {
            severity: 'error',
            code: 'unit_mismatch',
            message: `报告中的单位名称“${name}”与本单位“${unitName}”不一致`,
            location: find(name, sections, fullText),
          }
        : {
            severity: 'warning',
            code: 'unit_name_variant',
            message: `报告中的单位名称“${name}”与登记名称“${unitName}”写法不同，请核对`,
            location: find(name, sections, fullText),
          },
    ];
  });
}

const CN_YEAR_DIGITS = '〇一二三四五六七八九';

/** "二〇二六年度" -> 2026: titles written in Chinese numerals (公文 style) state the year too. */
function chineseNumeralYear(title: string): number | undefined {
  const m = /([〇零一二三四五六七八九]{4})\s*年/.exec(title);
  return m ? Number([...m[1]].map((c) => CN_YEAR_DIGITS.indexOf(c === '零' ? '〇' : c)).join('')) : undefined;
}

/** The year a title states, in Arabic or Chinese numerals. */
const titleYear = (meta: TextMeta): number | undefined =>
  meta.year ?? (meta.title ? chineseNumeralYear(meta.title) : undefined);

/**
 * Title, unit and year as the text states them; what the text leaves unsaid (usually all of it:
 * the console keeps the title in its own field) is read from the report's own title.
 */
function readMeta(sections: ReportSections, options: CompletenessOptions): TextMeta {
  const fromText = extractMeta(options.fullText ?? SECTION_KEYS.map((k) => sections[k]).join('\n\n'));
  const own: TextMeta = options.title?.trim() ? extractMeta(options.title.trim()) : {};
  const textYear = titleYear(fromText);
  const ownYear = titleYear(own);
  return {
    title: textYear === undefined && ownYear !== undefined ? own.title : (fromText.title ?? own.title),
    titleUnit: fromText.titleUnit ?? own.titleUnit,
    signatureUnit: fromText.signatureUnit,
    year: textYear ?? ownYear,
  };
}

/**
 * Bump when a rule above changes what `passed` means: a verdict stored with a revision under an
 * older version is then no longer trusted, and that revision is checked again when submitted.
 */
export const COMPLETENESS_RULES_VERSION = 10;

/**
 * What a verdict depends on besides the revision's own text and title (which never change once
 * saved): the rules, the report year and the unit's registered name (a unit may be renamed).
 */
export function completenessBasis(options: Pick<CompletenessOptions, 'campaignYear' | 'unitName'>): string {
  return `${COMPLETENESS_RULES_VERSION}|${options.campaignYear}|${options.unitName}`;
}

/** The first marker problems are enough to find and fix; a text of stray markers would list thousands. */
const MARKER_FINDINGS_SHOWN = 20;

/**
 * 【不予公开】 markers that do not pair up or cannot be read: an error here, before the report leaves
 * the unit. The public version is refused while they stand (保密审查 and its export, 422), and found
 * only there, after dispatch, a fix cost a return, a new sign-off and a new 文号 (scenario test,
 * stop 49). The same reading as the export's (withholdMarkerProblems), so the two never disagree.
 */
function checkWithholdMarkers(stored: ReportSections, title: string | undefined): Finding[] {
  const problems = withholdMarkerProblems({ title: title ?? '', sections: stored });
  const shown = problems.slice(0, MARKER_FINDINGS_SHOWN).map((p): Finding => ({
    ...(p.where === 'title' ? {} : { item: SECTION_ITEM[p.where] }),
    severity: 'error',
    code: 'withhold_marker_invalid',
    message: `不予公开标记有误（公开版将无法生成）：${markerProblemZh(p)}`,
    ...(p.where === 'title'
      ? {}
      : { location: { section: p.where, offset: lineOffset(stored[p.where], p.line), excerpt: p.near } }),
  }));
  const more = problems.length - shown.length;
  return more > 0
    ? [
        ...shown,
        {
          severity: 'error',
          code: 'withhold_marker_invalid',
          message: `另有${more}处不予公开标记有误，请逐一修改`,
        },
      ]
    : shown;
}

/** Where a 1-based line starts in a text. */
function lineOffset(text: string, line: number): number {
  let offset = 0;
  for (let i = 1; i < line; i++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) break;
    offset = next + 1;
  }
  return offset;
}

export function checkCompleteness(stored: ReportSections, options: CompletenessOptions): CheckResult {
  // Read through the 不予公开 markers: what they enclose is checked like any other text.
  const sections = Object.fromEntries(
    SECTION_KEYS.map((k) => [k, withMarkersBlanked(stored[k])]),
  ) as ReportSections;
  const meta = readMeta(sections, options);
  const written = [...new Set([meta.titleUnit, meta.signatureUnit].filter((u) => u !== undefined))];
  const findings = [
    ...checkWithholdMarkers(stored, options.title),
    ...checkItems(sections),
    ...checkYear(sections, options, meta.title, meta.year),
    ...checkUnit(sections, options, written),
    ...checkNumbering(sections),
  ];
  return { passed: !findings.some((f) => f.severity === 'error'), findings, figures: listFigures(sections) };
}
