import type {
  ActionField,
  WorkflowRole,
  StateDefinition,
  TransitionDefinition,
  WorkflowDefinition,
} from './types';

/**
 * The review paths of 2026 (issue #17): the unit's collective deliberation (集体审议) is followed
 * by the principal leader's sign-off (主要负责人签发) and the office's numbered dispatch (文号).
 *
 * The deliberation keeps the state id `party_approval` of the first versions (campaign stage limits
 * and reminders key on it); its label is the unit's body, see stateLabel(). The meeting record is a
 * standing fact: 原则通过 and a recipient's plain return keep it, so the next submit goes straight
 * to sign-off; an internal return, or a recipient's return with needsRedeliberation 'true', clears it.
 */

const MEETING_FIELDS: ActionField[] = ['meetingBody', 'meetingDate', 'minutesNumber'];

const STATES = {
  drafting: { id: 'drafting', label: '起草中', kind: 'drafting', hasStageDeadline: false },
  dept_review: { id: 'dept_review', label: '科室审核', kind: 'review', hasStageDeadline: true },
  division_leader_review: {
    id: 'division_leader_review',
    label: '分管领导审核',
    kind: 'review',
    hasStageDeadline: true,
  },
  legal_review: { id: 'legal_review', label: '法律顾问审查', kind: 'review', hasStageDeadline: true },
  party_approval: {
    id: 'party_approval',
    label: '集体审议',
    kind: 'review',
    hasStageDeadline: true,
    deliberation: true,
  },
  leader_signoff: { id: 'leader_signoff', label: '主要负责人签发', kind: 'review', hasStageDeadline: true },
  dispatching: { id: 'dispatching', label: '编号发文', kind: 'review', hasStageDeadline: true },
  submitted: { id: 'submitted', label: '已报送', kind: 'external', hasStageDeadline: true },
  accepted: { id: 'accepted', label: '已接收', kind: 'external', hasStageDeadline: false },
  published: { id: 'published', label: '已公开', kind: 'final', hasStageDeadline: false },
} satisfies Record<string, StateDefinition>;
type ChainState = keyof typeof STATES;

/** The optional review stages before the deliberation, in the order they run. */
interface OptionalStage {
  state: ChainState;
  role: WorkflowRole;
  requiredFields?: ActionField[];
}
const DIVISION_LEADER_REVIEW: OptionalStage = { state: 'division_leader_review', role: 'division_leader' };
const LEGAL_REVIEW: OptionalStage = {
  state: 'legal_review',
  role: 'legal_adviser',
  requiredFields: ['opinion'],
};

/** An internal return goes back to the drafters with a comment, and the whole chain runs again. */
function internalReturn(from: ChainState, role: WorkflowRole): TransitionDefinition {
  return {
    from,
    action: 'return',
    to: 'drafting',
    roles: [role],
    commentRequired: true,
    records: ['clear_meeting_record'],
  };
}

interface ChainShape {
  id: string;
  version: number;
  /** Stages between 科室审核 and the deliberation, in order. */
  stages: OptionalStage[];
}

function deliberationChain({ id, version, stages }: ChainShape): WorkflowDefinition {
  const reviewOrder: Array<{ state: ChainState; role: WorkflowRole; requiredFields?: ActionField[] }> = [
    { state: 'dept_review', role: 'dept_reviewer' },
    ...stages,
  ];
  const forward: TransitionDefinition[] = reviewOrder.map((stage, index) => ({
    from: stage.state,
    action: 'approve',
    to: reviewOrder[index + 1]?.state ?? 'party_approval',
    roles: [stage.role],
    ...(stage.requiredFields ? { requiredFields: stage.requiredFields } : {}),
    withdrawable: true,
  }));
  const stateIds: ChainState[] = [
    'drafting',
    ...reviewOrder.map((stage) => stage.state),
    'party_approval',
    'leader_signoff',
    'dispatching',
    'submitted',
    'accepted',
    'published',
  ];
  return {
    id,
    version,
    initial: 'drafting',
    finals: ['published'],
    states: stateIds.map((state) => STATES[state]),
    transitions: [
      // While the meeting record stands, the revised text needs only the leader's signature.
      {
        from: 'drafting',
        action: 'submit',
        to: 'leader_signoff',
        roles: ['drafter'],
        withdrawable: true,
        when: [{ fact: 'meetingRecordStands', is: true }],
      },
      { from: 'drafting', action: 'submit', to: 'dept_review', roles: ['drafter'], withdrawable: true },
      ...forward,
      // 通过: the meeting is recorded and the leader signs next.
      {
        from: 'party_approval',
        action: 'approve',
        to: 'leader_signoff',
        roles: ['party_approver'],
        requiredFields: MEETING_FIELDS,
        withdrawable: true,
        records: ['record_meeting'],
      },
      // 原则通过、按意见修改: recorded too; the drafter revises and goes on to sign-off.
      {
        from: 'party_approval',
        action: 'approve_in_principle',
        to: 'drafting',
        roles: ['party_approver'],
        commentRequired: true,
        requiredFields: MEETING_FIELDS,
        records: ['record_meeting'],
      },
      // 主要负责人签发: who and when are the actor and the time of this step.
      {
        from: 'leader_signoff',
        action: 'sign_off',
        to: 'dispatching',
        roles: ['unit_leader'],
        withdrawable: true,
        records: ['record_sign_off'],
      },
      // The office numbers the document (文号) and sends it: the report is with its recipients.
      {
        from: 'dispatching',
        action: 'dispatch',
        to: 'submitted',
        roles: ['drafter'],
        requiredFields: ['documentNumber'],
        withdrawable: true,
        records: ['record_document_number'],
        // Numbering and sending is the office's clerical work: the drafters may do it.
        clerical: true,
      },
      { from: 'submitted', action: 'accept', to: 'accepted', roles: ['coordinator'] },
      {
        from: 'accepted',
        action: 'publish',
        to: 'published',
        roles: ['drafter', 'unit_leader'],
      },
      ...reviewOrder.map((stage) => internalReturn(stage.state, stage.role)),
      internalReturn('party_approval', 'party_approver'),
      internalReturn('leader_signoff', 'unit_leader'),
      // A recipient's return: a correction keeps the meeting; only an explicit request clears it.
      {
        from: 'submitted',
        action: 'return',
        to: 'drafting',
        roles: ['coordinator'],
        commentRequired: true,
        when: [{ field: 'needsRedeliberation', equals: 'true' }],
        records: ['clear_meeting_record'],
      },
      { from: 'submitted', action: 'return', to: 'drafting', roles: ['coordinator'], commentRequired: true },
    ],
  };
}

/** drafting → 科室审核 → 法律顾问审查 → 集体审议 → 主要负责人签发 → 编号发文 → 已报送 */
export const DEFAULT_DEFINITION_V2 = deliberationChain({ id: 'default', version: 2, stages: [LEGAL_REVIEW] });

/** 分管领导审核 after 科室审核, then the legal adviser: a unit's fuller chain. */
export const DIVISION_LEADER_DEFINITION = deliberationChain({
  id: 'with-division-leader',
  version: 1,
  stages: [DIVISION_LEADER_REVIEW, LEGAL_REVIEW],
});

/** A unit without a legal adviser on this report: 科室审核 → 集体审议 → 签发 → 编号发文. */
export const NO_LEGAL_REVIEW_DEFINITION = deliberationChain({
  id: 'without-legal-review',
  version: 1,
  stages: [],
});

/** 科室审核 → 分管领导审核 → 集体审议 → 签发 → 编号发文, no legal adviser. */
export const DIVISION_LEADER_NO_LEGAL_DEFINITION = deliberationChain({
  id: 'with-division-leader-without-legal-review',
  version: 1,
  stages: [DIVISION_LEADER_REVIEW],
});
