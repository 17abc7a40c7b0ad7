/**
 * Follow-through check: did this year's report (item 1, and item 3 which drafters often write inside it)
 * report on each item of last year's plan (item 4)? For each planned item, the passages (sentences) of this
 * year's report that share key phrases with the planned item's heading and first sentence, or "not reported".
 * The score is the number of distinctive shared characters, so the evidence explains the verdict.
 */
import { scanHeadings, HeadingLine } from './headings';
import { asWritten, normalizeLine } from './normalize';
import { distinctiveParts, PhraseTarget } from './phrases';
import { ReportSections, SectionKey } from './types';

export interface PlannedItem {
  /** 1-based position in last year's plan. */
  index: number;
  /** The planned item's heading (or first sentence when the plan has no sub-headings). */
  heading: string;
  /** Heading + first sentence: the text that is matched. */
  keyText: string;
}

export interface Evidence {
  section: SectionKey;
  /** Offset of the passage in the section text. */
  offset: number;
  excerpt: string;
  /** Phrases the passage shares with the planned item (boilerplate-only phrases left out). */
  sharedPhrases: string[];
  score: number;
}

export interface FollowThroughEntry {
  plannedItem: PlannedItem;
  evidence: Evidence[];
  status: 'reported' | 'not_reported';
}

export interface FollowThroughOptions {
  /** Distinctive shared characters a passage needs to count as reporting on a planned item. */
  minScore?: number;
  /** Passages listed per planned item, best first. */
  maxEvidence?: number;
}

/**
 * Work (see followThroughWork) beyond which the check is refused: it runs on the API's event loop, and any
 * reader can repeat it. The worst case per unit is a planned item whose key text shares many short phrases
 * with every passage (about 1.1 µs of CPU per unit on the 2-core test machine, see BENCHMARKS.md), so this
 * bound keeps one check under about half a second at worst, once per pair of revisions (the API keeps the
 * answer: follow-through-answers.ts). The real reports in fixtures/reports need at most 57,000; the
 * margin is for a long prefecture report with a long plan, which must not be refused. It was 6,000,000
 * (then in characters compared per pair): a report within the save limits cost 2 s per GET, every GET.
 */
export const MAX_FOLLOW_THROUGH_WORK = 500_000;

/** Last year's plan and this year's report are too long to compare item by passage. */
export class FollowThroughTooLargeError extends Error {
  constructor(
    readonly plannedItems: number,
    readonly passages: number,
  ) {
    super(`${plannedItems} planned items against ${passages} passages is too much to compare`);
  }
}

const DEFAULTS: Required<FollowThroughOptions> = { minScore: 3, maxEvidence: 3 };

const firstSentence = (text: string): string => /^[^。；;!！?？]*[。；;!！?？]?/.exec(text.trim())?.[0] ?? '';

/**
 * The items of a plan: its sub-headings of the highest level under the section heading ((一)…(六)); without
 * sub-headings, its paragraphs.
 */
export function plannedItems(plan: string): PlannedItem[] {
  const lines = plan.split('\n');
  const norms = lines.map(normalizeLine);
  const first = scanHeadings(lines, { bareFrom: lines.length }).find((h) => h.level === 1 && h.column === 0);
  const subs = scanHeadings(lines, { bareFrom: first ? first.index + 1 : 0 }).filter((h) => h.level > 1);
  const level = Math.min(...subs.map((h) => h.level));
  const items: HeadingLine[] = subs.filter((h) => h.level === level);
  if (items.length === 0) {
    return lines
      .filter((_, i) => norms[i] !== '' && i !== first?.index)
      .map((line, k) => {
        const sentence = firstSentence(line);
        return { index: k + 1, heading: sentence, keyText: sentence };
      });
  }
  return items.map((h, k) => {
    // First sentence of the body: on the heading's line after the title, else the next non-blank line.
    const nextIndex = norms.findIndex((n, i) => i > h.index && n !== '');
    const bodyOnNextLine = h.rest === '' && nextIndex > 0 && items[k + 1]?.index !== nextIndex;
    const bodyRaw = h.rest !== '' ? lines[h.index] : bodyOnNextLine ? lines[nextIndex] : '';
    const body = h.rest !== '' ? h.rest : bodyOnNextLine ? norms[nextIndex] : '';
    const heading = asWritten(lines[h.index], h.title);
    return { index: k + 1, heading, keyText: `${heading}。${asWritten(bodyRaw, firstSentence(body))}` };
  });
}

interface Passage {
  section: SectionKey;
  offset: number;
  text: string;
}

/** Sentences of this year's measures and leaders' duty; the preamble (before the first 一、) is skipped. */
function passages(sections: ReportSections): Passage[] {
  const out: Passage[] = [];
  for (const section of ['measures', 'leadersDuty'] as SectionKey[]) {
    const text = sections[section];
    const lines = text.split('\n');
    const first = scanHeadings(lines, { bareFrom: lines.length }).find(
      (h) => h.level === 1 && h.column === 0,
    );
    const start = first ? lines.slice(0, first.index).reduce((n, l) => n + l.length + 1, 0) : 0;
    const re = /[^。；;!！?？\n]+[。；;!！?？]?/g;
    re.lastIndex = start;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].trim() !== '') out.push({ section, offset: m.index, text: m[0] });
    }
  }
  return out;
}

const PARTICLES = new Set('的和了等及与并');

/** Not /^[的…]+|[的…]+$/g: retried at every particle of a long run, that regex is quadratic. */
function withoutDanglingParticles(phrase: string): string {
  let from = 0;
  let to = phrase.length;
  while (from < to && PARTICLES.has(phrase[from])) from++;
  while (to > from && PARTICLES.has(phrase[to - 1])) to--;
  return phrase.slice(from, to);
}

/** Shared phrases of a planned item and a passage, and the score (distinctive characters beyond the first). */
function compare(keyText: string, passage: PhraseTarget): { sharedPhrases: string[]; score: number } {
  const shared = passage.sharedWith(keyText).filter((p) => distinctiveParts(p).length > 0);
  const parts = [...new Set(shared.flatMap(distinctiveParts))];
  // Shown without dangling particles: "的共性问题和个性问题" -> "共性问题和个性问题".
  const sharedPhrases = [...new Set(shared.map(withoutDanglingParticles))];
  return { sharedPhrases, score: parts.reduce((n, p) => n + p.length - 1, 0) };
}

/**
 * What comparing a plan with a report costs, in the units MAX_FOLLOW_THROUGH_WORK bounds: each passage's
 * characters are indexed once, every planned item's key text is matched against every passage, and each
 * (item, passage) pair has a set-up. Measured, a unit of each of the three costs about the same at worst.
 */
export function followThroughWork(lastYear: ReportSections, thisYear: ReportSections): number {
  return workOf(plannedItems(lastYear.nextYearPlan), passages(thisYear));
}

function workOf(items: PlannedItem[], candidates: Passage[]): number {
  return (
    candidates.reduce((n, p) => n + p.text.length, 0) +
    candidates.length * items.reduce((n, i) => n + i.keyText.length, 0) +
    items.length * candidates.length
  );
}

interface Scored {
  p: Passage;
  sharedPhrases: string[];
  score: number;
}

export function checkFollowThrough(
  lastYear: ReportSections,
  thisYear: ReportSections,
  options: FollowThroughOptions = {},
): FollowThroughEntry[] {
  const { minScore, maxEvidence } = { ...DEFAULTS, ...options };
  const candidates = passages(thisYear);
  const items = plannedItems(lastYear.nextYearPlan);
  if (workOf(items, candidates) > MAX_FOLLOW_THROUGH_WORK)
    throw new FollowThroughTooLargeError(items.length, candidates.length);
  // Passage by passage, so that one passage's index is alive at a time; each item's list stays in passage order.
  const scored: Scored[][] = items.map(() => []);
  for (const p of candidates) {
    const target = new PhraseTarget(p.text);
    items.forEach((item, k) => {
      const e = compare(item.keyText, target);
      if (e.score >= minScore) scored[k].push({ p, ...e });
    });
  }
  return items.map((plannedItem, k) => {
    const evidence = scored[k]
      .sort((a, b) => b.score - a.score || a.p.offset - b.p.offset)
      .slice(0, maxEvidence)
      .map(({ p, sharedPhrases, score }) => ({
        section: p.section,
        offset: p.offset,
        excerpt: p.text.trim(),
        sharedPhrases,
        score,
      }));
    return { plannedItem, evidence, status: evidence.length > 0 ? 'reported' : 'not_reported' };
  });
}
