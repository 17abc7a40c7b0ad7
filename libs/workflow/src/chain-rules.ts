import { findState } from './graph';
import type { WorkflowDefinition } from './types';

/**
 * What a campaign may demand of the chain a unit chooses for its report (issue #17 item 5): the
 * unit picks its own internal stages, the campaign sets the floor.
 */
export interface ChainRules {
  /** 集体审议: a step records the deliberation meeting (the regulation's floor, on by default). */
  deliberation?: boolean;
  /** 法律顾问审查: the legal adviser's stage is part of the chain. */
  legalReview?: boolean;
  /** 主要负责人签发: the principal leader signs off before dispatch. */
  signOff?: boolean;
}

const REQUIREMENTS: Array<{
  rule: keyof ChainRules;
  met: (def: WorkflowDefinition) => boolean;
  says: string;
}> = [
  {
    rule: 'deliberation',
    met: (def) => def.transitions.some((t) => t.requiredFields?.includes('minutesNumber')),
    says: 'a deliberation (集体审议) that records the meeting',
  },
  {
    rule: 'legalReview',
    met: (def) => findState(def, 'legal_review') !== undefined,
    says: 'the legal adviser’s review (法律顾问审查)',
  },
  {
    rule: 'signOff',
    met: (def) => def.transitions.some((t) => t.records?.includes('record_sign_off')),
    says: 'the principal leader’s sign-off (主要负责人签发)',
  },
];

/** Every rule the definition breaks, as sentences naming what is missing; empty means allowed. */
export function chainRuleProblems(
  def: WorkflowDefinition,
  rules: ChainRules,
  requiredBy = 'the campaign',
): string[] {
  return REQUIREMENTS.filter(({ rule, met }) => rules[rule] === true && !met(def)).map(
    ({ says }) => `${def.id} v${def.version} lacks ${says}, which ${requiredBy} requires`,
  );
}

/** The safeguards a definition has, as the rules a unit's own chain must keep under it. */
export function chainRulesOf(def: WorkflowDefinition): ChainRules {
  return Object.fromEntries(REQUIREMENTS.map(({ rule, met }) => [rule, met(def)]));
}

/** What any chain a unit chooses must have (厅字〔2019〕28号 in practice): deliberation and sign-off. */
export const REGULATION_FLOOR: ChainRules = { deliberation: true, signOff: true };

/**
 * The definition a unit's new report follows: the unit's chosen chain when it keeps every rule the
 * campaign sets (stored on the campaign; by default the safeguards of the campaign's definition),
 * else the campaign's definition. Only a review path is replaced (one with a deliberation), never
 * e.g. the archive of imported reports.
 */
export function definitionForUnit(
  campaignDefinition: WorkflowDefinition,
  unitsChoice: WorkflowDefinition | null,
  campaignRules: ChainRules = chainRulesOf(campaignDefinition),
): WorkflowDefinition {
  if (!unitsChoice || !chainRulesOf(campaignDefinition).deliberation) return campaignDefinition;
  const problems = chainRuleProblems(unitsChoice, campaignRules);
  return problems.length === 0 ? unitsChoice : campaignDefinition;
}
