import { BUILT_IN_DEFINITIONS } from '../../../libs/workflow/src/default-definition';
import { jointVariantsOf } from '../../../libs/workflow/src/joint-sign-off';
import type { StateDefinition } from '../../../libs/workflow/src/types';
import type { ActionField, Role, SectionKey, UnitKind, UnitLevel } from './api/openapi.gen';

/** Simplified Chinese wording for everything the API sends as a code. */

/**
 * The states' Chinese labels and tones come from the workflow definitions the API runs: the one
 * shared module (pure data, no Nest), so a state added or renamed there reaches the console with no
 * copy to keep in step.
 */
const STATES = [...BUILT_IN_DEFINITIONS, ...jointVariantsOf(BUILT_IN_DEFINITIONS)].flatMap(
  // The joint 党委+政府 report's paths add the 党委's sign-off (a walk, stop 49: it showed co_leader_signoff).
  (definition) => definition.states,
);

export const STATE_LABELS: Record<string, string> = Object.fromEntries(
  STATES.map((state) => [state.id, state.label]),
);

/**
 * A board's states: the workflow's, and those a withdrawn campaign's board records each target in
 * (board-receipts.ts); not a report's, so not offered where reports are filtered.
 */
export const BOARD_STATE_LABELS: Record<string, string> = {
  ...STATE_LABELS,
  not_submitted: '未报送',
  returned: '已退回',
  // Sent to another campaign's office, not to this one (board-receipts.ts, SENT_ELSEWHERE).
  sent_elsewhere: '未报送本任务',
};

/** Writing: neutral; under review inside the unit: in progress; waiting on the level above: pending; done: success. */
const TONE_OF_KIND: Record<StateDefinition['kind'], string> = {
  drafting: 'default',
  review: 'processing',
  external: 'warning',
  final: 'success',
};

export const STATE_COLORS: Record<string, string> = Object.fromEntries(
  STATES.map((state) => [state.id, TONE_OF_KIND[state.kind]]),
);

const KIND_OF_STATE: Record<string, StateDefinition['kind']> = Object.fromEntries(
  STATES.map((state) => [state.id, state.kind]),
);

/**
 * Whether the report has left its unit (报送 or later): its own stages are over, so a stage deadline
 * still stored for it (the level above's time to accept) is not the unit's to count down (walk P11).
 */
export const hasLeftUnit = (state: string | null | undefined): boolean => {
  const kind = state ? KIND_OF_STATE[state] : undefined;
  return kind === 'external' || kind === 'final';
};

export const stateLabel = (state: string | null | undefined): string =>
  state ? (STATE_LABELS[state] ?? state) : '—';

export const SECTION_LABELS: Record<SectionKey, string> = {
  measures: '一、主要举措和成效',
  shortcomings: '二、存在的不足和原因',
  leadersDuty: '三、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
  nextYearPlan: '四、下一年度推进法治政府建设的主要安排',
  other: '五、其他需要报告的情况',
};

export const ITEM_SECTION: Record<1 | 2 | 3 | 4 | 5, SectionKey> = {
  1: 'measures',
  2: 'shortcomings',
  3: 'leadersDuty',
  4: 'nextYearPlan',
  5: 'other',
};

export const ROLE_LABELS: Record<Role, string> = {
  drafter: '起草人',
  dept_reviewer: '科室审核人',
  legal_adviser: '法律顾问',
  // Held by whoever records the unit's deliberation, usually the 党组书记 himself: 经办人 made a
  // secretary a clerk (walk P16). The body varies (党组会议, 局长办公会议, 常务会议), so it is not named.
  party_approver: '集体审议登记人',
  division_leader: '分管领导',
  unit_leader: '单位主要负责人',
  // Where the unit is known, coordinatorLabel names the level's office (依法治县办（司法局）经办人);
  // without one, words true at every level (it said 依法治市办 to a 州 and a 县: walk, stop 39).
  // 上级主管部门 too: a 交通运输厅's staff read 依法治办、司法局 as not meant for them (walk, stop 52).
  coordinator: '报送任务经办人（依法治办、司法局、上级主管部门）',
  admin: '系统管理员',
};

/** Roles nobody is given: the server derives them from the report (a joint report's 党委 leader). */
const DERIVED_ROLE_LABELS: Record<string, string> = {
  co_reporting_leader: '联合报告党委主要负责人',
};

export const roleLabel = (role: string): string =>
  ROLE_LABELS[role as Role] ?? DERIVED_ROLE_LABELS[role] ?? role;

/**
 * A stage nobody in the unit can take, named by its role: the board said 未设置相应人员账号 while a
 * 催办 reached the unit's leader, who then looked for something to do (a walk, stop 55).
 */
export const nobodyHolds = (roles: readonly string[]): string =>
  `无人办理（该单位未设置${[...new Set(roles.map(roleLabel))].join('或')}账号，请联系系统管理员添加）`;

export const ACTION_LABELS: Record<string, string> = {
  create: '创建报告',
  save: '保存修订',
  submit: '提交审核',
  approve: '通过',
  approve_in_principle: '原则通过（按意见修改）',
  sign_off: '签发',
  dispatch: '编号发文',
  return: '退回',
  withdraw: '撤回',
  accept: '接收',
  publish: '登记公开',
  attach: '上传附件',
  'override-check': '准予提交（形式审查）',
  attachment_added: '上传附件',
  // Steps recorded beside the workflow's own (the history showed these as English codes: a civil
  // servant's walk, stop 39).
  receipt_accepted: '回执：接收',
  receipt_returned: '回执：退回',
  dispatched_to_campaign: '报送至新的报送任务',
  attach_stamped_scan: '上传盖章扫描件',
  due_date_changed: '截止日期变更',
  finding_raised: '提出整改问题',
  finding_answered: '反馈整改情况',
  finding_closed: '整改问题销号',
  finding_reopened: '整改问题重新打开',
  'disclosure-review': '保密审查',
  'disclosure-publish': '登记公开',
  'disclosure-publication-corrected': '更正公开信息',
};

/**
 * The approve button's words depend on the stage and where it leads: on the old path 党组审议通过
 * submits upward; on the current one it goes to the principal leader's sign-off.
 */
export function actionLabel(action: string, state?: string, to?: string): string {
  if (action === 'approve' && state === 'party_approval') {
    return to === 'leader_signoff' ? '审议通过' : '审议通过并报送';
  }
  if (action === 'approve' && state === 'legal_review') return '审查通过';
  if (action === 'approve' && state === 'leader_signoff') return '签发报送';
  if (action === 'return' && state === 'submitted') return '退回修改';
  // With the meeting record standing the submit skips the review to the leader's signature: the
  // button said 提交审核 (a walk, stop 48).
  if (action === 'submit' && to === 'leader_signoff') return '提交签发';
  return ACTION_LABELS[action] ?? action;
}

export const FIELD_LABELS: Record<ActionField, string> = {
  meetingBody: '会议名称',
  meetingDate: '会议日期',
  minutesNumber: '会议纪要编号',
  opinion: '法律审查意见',
  publicationUrl: '公开网址',
  publicationDate: '公开日期',
  documentNumber: '文号',
  needsRedeliberation: '需重新集体审议',
};

/**
 * Unit kinds in a list or a form. The 依法治X办 is the party committee's office (it sits under the
 * 党委); the 司法局 only houses it, so the two are different kinds. For one office's own word
 * (依法治县办, 依法治州办…) use ruleOfLawOfficeLabel.
 */
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  government: '人民政府',
  department: '政府部门',
  justice_bureau: '司法局',
  other: '其他',
  party_committee: '党委',
  congress_standing_committee: '人大常委会',
  // Not 依法治X办 with a literal X (a walk, stop 52): the words every level's office is called by.
  rule_of_law_office: '依法治区（州、县）办（党委法治建设议事协调机构办公室）',
};

/** The X of 依法治X办 by level, when the place's own word is not known. */
const RULE_OF_LAW_OFFICE_LEVEL_WORDS: Record<UnitLevel, string> = {
  province: '省',
  prefecture: '市（州）',
  county: '县（市、区）',
  township: '乡（镇）',
};

/** Place-name endings that give the X of 依法治X办: 呼图壁县 -> 依法治县办, 昌吉回族自治州 -> 依法治州办. */
const PLACE_WORDS = ['县', '区', '市', '州', '盟', '旗', '省', '乡', '镇'];

/**
 * A 依法治X办's word for its level: from the name of the place (its government), e.g.
 * 依法治县办 for 呼图壁县, 依法治州办 for 昌吉回族自治州, 依法治区办 for a 区; else by level
 * (依法治县（市、区）办).
 */
export function ruleOfLawOfficeLabel(level: UnitLevel, placeName?: string): string {
  const last = placeName?.trim().slice(-1);
  const word = last && PLACE_WORDS.includes(last) ? last : RULE_OF_LAW_OFFICE_LEVEL_WORDS[level];
  return `依法治${word}办`;
}

export const UNIT_LEVEL_LABELS: Record<UnitLevel, string> = {
  province: '省级',
  prefecture: '市（州）级',
  county: '县（市、区）级',
  township: '乡镇级',
};

export const NOTIFICATION_KIND_LABELS: Record<string, string> = {
  action_required: '待办',
  returned: '退回',
  withdrawn: '撤回',
  accepted: '已接收',
  published: '已公开',
  // 主送 and 抄送 alike (the title says which): a 县委办 read 抄送 beside "已报送你单位（主送）".
  copied: '收到报告',
  // A report already accepted, dispatched again with a fix (更正).
  correction: '更正',
  reminder: '催办',
  escalation: '督办',
  urged: '催办',
  campaign_issued: '报送任务',
  notice_issued: '通报',
  campaign_withdrawn: '任务撤销',
  extension_requested: '延期申请',
  extension_decided: '延期答复',
};
