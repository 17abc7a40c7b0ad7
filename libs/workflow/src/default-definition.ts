import {
  DEFAULT_DEFINITION_V2,
  DIVISION_LEADER_DEFINITION,
  DIVISION_LEADER_NO_LEGAL_DEFINITION,
  NO_LEGAL_REVIEW_DEFINITION,
} from './deliberation-chain';
import { endingAtAcceptance } from './ending-at-acceptance';
import type {
  ActionField,
  WorkflowRole,
  StateDefinition,
  TransitionDefinition,
  WorkflowDefinition,
} from './types';

/**
 * The review paths shipped with the engine, as plain data (they could equally be stored as JSON).
 * A definition is never edited once reports use it: a change is a new version (see registry.ts).
 */

/** Regulation: submission upward is impossible without the recorded deliberation meeting. */
const MEETING_FIELDS: ActionField[] = ['meetingBody', 'meetingDate', 'minutesNumber'];

const DRAFTING: StateDefinition = {
  id: 'drafting',
  label: '起草中',
  kind: 'drafting',
  hasStageDeadline: false,
};
const DEPT_REVIEW: StateDefinition = {
  id: 'dept_review',
  label: '科室审核',
  kind: 'review',
  hasStageDeadline: true,
};
const LEGAL_REVIEW: StateDefinition = {
  id: 'legal_review',
  label: '法律顾问审查',
  kind: 'review',
  hasStageDeadline: true,
};
const PARTY_APPROVAL: StateDefinition = {
  id: 'party_approval',
  label: '党组审议',
  kind: 'review',
  hasStageDeadline: true,
};
const LEADER_SIGNOFF: StateDefinition = {
  id: 'leader_signoff',
  label: '主要负责人签发',
  kind: 'review',
  hasStageDeadline: true,
};
/** Waiting for the level above; the coordinator's time to accept is tracked too. */
const SUBMITTED: StateDefinition = {
  id: 'submitted',
  label: '已报送',
  kind: 'external',
  hasStageDeadline: true,
};
/** Accepted above; publication is tracked by the campaign's own disclosure date, not a stage limit. */
const ACCEPTED: StateDefinition = {
  id: 'accepted',
  label: '已接收',
  kind: 'external',
  hasStageDeadline: false,
};
const PUBLISHED: StateDefinition = {
  id: 'published',
  label: '已公开',
  kind: 'final',
  hasStageDeadline: false,
};

/** A return always goes back to the drafters and always carries a comment (domain.md). */
function returnToDrafting(from: string, role: WorkflowRole): TransitionDefinition {
  return { from, action: 'return', to: 'drafting', roles: [role], commentRequired: true };
}

const SUBMIT: TransitionDefinition = {
  from: 'drafting',
  action: 'submit',
  to: 'dept_review',
  roles: ['drafter'],
  withdrawable: true,
};
const ACCEPT: TransitionDefinition = {
  from: 'submitted',
  action: 'accept',
  to: 'accepted',
  roles: ['coordinator'],
};
const PUBLISH: TransitionDefinition = {
  from: 'accepted',
  action: 'publish',
  to: 'published',
  roles: ['drafter', 'unit_leader'],
};

/** drafting → 科室审核 → 法律顾问审查 → 党组审议 → 已报送 → 已接收 → 已公开 */
export const DEFAULT_DEFINITION: WorkflowDefinition = {
  id: 'default',
  version: 1,
  initial: 'drafting',
  finals: ['published'],
  states: [DRAFTING, DEPT_REVIEW, LEGAL_REVIEW, PARTY_APPROVAL, SUBMITTED, ACCEPTED, PUBLISHED],
  transitions: [
    SUBMIT,
    {
      from: 'dept_review',
      action: 'approve',
      to: 'legal_review',
      roles: ['dept_reviewer'],
      withdrawable: true,
    },
    {
      from: 'legal_review',
      action: 'approve',
      to: 'party_approval',
      roles: ['legal_adviser'],
      requiredFields: ['opinion'],
      withdrawable: true,
    },
    {
      from: 'party_approval',
      action: 'approve',
      to: 'submitted',
      roles: ['party_approver'],
      requiredFields: MEETING_FIELDS,
      withdrawable: true,
    },
    ACCEPT,
    PUBLISH,
    returnToDrafting('dept_review', 'dept_reviewer'),
    returnToDrafting('legal_review', 'legal_adviser'),
    returnToDrafting('party_approval', 'party_approver'),
    returnToDrafting('submitted', 'coordinator'),
  ],
};

/** As the default, but the unit leader signs the submission off after the party group meeting. */
export const LEADER_SIGNOFF_DEFINITION: WorkflowDefinition = {
  id: 'with-leader-signoff',
  version: 1,
  initial: 'drafting',
  finals: ['published'],
  states: [
    DRAFTING,
    DEPT_REVIEW,
    LEGAL_REVIEW,
    PARTY_APPROVAL,
    LEADER_SIGNOFF,
    SUBMITTED,
    ACCEPTED,
    PUBLISHED,
  ],
  transitions: [
    SUBMIT,
    {
      from: 'dept_review',
      action: 'approve',
      to: 'legal_review',
      roles: ['dept_reviewer'],
      withdrawable: true,
    },
    {
      from: 'legal_review',
      action: 'approve',
      to: 'party_approval',
      roles: ['legal_adviser'],
      requiredFields: ['opinion'],
      withdrawable: true,
    },
    {
      from: 'party_approval',
      action: 'approve',
      to: 'leader_signoff',
      roles: ['party_approver'],
      requiredFields: MEETING_FIELDS,
      withdrawable: true,
    },
    {
      from: 'leader_signoff',
      action: 'approve',
      to: 'submitted',
      roles: ['unit_leader'],
      withdrawable: true,
    },
    ACCEPT,
    PUBLISH,
    returnToDrafting('dept_review', 'dept_reviewer'),
    returnToDrafting('legal_review', 'legal_adviser'),
    returnToDrafting('party_approval', 'party_approver'),
    returnToDrafting('leader_signoff', 'unit_leader'),
    returnToDrafting('submitted', 'coordinator'),
  ],
};

/**
 * A small unit with a single internal review. The meeting record moves to the only internal
 * approval, so the regulation's "no submission without deliberation" still holds.
 */
export const SHORT_DEFINITION: WorkflowDefinition = {
  id: 'short',
  version: 1,
  initial: 'drafting',
  finals: ['published'],
  states: [DRAFTING, DEPT_REVIEW, SUBMITTED, ACCEPTED, PUBLISHED],
  transitions: [
    SUBMIT,
    {
      from: 'dept_review',
      action: 'approve',
      to: 'submitted',
      roles: ['dept_reviewer'],
      requiredFields: MEETING_FIELDS,
      withdrawable: true,
    },
    ACCEPT,
    PUBLISH,
    returnToDrafting('dept_review', 'dept_reviewer'),
    returnToDrafting('submitted', 'coordinator'),
  ],
};

/**
 * Earlier years' reports brought in by the batch import: history to compare with, not work to do.
 * One final state, so they never enter a work queue and cannot be edited or moved.
 */
export const ARCHIVE_DEFINITION: WorkflowDefinition = {
  id: 'archive',
  version: 1,
  initial: 'archived',
  finals: ['archived'],
  states: [{ id: 'archived', label: '历史归档', kind: 'final', hasStageDeadline: false }],
  transitions: [],
};

/**
 * The review paths new reports start on since the 公开 step left the review (#18 item 1): each ends
 * at 已接收; disclosure is its own track. The versions above stay registered for the reports on them.
 */
export const DEFAULT_DEFINITION_V3 = endingAtAcceptance(DEFAULT_DEFINITION_V2, 3);
export const ENDING_AT_ACCEPTANCE: readonly WorkflowDefinition[] = [
  DEFAULT_DEFINITION_V3,
  endingAtAcceptance(LEADER_SIGNOFF_DEFINITION, 2),
  endingAtAcceptance(DIVISION_LEADER_DEFINITION, 2),
  endingAtAcceptance(NO_LEGAL_REVIEW_DEFINITION, 2),
  endingAtAcceptance(DIVISION_LEADER_NO_LEGAL_DEFINITION, 2),
  endingAtAcceptance(SHORT_DEFINITION, 2),
];

export const BUILT_IN_DEFINITIONS: readonly WorkflowDefinition[] = [
  DEFAULT_DEFINITION,
  DEFAULT_DEFINITION_V2,
  LEADER_SIGNOFF_DEFINITION,
  DIVISION_LEADER_DEFINITION,
  NO_LEGAL_REVIEW_DEFINITION,
  DIVISION_LEADER_NO_LEGAL_DEFINITION,
  SHORT_DEFINITION,
  ARCHIVE_DEFINITION,
  ...ENDING_AT_ACCEPTANCE,
];
