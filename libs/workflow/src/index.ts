export * from './types';
export {
  BUILT_IN_DEFINITIONS,
  ARCHIVE_DEFINITION,
  DEFAULT_DEFINITION,
  DEFAULT_DEFINITION_V3,
  ENDING_AT_ACCEPTANCE,
  LEADER_SIGNOFF_DEFINITION,
  SHORT_DEFINITION,
} from './default-definition';
export {
  DEFAULT_DEFINITION_V2,
  DIVISION_LEADER_DEFINITION,
  DIVISION_LEADER_NO_LEGAL_DEFINITION,
  NO_LEGAL_REVIEW_DEFINITION,
} from './deliberation-chain';
export {
  chainRuleProblems,
  chainRulesOf,
  definitionForUnit,
  REGULATION_FLOOR,
  type ChainRules,
} from './chain-rules';
export {
  campaignChainRules,
  CHAIN_RULE_LABELS,
  CHAIN_RULE_NAMES,
  missingUnder,
  type ChainRuleName,
  type ChainRuleProblem,
  type StatedChainRules,
} from './campaign-chain-rules';
export { endingAtAcceptance } from './ending-at-acceptance';
export {
  assertValidDefinition,
  isKnownRole,
  isWorkflowRole,
  validateDefinition,
} from './validate-definition';
export { WorkflowRegistry, defaultRegistry } from './registry';
export { CO_SIGN_OFF_STATE, isJointVariant, jointVariantId, jointVariantOf } from './joint-sign-off';
export { decide } from './decide';
export { isSignedOff } from './signed-off';
export { refusalRegardlessOfState } from './role-precheck';
export {
  dutyConflict,
  isApproval,
  type DutyConflict,
  type DutySeparationRule,
  type PassStep,
} from './duty-separation';
export { allowedActions, isFinal, rolesThatAct, stateLabel, statesActionableBy } from './queries';
export { isCalendarDate, isDocumentNumber } from './fields';
