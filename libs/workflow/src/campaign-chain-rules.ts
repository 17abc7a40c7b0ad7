import { chainRuleProblems, chainRulesOf, REGULATION_FLOOR, type ChainRules } from './chain-rules';
import type { WorkflowDefinition } from './types';

/** The three rules, each stated (true: required, false: the unit may leave it out). */
export type StatedChainRules = Required<ChainRules>;
export type ChainRuleName = keyof ChainRules;

export const CHAIN_RULE_NAMES: readonly ChainRuleName[] = ['deliberation', 'legalReview', 'signOff'];

/** The words a drafter or an issuer reads for each rule (内部审核流程要求). */
export const CHAIN_RULE_LABELS: Readonly<Record<ChainRuleName, string>> = {
  deliberation: '集体审议',
  legalReview: '法律顾问审查',
  signOff: '主要负责人签发',
};

/** One refusal of the rules a campaign states, naming the request field (`chainRules.legalReview`). */
export interface ChainRuleProblem {
  field: `chainRules.${ChainRuleName}`;
  message: string;
}

export interface CampaignChainRulesInput {
  /** The path the campaign's reports start on when the unit's own chain does not qualify. */
  definition: WorkflowDefinition;
  /** What the issuer stated; an absent rule is taken from the campaign above, else from the path. */
  stated?: ChainRules;
  /** The rules of the campaign this one cascades: a cascade may add requirements, never drop them. */
  inherited?: StatedChainRules | null;
}

export type CampaignChainRulesResult =
  { ok: true; rules: StatedChainRules } | { ok: false; problems: ChainRuleProblem[] };

/**
 * The rules a campaign keeps for the chains of its targets (issue #17 item 5): stated by the issuer,
 * else inherited, else the safeguards of its own path (as before rules were stored). Refused, each
 * problem naming its field: switching off what the regulation requires (集体审议, 签发), dropping what
 * the campaign above requires, or requiring a stage the campaign's own path does not have (its
 * reports would then have no chain to fall back on).
 */
export function campaignChainRules(input: CampaignChainRulesInput): CampaignChainRulesResult {
  const base: StatedChainRules = input.inherited ?? stated(chainRulesOf(input.definition));
  const problems: ChainRuleProblem[] = [];
  const rules = { ...base };
  for (const name of CHAIN_RULE_NAMES) {
    const given = input.stated?.[name];
    const field = `chainRules.${name}` as const;
    const label = CHAIN_RULE_LABELS[name];
    if (given === false && REGULATION_FLOOR[name] === true) {
      problems.push({
        field,
        message: `${field}: ${label} cannot be switched off; the regulation requires it`,
      });
      continue;
    }
    if (given === false && input.inherited?.[name] === true) {
      problems.push({
        field,
        message: `${field}: the campaign above requires ${label}; a cascade cannot drop it`,
      });
      continue;
    }
    if (given !== undefined) rules[name] = given;
    if (rules[name] && chainRuleProblems(input.definition, { [name]: true }).length > 0) {
      problems.push({
        field,
        message: `${field}: the campaign's path ${input.definition.id} v${input.definition.version} has no ${label}; choose a path that has it or do not require it`,
      });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rules };
}

/** Every rule spelled out, absent ones as false. */
function stated(rules: ChainRules): StatedChainRules {
  return {
    deliberation: rules.deliberation === true,
    legalReview: rules.legalReview === true,
    signOff: rules.signOff === true,
  };
}

/** What the campaign requires that the unit's chosen chain lacks, as rule names in rule order. */
export function missingUnder(chosen: WorkflowDefinition, rules: ChainRules): ChainRuleName[] {
  return CHAIN_RULE_NAMES.filter(
    (name) => rules[name] === true && chainRuleProblems(chosen, { [name]: true }).length > 0,
  );
}
