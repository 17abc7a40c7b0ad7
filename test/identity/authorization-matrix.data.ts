/**
 * Who may do what: every endpoint, every role, against a target in the caller's own unit, a unit
 * below it, a sibling unit and a unit of a foreign prefecture. Written out by hand (not computed by
 * the policy under test); docs/authorization-matrix.md is rendered from this table.
 *
 * The caller sits in a county government unit C1 and holds exactly one role there.
 *   own = C1, below = C1's transport bureau, sibling = another county of the same prefecture,
 *   foreign = a county transport bureau of another prefecture.
 * Campaign rows say how the campaign relates to the target unit: "sent to" = issued by the unit's
 * parent with the unit as its target; "issued by" = issued by the unit to a unit below it.
 */
export const RELATIONS = ['own', 'below', 'sibling', 'foreign'] as const;
export type Relation = (typeof RELATIONS)[number];
export const MATRIX_ROLES = [
  'drafter',
  'dept_reviewer',
  'legal_adviser',
  'party_approver',
  'unit_leader',
  'coordinator',
  'admin',
] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];

type Row = Record<MatrixRole, [number, number, number, number]>;
const unitRoles = (
  own: number,
  below: number,
  sibling = 404,
  foreign = 404,
): [number, number, number, number] => [own, below, sibling, foreign];

/** Roles whose reach is one unit: everything below, beside or abroad is invisible (404). */
const sameForOwnUnitRoles = (own: number) => ({
  drafter: unitRoles(own, 404),
  dept_reviewer: unitRoles(own, 404),
  legal_adviser: unitRoles(own, 404),
  party_approver: unitRoles(own, 404),
  unit_leader: unitRoles(own, 404),
});

/** Every role the same four answers. */
const everyRole = (cells: [number, number, number, number]): Row => ({
  drafter: cells,
  dept_reviewer: cells,
  legal_adviser: cells,
  party_approver: cells,
  unit_leader: cells,
  coordinator: cells,
  admin: cells,
});

/** Reading a report: its own unit, and the coordinators and admins above it. */
const readReport: Row = {
  ...sameForOwnUnitRoles(200),
  coordinator: unitRoles(200, 200),
  admin: unitRoles(200, 200),
};

/** Administering a unit (its users, its webhook): admins of the unit or above; coordinators see it (403). */
const adminOfUnit = (ok: number): Row => ({
  ...sameForOwnUnitRoles(403),
  coordinator: unitRoles(403, 403),
  admin: unitRoles(ok, ok),
});

/**
 * Changing a campaign issued by the unit: a coordinator of exactly the issuing unit. Whoever may read
 * the campaign is told the missing role (403): a coordinator above, and an admin whose subtree holds
 * the targets (admins read the notices sent into their subtree). Nobody else sees it (404).
 */
const changeIssuedCampaign = (ok: number): Row => ({
  ...everyRole([404, 404, 404, 404]),
  coordinator: unitRoles(ok, 403),
  admin: unitRoles(403, 403),
});

/** The board and the record of a campaign issued by the unit: its coordinators and those above. */
const readIssuedCampaign: Row = { ...everyRole([404, 404, 404, 404]), coordinator: unitRoles(200, 200) };

/** The notice of a campaign sent to the unit: the unit's members, and coordinators/admins above it. */
const readReceivedCampaign: Row = {
  ...sameForOwnUnitRoles(200),
  coordinator: unitRoles(200, 200),
  admin: unitRoles(200, 200),
};

/**
 * A report of the target unit copied (抄送) to C1: C1's unit_leader and coordinator read what was
 * dispatched to it; C1's other roles see the copy but lack the role (403, 'report.read-copy').
 * A report C1 reaches anyway (its own; below it for coordinators and admins) reads as usual.
 */
const readCopy: Row = {
  drafter: unitRoles(200, 403, 403, 403),
  dept_reviewer: unitRoles(200, 403, 403, 403),
  legal_adviser: unitRoles(200, 403, 403, 403),
  party_approver: unitRoles(200, 403, 403, 403),
  unit_leader: unitRoles(200, 200, 200, 200),
  coordinator: unitRoles(200, 200, 200, 200),
  admin: unitRoles(200, 200, 403, 403),
};

/** What was not dispatched to C1 (a later draft, a later attachment) is 404 to its copy readers. */
const readCopyNotSent: Row = {
  ...readCopy,
  unit_leader: unitRoles(200, 404, 404, 404),
  coordinator: unitRoles(200, 200, 404, 404),
};

/**
 * Changing a user of the unit who holds admin in the unit's parent (#15.3): only an admin who
 * administers that parent too. Below, the parent is C1 itself (200); at C1, the parent is the
 * prefecture above the caller (403, naming the unit it does not administer).
 */
const adminOverHigherAdmin = (ok: number): Row => ({
  ...sameForOwnUnitRoles(403),
  coordinator: unitRoles(403, 403),
  admin: unitRoles(403, ok),
});

export const TARGETED: Record<string, Row> = {
  'GET /units/:id': {
    ...sameForOwnUnitRoles(200),
    coordinator: unitRoles(200, 200),
    admin: unitRoles(200, 200),
  },
  'POST /units (parentId)': {
    ...sameForOwnUnitRoles(403),
    coordinator: unitRoles(403, 403),
    admin: unitRoles(201, 201),
  },
  'POST /users (unitId)': {
    ...sameForOwnUnitRoles(403),
    coordinator: unitRoles(403, 403),
    admin: unitRoles(201, 201),
  },
  'GET /users?unitId=': {
    ...sameForOwnUnitRoles(403),
    coordinator: unitRoles(403, 403),
    admin: unitRoles(200, 200),
  },
  'GET /users/:id': {
    ...sameForOwnUnitRoles(403),
    coordinator: unitRoles(403, 403),
    admin: unitRoles(200, 200),
  },
  'POST /users/:id/roles': {
    ...sameForOwnUnitRoles(403),
    coordinator: unitRoles(403, 403),
    admin: unitRoles(201, 201),
  },
  'POST /users/:id/deactivate': {
    ...sameForOwnUnitRoles(403),
    coordinator: unitRoles(403, 403),
    admin: unitRoles(200, 200),
  },
  'POST /reports (unitId)': {
    ...sameForOwnUnitRoles(403),
    drafter: unitRoles(201, 404),
    coordinator: unitRoles(201, 201),
    admin: unitRoles(403, 403),
  },
  'GET /reports/:id': {
    ...sameForOwnUnitRoles(200),
    coordinator: unitRoles(200, 200),
    admin: unitRoles(200, 200),
  },
  // A joint 党委+政府 report of the target's parent naming the target as its 党委: the 党委's people
  // read it (whatever their role), never write it (403); a sibling's or foreign one stays 404.
  'GET /reports/:id (joint report naming the target as its 党委)': everyRole([200, 200, 404, 404]),
  'POST /reports/:id/revisions (joint report naming the target as its 党委)': {
    ...everyRole([403, 403, 404, 404]),
    drafter: unitRoles(403, 201),
  },
  // The same joint report waiting on the 党委's signature (会签): only the 党委's principal leader
  // signs; the government's own leader (below: the report is the caller's unit's) signed already.
  'POST /reports/:id/actions (sign_off, joint report waiting on the target as its 党委)': {
    ...everyRole([403, 403, 404, 404]),
    unit_leader: unitRoles(200, 403),
  },
  'GET /reports/:id/history': {
    ...sameForOwnUnitRoles(200),
    coordinator: unitRoles(200, 200),
    admin: unitRoles(200, 200),
  },
  'GET /reports/:id/revisions': {
    ...sameForOwnUnitRoles(200),
    coordinator: unitRoles(200, 200),
    admin: unitRoles(200, 200),
  },
  'POST /reports/:id/revisions': {
    ...sameForOwnUnitRoles(403),
    drafter: unitRoles(201, 404),
    coordinator: unitRoles(403, 403),
    admin: unitRoles(403, 403),
  },
  // Submitting needs the drafter role in the report's unit; the coordinator of C1 is not the level
  // that receives C1's reports (the prefecture is), so it holds no workflow role here.
  'POST /reports/:id/actions (submit)': {
    ...sameForOwnUnitRoles(403),
    drafter: unitRoles(200, 404),
    coordinator: unitRoles(403, 403),
    admin: unitRoles(403, 403),
  },
  'GET /reports/:id/attachments': {
    ...sameForOwnUnitRoles(200),
    coordinator: unitRoles(200, 200),
    admin: unitRoles(200, 200),
  },
  'POST /reports/:id/attachments (upload)': {
    ...sameForOwnUnitRoles(403),
    drafter: unitRoles(201, 404),
    coordinator: unitRoles(403, 403),
    admin: unitRoles(403, 403),
  },
  'GET /reports/:id/attachments/:attachmentId/content': readReport,
  'GET /reports/:id/revisions/:number': readReport,
  'GET /reports/:id/diff?from&to': readReport,
  // Only the department reviewer of the report's own unit may let a draft past a failed check.
  'POST /reports/:id/check-override': {
    ...sameForOwnUnitRoles(403),
    dept_reviewer: unitRoles(201, 404),
    coordinator: unitRoles(403, 403),
    admin: unitRoles(403, 403),
  },
  'POST /reports/:id/check': readReport,
  'GET /reports/:id/export.docx': readReport,
  'GET /reports/:id/document/check': readReport,
  // Whom a dispatch would go to: those who read the report in full (a copy reader's 公文 names them).
  'GET /reports/:id/addressees': readReport,
  // Applying the check's fixes is a save: the drafters of the report's own unit only.
  'POST /reports/:id/document/fixes': {
    ...sameForOwnUnitRoles(403),
    drafter: unitRoles(201, 404),
    coordinator: unitRoles(403, 403),
    admin: unitRoles(403, 403),
  },
  'GET /reports/:id/follow-through': readReport,
  'PUT /units/:id/webhook': adminOfUnit(200),
  'PUT /units/:id/duty-separation': adminOfUnit(200),
  'PUT /units/:id/deliberation-body': adminOfUnit(200),
  // Whoever may create a unit there may rename it: an admin renames units below their own, the unit
  // itself is renamed from above (its parent is out of the admin's reach: 403).
  'PUT /units/:id/name': {
    ...sameForOwnUnitRoles(403),
    coordinator: unitRoles(403, 403),
    admin: unitRoles(403, 200),
  },
  'PUT /units/:id/review-chain': adminOfUnit(200),
  'GET /units/:id/submission-history': readReport,
  'DELETE /users/:id/roles/:role': adminOfUnit(200),
  'POST /users/:id/activate': adminOfUnit(200),
  'POST /users/:id/unlock': adminOfUnit(200),
  'POST /users/:id/password': adminOfUnit(200),
  'POST /users/:id/deactivate (holds admin in the parent)': adminOverHigherAdmin(200),
  'POST /users/:id/roles (holds admin in the parent)': adminOverHigherAdmin(201),
  'POST /users/:id/password (holds admin in the parent)': adminOverHigherAdmin(200),
  // Notifications are numbered in sequence, so a number says nothing: only ever one's own.
  'POST /notifications/:id/read (of a user of the unit)': everyRole([404, 404, 404, 404]),
  // Dead letters are an admin's list: without the role 403 whatever the unit (the list is the role's).
  'POST /admin/dead-letters/:id/replay (of the unit)': {
    ...everyRole([403, 403, 403, 403]),
    admin: unitRoles(202, 202),
  },
  'POST /campaigns (issuingUnitId)': {
    ...sameForOwnUnitRoles(403),
    coordinator: unitRoles(201, 403),
    admin: unitRoles(403, 403),
  },
  'GET /campaigns/:id (sent to)': readReceivedCampaign,
  'GET /campaigns/:id/notice-file (sent to)': readReceivedCampaign,
  'GET /campaigns/:id/extensions (sent to)': readReceivedCampaign,
  // Asking for more time: the target unit's drafter or leader (a coordinator above may not ask for it).
  'POST /campaigns/:id/extensions (sent to)': {
    ...sameForOwnUnitRoles(403),
    drafter: unitRoles(201, 404),
    unit_leader: unitRoles(201, 404),
    coordinator: unitRoles(403, 403),
    admin: unitRoles(403, 403),
  },
  'GET /campaigns/:id/board (issued by)': readIssuedCampaign,
  'GET /campaigns/:id/board.csv (issued by)': readIssuedCampaign,
  // 素材汇编: only the issuing unit's own coordinators, as for changes (CampaignAccess.forIssuer).
  'GET /campaigns/:id/compilation.docx (issued by)': changeIssuedCampaign(200),
  'GET /campaigns/:id/events (issued by)': readIssuedCampaign,
  'GET /campaigns/:id/events/verification (issued by)': readIssuedCampaign,
  // Scores, the 通报 draft and the open findings read like the board; the rule is the issuer's own.
  'GET /campaigns/:id/scoring-rule (issued by)': readIssuedCampaign,
  'GET /campaigns/:id/scoresheet.xlsx (issued by)': readIssuedCampaign,
  'GET /campaigns/:id/notice-draft (issued by)': readIssuedCampaign,
  'GET /campaigns/:id/findings (issued by)': readIssuedCampaign,
  // The stored 通报 (a draft here): written and read by the issuing office's coordinators only; once
  // issued, every unit the campaign asked reads it too (test/campaigns/notice.e2e-spec.ts).
  'POST /campaigns/:id/notice (issued by)': changeIssuedCampaign(201),
  'GET /campaigns/:id/notice (issued by)': {
    ...everyRole([404, 404, 404, 404]),
    coordinator: unitRoles(200, 404),
  },
  'GET /campaigns/:id/notice.docx (issued by)': {
    ...everyRole([404, 404, 404, 404]),
    coordinator: unitRoles(200, 404),
  },
  'PUT /campaigns/:id/notice (issued by)': changeIssuedCampaign(200),
  'POST /campaigns/:id/notice/refresh (issued by)': changeIssuedCampaign(200),
  'POST /campaigns/:id/notice/issue (issued by)': changeIssuedCampaign(200),
  'PUT /campaigns/:id/scoring-rule (issued by)': changeIssuedCampaign(200),
  // The item order (一、二、三…) reads like the board; only the issuer's own coordinators change it.
  'GET /campaigns/:id/item-order (issued by)': readIssuedCampaign,
  'PUT /campaigns/:id/item-order (issued by)': changeIssuedCampaign(200),
  // 报送外部机关: read with the board; recorded only by the issuing office's coordinators. The matrix's
  // campaigns name no body outside the system, so the one allowed through is told what to fix (400).
  'GET /campaigns/:id/forwardings (issued by)': readIssuedCampaign,
  'POST /campaigns/:id/forwardings (issued by)': changeIssuedCampaign(400),
  // 催办 by hand: only the issuing office's coordinators press a unit it asked (a fresh campaign each time).
  'POST /campaigns/:id/targets/:unitId/reminders (issued by)': changeIssuedCampaign(201),
  'POST /campaigns/:id/targets (issued by)': changeIssuedCampaign(201),
  'POST /campaigns/:id/withdraw (issued by)': changeIssuedCampaign(200),
  'POST /campaigns/:id/notice-file (issued by)': changeIssuedCampaign(201),
  'POST /campaigns/:id/extensions/:extensionId/decision (issued by)': changeIssuedCampaign(200),
  // Receipts (回执): a report of the unit below the target, dispatched to a campaign the target issued.
  // Its unit and those above read every receipt; C1 as the issuer reads its copy (its leader: 200,
  // other unit roles lack 'report.read-copy'); only the issuer's own coordinators decide.
  'GET /reports/:id/receipts (issued by)': {
    drafter: unitRoles(403, 404),
    dept_reviewer: unitRoles(403, 404),
    legal_adviser: unitRoles(403, 404),
    party_approver: unitRoles(403, 404),
    unit_leader: unitRoles(200, 404),
    coordinator: unitRoles(200, 200),
    admin: unitRoles(200, 200),
  },
  // An admin at or above the issuer reads the report as above its unit, so it is told the missing
  // role (scenario test, stop 53: the report's own leader got 404 for a receipt it lists).
  'POST /reports/:id/receipts/:campaignId/accept (issued by)': {
    ...everyRole([404, 404, 404, 404]),
    coordinator: unitRoles(200, 403),
    admin: unitRoles(403, 403),
  },
  // Findings (问题清单) on a dispatched report: raised by the issuer's own coordinators, as receipts
  // are decided; read by the report's unit and those above it, and by the raising office.
  'GET /reports/:id/findings (issued by)': {
    ...everyRole([404, 404, 404, 404]),
    coordinator: unitRoles(200, 200),
    admin: unitRoles(200, 200),
  },
  // An admin above reads the report, so it is told the missing role rather than shown nothing; so is
  // the issuing unit's own staff, who read what was sent to it (penetration test, stop 49: 404).
  'POST /reports/:id/findings (issued by)': {
    ...sameForOwnUnitRoles(403),
    coordinator: unitRoles(201, 403),
    admin: unitRoles(403, 403),
  },
  // 整改: a finding raised by the parent's office on the target's report (a campaign sent to it) is
  // answered by the unit's own drafter only. Coordinators and admins above read it but never answer
  // (pen test: a regional admin answered, recorded as drafter); nobody else sees it.
  'POST /findings/:id/answer (sent to)': {
    drafter: unitRoles(200, 404),
    dept_reviewer: unitRoles(403, 404),
    legal_adviser: unitRoles(403, 404),
    party_approver: unitRoles(403, 404),
    unit_leader: unitRoles(403, 404),
    coordinator: unitRoles(403, 403),
    admin: unitRoles(403, 403),
  },
  // Copies (抄送): a report of the target unit dispatched with revision 1 and copied to C1 as the
  // rule-of-law office, then redrafted (revision 2, one more attachment) after the dispatch.
  'GET /reports/:id (copied to C1)': readCopy,
  'GET /reports/:id/history (copied to C1)': readCopy,
  'GET /reports/:id/export.docx (copied to C1)': readCopy,
  'GET /reports/:id/revisions/:number (copied to C1, dispatched)': readCopy,
  'GET /reports/:id/revisions/:number (copied to C1, redrafted after)': readCopyNotSent,
  'GET /reports/:id/attachments/:attachmentId/content (copied to C1, added after)': readCopyNotSent,
  // The stamped scan (盖章扫描件) follows the same rule: a copy reader gets the scan of a revision
  // dispatched to it, never one of a later revision (404 STAMPED_SCAN_NOT_FOUND, as if none).
  'GET /reports/:id/stamped-scan (copied to C1, scan of the dispatched revision)': readCopy,
  'GET /reports/:id/stamped-scan (copied to C1, scanned after)': readCopyNotSent,
  // Per-target recipients (#17): a campaign of the unit's parent to the unit and to a unit beside
  // it, each with its own list. C1 named 抄送 only on the other target's line never reads it (404
  // for a sibling's or another prefecture's report; below C1 the parent issuing is C1 itself, which
  // reads what it receives); then named on the report's own line, it reads the dispatched version.
  // (In this order: the unit's one report of the year keeps what was dispatched to C1 before.)
  'GET /reports/:id (per-target campaign, C1 copied on another target’s line only)': {
    drafter: unitRoles(200, 403, 404, 404),
    dept_reviewer: unitRoles(200, 403, 404, 404),
    legal_adviser: unitRoles(200, 403, 404, 404),
    party_approver: unitRoles(200, 403, 404, 404),
    unit_leader: unitRoles(200, 200, 404, 404),
    coordinator: unitRoles(200, 200, 404, 404),
    admin: unitRoles(200, 200, 404, 404),
  },
  'GET /reports/:id (per-target campaign, C1 copied on the report’s line)': readCopy,
  // The same report while the receipt of a campaign issued by C1 is still open: deciding it does not
  // make C1's coordinators readers of what was not sent (a sibling's or another prefecture's unit).
  'GET /reports/:id/revisions/:number (receipt open at C1, redrafted after)': readCopyNotSent,
  'GET /reports/:id/attachments/:attachmentId/content (receipt open at C1, added after)': readCopyNotSent,
};

/**
 * What a reader learns of a report's progress after it was copied to C1: a cell is the status, or
 * for a 200 what the answer showed: **live** = the report as it is now, **as sent** = as it was when
 * dispatched to C1 (its version the number of dispatches C1 received, its return count, state and
 * dates those of the dispatch). The report's own unit and those above it read it live; a reader
 * through the copy (C1's copy readers, a sibling's, another prefecture's) never learns that the unit
 * went on with it. The report: copied to C1 with revision 1, then redrafted (revision 2), submitted
 * to the unit's own review and returned by it.
 */
export type ViewCell = number | 'live' | 'as sent';
export type ViewRow = Record<MatrixRole, [ViewCell, ViewCell, ViewCell, ViewCell]>;
const copyProgress: ViewRow = {
  drafter: ['live', 403, 403, 403],
  dept_reviewer: ['live', 403, 403, 403],
  legal_adviser: ['live', 403, 403, 403],
  party_approver: ['live', 403, 403, 403],
  unit_leader: ['live', 'as sent', 'as sent', 'as sent'],
  coordinator: ['live', 'live', 'as sent', 'as sent'],
  admin: ['live', 'live', 403, 403],
};
export const COPY_VIEWS: Record<string, ViewRow> = {
  'GET /reports/:id (copied to C1, a later version saved since): currentRevision, version, title':
    copyProgress,
  'GET /reports/:id (copied to C1, returned inside the unit since): returnCount, state': copyProgress,
  'GET /reports/:id (copied to C1, the unit at work on it again): updatedAt, stageEnteredAt': copyProgress,
};

/** Endpoints with no target unit: the caller's own data, or an admin-only view. */
export const UNTARGETED: Record<string, Record<MatrixRole, number>> = {
  'GET /me': {
    drafter: 200,
    dept_reviewer: 200,
    legal_adviser: 200,
    party_approver: 200,
    unit_leader: 200,
    coordinator: 200,
    admin: 200,
  },
  'GET /units': {
    drafter: 200,
    dept_reviewer: 200,
    legal_adviser: 200,
    party_approver: 200,
    unit_leader: 200,
    coordinator: 200,
    admin: 200,
  },
  'GET /reports': {
    drafter: 200,
    dept_reviewer: 200,
    legal_adviser: 200,
    party_approver: 200,
    unit_leader: 200,
    coordinator: 200,
    admin: 200,
  },
  'GET /work-queue': {
    drafter: 200,
    dept_reviewer: 200,
    legal_adviser: 200,
    party_approver: 200,
    unit_leader: 200,
    coordinator: 200,
    admin: 200,
  },
  // 我的待办's 整改: everyone asks; the list holds the findings of the units where one answers them.
  'GET /findings/to-answer': {
    drafter: 200,
    dept_reviewer: 200,
    legal_adviser: 200,
    party_approver: 200,
    unit_leader: 200,
    coordinator: 200,
    admin: 200,
  },
  'GET /notifications': {
    drafter: 200,
    dept_reviewer: 200,
    legal_adviser: 200,
    party_approver: 200,
    unit_leader: 200,
    coordinator: 200,
    admin: 200,
  },
  'GET /users': {
    drafter: 403,
    dept_reviewer: 403,
    legal_adviser: 403,
    party_approver: 403,
    unit_leader: 403,
    coordinator: 403,
    admin: 200,
  },
  // #15.7: an admin may not grant itself anything; without admin, granting is refused anyway.
  'POST /users/:id/roles (to oneself)': everyone(403),
  'GET /admin/events': {
    drafter: 403,
    dept_reviewer: 403,
    legal_adviser: 403,
    party_approver: 403,
    unit_leader: 403,
    coordinator: 403,
    admin: 200,
  },
  'POST /system/self-checks': {
    drafter: 403,
    dept_reviewer: 403,
    legal_adviser: 403,
    party_approver: 403,
    unit_leader: 403,
    coordinator: 403,
    admin: 202,
  },
  // A self-check holds no data (times and a worker name); its id is a UUID.
  'GET /system/self-checks/:id': everyone(200),
  'GET /campaigns': everyone(200),
  'GET /notifications/unread-count': everyone(200),
  'POST /notifications/:id/read (my own)': everyone(204),
  'GET /admin/dead-letters': adminOnly(200),
  // The queues hold every region's jobs: only an admin of a root unit sees the board, and the
  // caller here is an admin of a county (root-level access is in test/foundation/queue-board).
  'GET /admin/queues': everyone(403),
  'POST /admin/queue-board/session': everyone(403),
  // The content tools compute on the text sent and store nothing.
  'POST /content/import': everyone(200),
  'POST /content/import-file': everyone(200),
  'POST /content/check': everyone(200),
  // The 抄送 list of C1: its readers of copies only.
  'GET /reports/copies': { ...everyone(403), unit_leader: 200, coordinator: 200 },
};

function everyone(status: number): Record<MatrixRole, number> {
  return Object.fromEntries(MATRIX_ROLES.map((role) => [role, status])) as Record<MatrixRole, number>;
}

function adminOnly(status: number): Record<MatrixRole, number> {
  return { ...everyone(403), admin: status };
}

export function renderMarkdown(): string {
  const lines = [
    '# Authorization matrix',
    '',
    'Generated from `test/identity/authorization-matrix.data.ts` by `npm run docs:authz`; the e2e test',
    '`test/identity/authorization-matrix.e2e-spec.ts` checks every cell against the running API and fails',
    'when this file is out of date.',
    '',
    'The caller sits in a county government unit (C1) and holds exactly one role there. Targets: **own** =',
    "C1; **below** = C1's transport bureau; **sibling** = another county of the same prefecture; **foreign** =",
    "a unit of another prefecture. 404 means the target is outside the caller's reach (its existence is not",
    'revealed); 403 means visible, but the caller lacks the role the action needs (the message names it).',
    '',
    "Campaign rows relate the campaign to the target unit: **sent to** = issued by the unit's parent with the",
    'unit as its target (the notice, extension requests); **issued by** = issued by the unit to a unit below it',
    '(the board, the record, changes). Every change is made on a fresh object.',
    '',
  ];
  for (const [endpoint, row] of Object.entries(TARGETED)) {
    lines.push(
      `## ${endpoint}`,
      '',
      `| role | ${RELATIONS.join(' | ')} |`,
      `|---|${RELATIONS.map(() => '---').join('|')}|`,
    );
    for (const role of MATRIX_ROLES) lines.push(`| ${role} | ${row[role].join(' | ')} |`);
    lines.push('');
  }
  lines.push(
    '## What a reader learns of a report copied to C1',
    '',
    'A report of the target copied (抄送) to C1 with revision 1, then redrafted (revision 2), submitted to the',
    "unit's own review and returned by it. For a 200 the cell says what the answer showed of the fields named:",
    '**live** = the report as it is now; **as sent** = as it was when dispatched to C1 (version = the number',
    'of dispatches C1 received). A reader through the copy never learns that the unit went on with the report.',
    '',
  );
  for (const [endpoint, row] of Object.entries(COPY_VIEWS)) {
    lines.push(
      `### ${endpoint}`,
      '',
      `| role | ${RELATIONS.join(' | ')} |`,
      `|---|${RELATIONS.map(() => '---').join('|')}|`,
    );
    for (const role of MATRIX_ROLES) lines.push(`| ${role} | ${row[role].join(' | ')} |`);
    lines.push('');
  }
  lines.push(
    '## Endpoints without a target unit',
    '',
    `| endpoint | ${MATRIX_ROLES.join(' | ')} |`,
    `|---|${MATRIX_ROLES.map(() => '---').join('|')}|`,
  );
  for (const [endpoint, row] of Object.entries(UNTARGETED))
    lines.push(`| ${endpoint} | ${MATRIX_ROLES.map((r) => row[r]).join(' | ')} |`);
  lines.push('');
  return lines.join('\n');
}
