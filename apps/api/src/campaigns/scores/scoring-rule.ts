/**
 * The scoring rule (评分规则) a campaign may carry: points to start from and what each fact costs.
 * Stored with the campaign; without one, DEFAULT_SCORING_RULE applies (docs/campaigns.md).
 */
export interface ScoringRule {
  /** 基础分. */
  basePoints: number;
  /** 逾期报送: per working day late against the notice's date. */
  perWorkingDayLate: number;
  /**
   * 未报送: the points of submission. Lateness never costs more than this, so a late unit never
   * scores below one that did not submit at all.
   */
  notSubmitted: number;
  /** 未按期公开: not published, or published after the campaign's disclosure date. */
  notPublishedByDisclosureDate: number;
  /** 内容不完整: per statutory item missing from the submitted report. */
  perMissingItem: number;
  /** 多次退回: per return beyond the first. */
  perReturnBeyondFirst: number;
}

export const DEFAULT_SCORING_RULE: ScoringRule = {
  basePoints: 100,
  perWorkingDayLate: 2,
  notSubmitted: 10,
  notPublishedByDisclosureDate: 5,
  perMissingItem: 2,
  perReturnBeyondFirst: 1,
};

/** The highest base a rule may set: a figure people score in. */
export const MAX_BASE_POINTS = 1000;

export const SCORING_RULE_KEYS = [
  'basePoints',
  'perWorkingDayLate',
  'notSubmitted',
  'notPublishedByDisclosureDate',
  'perMissingItem',
  'perReturnBeyondFirst',
] as const satisfies ReadonlyArray<keyof ScoringRule>;

/**
 * What is wrong with a rule, one sentence per field (empty: valid). Whole points only (a 通报 quotes
 * them, and half points invite arguments about rounding); no deduction larger than the base.
 */
export function scoringRuleViolations(rule: ScoringRule): string[] {
  const violations: string[] = [];
  for (const key of SCORING_RULE_KEYS) {
    const value = rule[key];
    const min = key === 'basePoints' ? 1 : 0;
    const max = key === 'basePoints' ? MAX_BASE_POINTS : rule.basePoints;
    if (!Number.isInteger(value) || value < min || value > max)
      violations.push(`${key} must be a whole number from ${min} to ${max}, not ${value}`);
  }
  return violations;
}
