import { catalogued, type ErrorCatalogue } from '@app/common';

/** Codes of campaign scores (得分) and their scoring rule (评分规则). */
export const SCORE_ERROR_CODES = {
  SCORING_RULE_INVALID: {
    status: 400,
    meaning:
      'A scoring rule field is out of bounds (whole points; base 1-1000; no deduction above the base); `details.violations` names each',
  },
  SCORING_RULE_STALE_VERSION: {
    status: 409,
    meaning: 'Someone changed the scoring rule first; `details.currentVersion` is the version to reload',
  },
} as const satisfies ErrorCatalogue;

const fail = (code: keyof typeof SCORE_ERROR_CODES, message: string, details?: Record<string, unknown>) =>
  catalogued(SCORE_ERROR_CODES, code, message, details);

export const ScoreErrors = {
  ruleInvalid: (violations: string[]) =>
    fail('SCORING_RULE_INVALID', `The scoring rule is out of bounds: ${violations.join('; ')}`, {
      violations,
    }),
  staleVersion: (currentVersion: number) =>
    fail(
      'SCORING_RULE_STALE_VERSION',
      `Someone else changed the scoring rule first: it is now at version ${currentVersion}; reload and try again`,
      { currentVersion },
    ),
};
