/**
 * The vocabulary of the review path. Pure data: no Nest, no TypeORM.
 * Chinese terms are in the glossary of docs/domain.md.
 */

/** Roles a user holds in a unit (see domain.md "Who uses it"). */
export const ROLES = [
  'drafter', // 起草人
  'dept_reviewer', // 科室/法制机构审核
  'legal_adviser', // 法律顾问 / 公职律师
  'party_approver', // 党组书记 / 党组会议: records the deliberating body's decision
  'division_leader', // 分管领导: reviews before the deliberation where the unit's chain has the stage
  'unit_leader', // 主要负责人
  'coordinator', // 上级: 司法局 / 依法治市办
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * Roles the workflow knows that nobody is given: the service derives them from the report for the
 * user who acts (see Actor), so no admin can hand them out (ROLES above are the assignable ones).
 */
export const DERIVED_ROLES = [
  // 联合报告的党委主要负责人（书记）: the unit_leader of a joint report's co-reporting 党委, who signs
  // it off beside the government's principal leader (docs/campaigns.md, joint reports).
  'co_reporting_leader',
] as const;
/** A role a transition names or an actor acts in: an assignable role or a derived one. */
export type WorkflowRole = Role | (typeof DERIVED_ROLES)[number];

export type StateId = string;
export type ActionId = string;

/** Extra fields an action may require; validated by the library (non-empty strings, dates as YYYY-MM-DD). */
export const ACTION_FIELDS = {
  meetingBody: 'the deliberating body, e.g. 党组会议',
  meetingDate: 'the meeting date, YYYY-MM-DD',
  minutesNumber: 'the minutes number (会议纪要编号)',
  opinion: "the legal adviser's written opinion",
  publicationUrl: 'where the report was published',
  publicationDate: 'the date the report was published, YYYY-MM-DD',
  documentNumber: "the unit's document number (文号), e.g. 呼交发〔2026〕3号",
  needsRedeliberation: "'true' when a recipient's return asks for a new deliberation meeting",
} as const;
export type ActionField = keyof typeof ACTION_FIELDS;

/**
 * Facts about the report that the service reads before deciding, as plain booleans. The library
 * never fetches them; a fact not passed counts as false.
 */
export const WORKFLOW_FACTS = {
  meetingRecordStands: 'a deliberation meeting is on record and no step has cleared it since',
} as const;
export type WorkflowFact = keyof typeof WORKFLOW_FACTS;
export type WorkflowFacts = Partial<Record<WorkflowFact, boolean>>;

/** One test a transition's `when` makes; all of a transition's tests must hold. */
export type TransitionCondition =
  { fact: WorkflowFact; is: boolean } | { field: ActionField; equals: string };

/**
 * What a step writes to the report's standing records besides its state (the service persists
 * these from the effects): the deliberation meeting (body, date, minutes number from the fields),
 * the principal leader's sign-off (who and when: the actor, now), on a joint report the co-reporting
 * 党委's leader's too (record_co_sign_off), and the unit's document number.
 */
export const RECORD_KEEPING = [
  'record_meeting',
  'clear_meeting_record',
  'record_sign_off',
  'record_co_sign_off',
  'record_document_number',
] as const;
export type RecordKeeping = (typeof RECORD_KEEPING)[number];

export interface StateDefinition {
  id: StateId;
  /** Chinese label shown to users. */
  label: string;
  /** drafting: the unit is writing; review: an internal review stage with a time limit;
   *  external: waiting for the level above; final: nothing more to do. */
  kind: 'drafting' | 'review' | 'external' | 'final';
  /** Whether entering this state opens a stage deadline (closed when the report leaves it). */
  hasStageDeadline: boolean;
  /**
   * The unit's collective deliberation (集体审议): its label is completed with the unit's own
   * deliberating body (党组会议, 局长办公会议, 政府常务会议 …), see stateLabel().
   */
  deliberation?: boolean;
}

export interface TransitionDefinition {
  from: StateId;
  action: ActionId;
  to: StateId;
  /** Effective roles (see Actor) allowed to take this action. */
  roles: WorkflowRole[];
  commentRequired?: boolean;
  requiredFields?: ActionField[];
  /** Forward moves can be withdrawn by their actor while the next person has not acted. */
  withdrawable?: boolean;
  /**
   * Taken only when every condition holds. Several transitions may share (from, action): the first
   * whose conditions hold is taken, and the last of them must have none (the fallback), so an
   * action that exists in a state never has nowhere to go.
   */
  when?: TransitionCondition[];
  /** Records this step keeps or clears (see RecordKeeping). */
  records?: RecordKeeping[];
  /**
   * A clerical step that does not judge the draft (the office numbering and sending the signed
   * document): not an approval, so separation of duties does not apply to it.
   */
  clerical?: boolean;
}

export interface WorkflowDefinition {
  id: string;
  version: number;
  initial: StateId;
  finals: StateId[];
  states: StateDefinition[];
  transitions: TransitionDefinition[];
}

/**
 * The actor as seen from one report: the service computes `roles` as the roles the user may use
 * on this report (roles held in the report's unit, plus `coordinator` when the user coordinates the
 * receiving unit above). The library never looks at units itself.
 */
export interface Actor {
  userId: string;
  roles: WorkflowRole[];
}

/** The last recorded transition of the report; needed to decide whether a withdraw is allowed. */
export interface LastTransition {
  action: ActionId;
  from: StateId;
  to: StateId;
  actorUserId: string;
  /** The role the actor used (stored in the audit event). */
  actorRole: WorkflowRole;
}

export interface ActionInput {
  comment?: string;
  fields?: Partial<Record<ActionField, string>>;
  /**
   * What user-entered dates are checked against: a meeting or publication about report year Y
   * happens on or after 1 January of Y and not after today (China time; the caller's clock).
   * Without it only the format is checked.
   */
  dates?: {
    reportYear: number;
    today: string;
    /**
     * The meeting whose record a return cleared (退回重新审议), while no new one is recorded: the
     * new meeting is another one, so it is not dated before it and has its own minutes number.
     */
    clearedMeeting?: { date: string; minutesNumber: string } | null;
  };
  /** Facts about the report that transitions' conditions test (see WorkflowFacts). */
  facts?: WorkflowFacts;
}

/** Effects are instructions for the service; it persists them to the outbox in the same transaction. */
export type Effect =
  | { type: 'open_stage_deadline'; state: StateId }
  | { type: 'close_stage_deadline'; state: StateId }
  | {
      type: 'notify';
      /** own_unit: users of the report's unit holding these roles; receiving_unit: the level above. */
      audience: 'own_unit' | 'receiving_unit';
      roles: WorkflowRole[];
      reason: 'action_required' | 'returned' | 'withdrawn' | 'accepted' | 'published';
    }
  | { type: RecordKeeping };

export interface TransitionDecision {
  ok: true;
  from: StateId;
  to: StateId;
  action: ActionId;
  /** The role the actor acts in (first of the transition's roles the actor holds). */
  actingRole: WorkflowRole;
  effects: Effect[];
}

export type RefusalCode =
  | 'UNKNOWN_ACTION' // the action does not exist in this definition
  | 'ACTION_NOT_ALLOWED_IN_STATE' // e.g. accept in drafting
  | 'ROLE_NOT_ALLOWED' // e.g. legal_adviser may not approve in dept_review
  | 'COMMENT_REQUIRED' // return needs a comment
  | 'FIELD_REQUIRED' // party approval needs meeting date and minutes number
  | 'FIELD_INVALID' // a date that is not a real date, a malformed 文号, etc.
  | 'WITHDRAW_NOT_ALLOWED'; // not the last mover, or the next person has acted

export interface Refusal {
  ok: false;
  code: RefusalCode;
  /** A sentence a user understands, in English; the API adds its own translation layer later. */
  message: string;
  /** Names the missing role(s) or field(s) where relevant. */
  missingRoles?: WorkflowRole[];
  missingFields?: ActionField[];
  /** FIELD_INVALID: the field(s) given but not acceptable (a date out of range, a malformed 文号). */
  invalidFields?: ActionField[];
}

export type Decision = TransitionDecision | Refusal;

/** Built-in action, never listed in a definition: undo one's own forward move while the next person has not acted. */
export const WITHDRAW_ACTION = 'withdraw';

/** One button the UI may show: an action this actor may take now, with what it will ask for. */
export interface AllowedAction {
  action: ActionId;
  to: StateId;
  actingRole: WorkflowRole;
  commentRequired: boolean;
  requiredFields: ActionField[];
}
