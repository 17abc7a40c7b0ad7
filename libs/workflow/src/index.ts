export * from './types';
export {
  BUILT_IN_DEFINITIONS,
  ARCHIVE_DEFINITION,
  DEFAULT_DEFINITION,
  LEADER_SIGNOFF_DEFINITION,
  SHORT_DEFINITION,
} from './default-definition';
export { assertValidDefinition, isKnownRole, validateDefinition } from './validate-definition';
export { WorkflowRegistry, defaultRegistry } from './registry';
export { decide } from './decide';
export { refusalRegardlessOfState } from './role-precheck';
export {
  dutyConflict,
  isApproval,
  type DutyConflict,
  type DutySeparationRule,
  type PassStep,
} from './duty-separation';
export { allowedActions, isFinal, rolesThatAct, stateLabel, statesActionableBy } from './queries';
export { isCalendarDate } from './fields';
