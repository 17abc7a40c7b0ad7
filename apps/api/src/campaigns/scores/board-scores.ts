import type { StatutoryItem } from '@app/content';
import { unitCampaignFactsOf, type FactsInput, type UnitCampaignFacts } from './campaign-facts';
import type { ScoringRule } from './scoring-rule';
import { scoreOf } from './unit-score';

/** A board row's facts, score and reasons under the campaign's rule (same order as the rows). */
export interface ScoredFacts {
  facts: UnitCampaignFacts;
  score: number;
  scoreReasons: string[];
}

export function scoredFactsOf(
  rows: ReadonlyArray<Omit<FactsInput, 'missingItems'> & { reportId: string }>,
  rule: ScoringRule,
  missingItems: ReadonlyMap<string, StatutoryItem[]>,
): ScoredFacts[] {
  return rows.map((row) => {
    const facts = unitCampaignFactsOf({ ...row, missingItems: missingItems.get(row.reportId) ?? [] });
    const { score, reasons } = scoreOf(facts, rule);
    return { facts, score, scoreReasons: reasons };
  });
}
