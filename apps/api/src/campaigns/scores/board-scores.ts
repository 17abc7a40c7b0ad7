import type { StatutoryItem } from '@app/content';
import { unitCampaignFactsOf, type FactsInput, type UnitCampaignFacts } from './campaign-facts';
import type { ScoringRule } from './scoring-rule';
import { scoreOf } from './unit-score';

/** A board row's facts, score and reasons under the campaign's rule (same order as the rows). */
export interface ScoredFacts {
  facts: UnitCampaignFacts;
  score: number;
  scoreReasons: string[];
  /** Not scored yet: see UnitScore.pending. */
  scorePending: boolean;
}

export function scoredFactsOf(
  rows: ReadonlyArray<Omit<FactsInput, 'missingItems'> & { reportId: string }>,
  rule: ScoringRule,
  missingItems: ReadonlyMap<string, StatutoryItem[]>,
): ScoredFacts[] {
  const none: StatutoryItem[] = [];
  return rows.map((row) => {
    // The fields the facts read, not a copy of the whole board row (3,000 of them per board).
    const facts = unitCampaignFactsOf({
      unit: row.unit,
      submitted: row.submitted,
      progress: row.progress,
      extended: row.extended,
      lateness: row.lateness,
      disclosure: row.disclosure,
      returnCount: row.returnCount,
      missingItems: missingItems.get(row.reportId) ?? none,
    });
    const { score, reasons, pending } = scoreOf(facts, rule);
    return { facts, score, scoreReasons: reasons, scorePending: pending };
  });
}
