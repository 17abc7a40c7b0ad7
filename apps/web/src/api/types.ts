/**
 * The public API's shapes, as the controllers and services return them (apps/api/src/**). Hand-written:
 * the OpenAPI document describes request bodies but not most responses, so generated types would be
 * `unknown` exactly where the console needs them. Keep in step with the API.
 */

export type Role =
  'drafter' | 'dept_reviewer' | 'legal_adviser' | 'party_approver' | 'unit_leader' | 'coordinator' | 'admin';

export const ROLES: readonly Role[] = [
  'drafter',
  'dept_reviewer',
  'legal_adviser',
  'party_approver',
  'unit_leader',
  'coordinator',
  'admin',
];

export type SectionKey = 'measures' | 'shortcomings' | 'leadersDuty' | 'nextYearPlan' | 'other';
export type ReportSections = Record<SectionKey, string>;
export const SECTION_KEYS: readonly SectionKey[] = [
  'measures',
  'shortcomings',
  'leadersDuty',
  'nextYearPlan',
  'other',
];

export type ActionField = 'meetingBody' | 'meetingDate' | 'minutesNumber' | 'opinion' | 'publicationUrl';

/** Every error body: { statusCode, error, message, details?, requestId }. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: ErrorDetails;
  requestId?: string;
}

export interface ErrorDetails {
  currentState?: string;
  currentVersion?: number;
  currentRevision?: number;
  basedOn?: number;
  needed?: Role[];
  held?: Role[];
  missingFields?: ActionField[];
  fields?: string[];
  reason?: string;
  messageZh?: string;
  [key: string]: unknown;
}

export interface TokenPair {
  accessToken: string;
  accessTokenExpiresIn: number;
  refreshToken: string;
  refreshTokenExpiresAt: string;
}

export type UnitKind = 'government' | 'department' | 'justice_bureau' | 'other';
export type UnitLevel = 'province' | 'prefecture' | 'county' | 'township';
export const UNIT_KINDS: readonly UnitKind[] = ['government', 'department', 'justice_bureau', 'other'];
export const UNIT_LEVELS: readonly UnitLevel[] = ['province', 'prefecture', 'county', 'township'];

export interface Me {
  id: string;
  username: string;
  displayName: string;
  unit: { id: string; name: string; kind: UnitKind; level: UnitLevel; parentId: string | null };
  roles: Array<{ role: Role; unitId: string; unitName: string | null }>;
}

export interface Unit {
  id: string;
  parentId: string | null;
  path: string;
  depth: number;
  name: string;
  kind: UnitKind;
  level: UnitLevel;
  divisionCode: string | null;
  demonstrationArea: boolean;
  createdAt: string;
}

export interface UserView {
  id: string;
  unitId: string;
  username: string;
  displayName: string;
  email: string | null;
  active: boolean;
  lockedUntil: string | null;
  roles: Array<{ role: Role; unitId: string }>;
  createdAt: string;
}

export interface AllowedAction {
  action: string;
  to: string;
  actingRole: Role;
  commentRequired: boolean;
  requiredFields: ActionField[];
}

export interface ReportSummary {
  id: string;
  unit: { id: string; name: string };
  receivingUnitId: string | null;
  campaignId: string | null;
  reportYear: number;
  title: string;
  workflow: { id: string; version: number };
  state: string;
  stateLabel: string;
  version: number;
  currentRevision: number;
  returnCount: number;
  stageEnteredAt: string;
  stageDueAt: string | null;
  /** The campaign's due date (end of that day, Beijing time), when the API sends it. */
  dueAt?: string | null;
  submittedAt: string | null;
  updatedAt: string;
}

export interface ReportDetail extends ReportSummary {
  copyOnly: boolean;
  sections: ReportSections;
  allowedActions: AllowedAction[];
}

export interface WorkItem extends ReportSummary {
  allowedActions: AllowedAction[];
}

export interface Revision {
  reportId: string;
  number: number;
  basedOn: number;
  title: string;
  sections?: ReportSections;
  contentHash: string;
  authorId: string;
  createdAt: string;
}

export interface DiffHunk {
  kind: 'same' | 'added' | 'removed';
  lines: string[];
}

export interface ReportDiff {
  reportId: string;
  from: number;
  to: number;
  titleChanged: boolean;
  sections: Array<{ section: SectionKey; changed: boolean; hunks: DiffHunk[] }>;
}

export interface HistoryEvent {
  seq: number;
  action: string;
  fromState: string | null;
  toState: string;
  revision: number;
  actor: { id: string; username: string | null; displayName: string | null };
  actorRole: Role | string;
  actorUnitId: string;
  comment: string | null;
  fields: Record<string, unknown> | null;
  createdAt: string;
  hash: string;
}

export interface ReportHistory {
  reportId: string;
  chain: { verified: boolean; brokenAt?: number | null; [key: string]: unknown };
  events: HistoryEvent[];
}

export interface TransitionResult {
  report: { id: string; state: string; version: number; currentRevision: number; stageDueAt: string | null };
  event: {
    seq: number;
    action: string;
    fromState: string | null;
    toState: string;
    actorRole: string;
    createdAt: string;
  };
}

export interface NotificationItem {
  id: number;
  kind: string;
  reportId: string | null;
  title: string;
  body: string;
  createdAt: string;
  readAt: string | null;
}

export type StatutoryItem = 1 | 2 | 3 | 4 | 5;

export interface MappingEntry {
  item: StatutoryItem;
  kind: 'preamble' | 'section' | 'subsection' | 'signature';
  heading: string;
  line: number;
  chars: number;
  confidence: number;
  reason: string;
}

export interface ImportResult {
  title?: string;
  unitName?: string;
  year?: number;
  sections: ReportSections;
  mapping: MappingEntry[];
  missing: StatutoryItem[];
  preamble?: string;
  signature?: string;
  removedLines: Array<{ line: number; text: string }>;
}

export interface Finding {
  item?: StatutoryItem;
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  location?: { section: SectionKey | 'fullText'; offset: number; excerpt: string };
}

export interface Figure {
  value: number;
  unit: string;
  kind: string;
  approximate: boolean;
  text: string;
  section?: SectionKey;
}

export interface CheckResult {
  passed: boolean;
  findings: Finding[];
  figures: Figure[];
}

export interface Attachment {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  createdAt: string;
}

/* ---------- campaigns (报送任务), board, extensions ---------- */

export interface ReminderPolicy {
  stageBefore: number[];
  dueBefore: number[];
  onTheDay: boolean;
  overdueDailyMax: number;
  escalateToLeaderAfter: number;
  escalateToCoordinatorAfter: number;
}

export interface CampaignListItem {
  id: string;
  parentId: string | null;
  title: string;
  documentNumber: string | null;
  reportYear: number;
  issuingUnit: { id: string; name: string };
  dueDate: string | null;
  status: 'active' | 'withdrawn';
  targetCount: number;
  relation: 'issued' | 'received';
  createdAt: string;
}

export interface Campaign {
  id: string;
  parentId: string | null;
  issuingUnit: { id: string; name: string };
  reportYear: number;
  notice: {
    title: string;
    documentNumber: string | null;
    issuedOn: string;
    body: string;
    file: { name: string; contentType: string; sizeBytes: number; sha256: string } | null;
  };
  workflow: { id: string; version: number };
  dueDate: string | null;
  stageLimits: Record<string, number> | null;
  reminderPolicy: ReminderPolicy;
  disclosureDate: string;
  status: 'active' | 'withdrawn';
  withdrawn: { at: string; by: string; reason: string } | null;
  createdAt: string;
  targetCount: number;
  children: Array<{ id: string; issuingUnitId: string; title: string }>;
}

export interface IssueCampaignInput {
  issuingUnitId?: string;
  parentId?: string;
  reportYear?: number;
  title: string;
  documentNumber?: string;
  issuedOn?: string;
  body: string;
  dueDate?: string;
  stageLimits?: Record<string, number>;
  reminderPolicy?: Partial<ReminderPolicy>;
  disclosureDate?: string;
  targets: {
    unitIds?: string[];
    select?: { kinds?: UnitKind[]; levels?: UnitLevel[]; nameContains?: string };
  };
}

export type Light = 'green' | 'yellow' | 'red';
export type Progress = 'submitted_on_time' | 'submitted_late' | 'on_track' | 'due_soon' | 'overdue';

export interface BoardRow {
  unit: { id: string; name: string; kind: UnitKind; level: UnitLevel };
  reportId: string;
  state: string;
  stage: string;
  holders: { roles: Role[]; names: string[] };
  stageDueAt: string | null;
  dueDate: string;
  originalDueDate: string;
  extended: boolean;
  pendingExtensionId: string | null;
  light: Light;
  progress: Progress;
  workingDaysLeft: number | null;
  workingDaysOverdue: number | null;
  submitted: boolean;
  submittedAt: string | null;
  submittedOnTime: boolean | null;
  returnCount: number;
}

export interface BoardTotals {
  targets: number;
  byState: Record<string, number>;
  byLight: Record<Light, number>;
  byProgress: Record<Progress, number>;
  submitted: number;
  submittedOnTime: number;
  submittedLate: number;
  overdue: number;
  onTimeRate: number | null;
}

export interface Board {
  campaign: {
    id: string;
    title: string;
    documentNumber: string | null;
    reportYear: number;
    issuingUnit: { id: string; name: string };
    dueDate: string | null;
    disclosureDate: string;
    status: string;
  };
  generatedAt: string;
  today: string;
  totals: BoardTotals;
  filteredCount: number;
  rows: BoardRow[];
  children: Array<{ id: string; issuingUnitId: string; title: string; totals: BoardTotals }>;
  rollup: BoardTotals;
}

export interface BoardQuery {
  state?: string;
  overdue?: boolean;
  light?: Light;
  unitKind?: UnitKind;
  unitLevel?: UnitLevel;
  sort?: 'unit' | 'state' | 'dueDate' | 'urgency' | 'returnCount' | 'submittedAt';
  order?: 'asc' | 'desc';
}

export interface Extension {
  id: string;
  campaignId: string;
  unitId: string;
  unitName: string;
  reportId: string;
  status: 'pending' | 'granted' | 'refused' | 'cancelled';
  dueDateBefore: string;
  requestedDueDate: string;
  reason: string;
  requestedBy: string;
  requestedAt: string;
  grantedDueDate: string | null;
  decisionComment: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

export interface DeadLetter {
  id: number;
  channel: string;
  target: string;
  unit: { id: string; name: string };
  reportId: string | null;
  subject: string;
  attempts: number;
  replays: number;
  lastError: string | null;
  createdAt: string;
  deadAt: string;
}

/** GET /reports/copies: a report copied (抄送) to my unit, as last dispatched. */
export interface CopiedReport {
  id: string;
  unit: { id: string; name: string };
  reportYear: number;
  title: string;
  state: string;
  stateLabel: string;
  campaignId: string | null;
  copy: { revision: number; dispatchedAt: string; firstDispatchedAt: string; dispatchCount: number };
}
