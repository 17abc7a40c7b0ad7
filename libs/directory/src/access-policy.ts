import type { Role, WorkflowRole } from '@app/workflow';
import { AccessErrors } from './access.errors';
import { SUBTREE_ROLES, isWithin, type Principal, type UnitRef } from './principal';

export { ACCESS_ERROR_CODES, AccessErrors } from './access.errors';

/**
 * The one authorization policy (docs/architecture.md): every HTTP service and guard, the campaign
 * checks, the operations pages (dead letters, queue board) and the worker's choice of recipients ask
 * the functions of this file, over plain objects, and decide nothing about roles themselves.
 *
 * A unit outside the caller's reach answers 404 (its existence is not revealed); a visible object
 * the caller's roles may not change answers 403 naming the missing role.
 */
export const PERMISSIONS = {
  'unit.read': 'any',
  'unit.create': ['admin'],
  // A unit's own settings (its webhook, duty separation, deliberation body, review chain): a
  // permission of its own, so that widening who creates units never widens who may change these.
  'unit.configure': ['admin'],
  'user.read': ['admin'],
  'user.manage': ['admin'],
  'admin-event.read': ['admin'],
  'dead-letter.read': ['admin'],
  // Sending a dead delivery again is a write: its own permission, though the same role reads and sends.
  'dead-letter.replay': ['admin'],
  'system.self-check': ['admin'],
  'report.read': 'any',
  // A copy (抄送) is read by the head of the rule-of-law office it went to, or its coordinators;
  // other members of that office hold no business with another unit's report.
  'report.read-copy': ['unit_leader', 'coordinator'],
  'report.create': ['drafter', 'coordinator'],
  'report.edit': ['drafter'],
  'report.attach': ['drafter'],
  // 整改: the report's unit answers a finding (问题清单) raised on it, through its own drafter. An
  // admin manages people and never acts in the workflow (pen test: a regional admin answered a
  // county unit's 整改 and the history named it drafter).
  'finding.answer': ['drafter'],
} as const satisfies Record<string, readonly Role[] | 'any'>;
export type Permission = keyof typeof PERMISSIONS;
/** Permissions granted by the admin role wherever it is held (its subtree is the scope). */
export type AdminPermission =
  'user.read' | 'admin-event.read' | 'dead-letter.read' | 'dead-letter.replay' | 'system.self-check';

// ---- Reach: which units a principal's roles apply to ----------------------------------------

/** Roles the principal holds that apply to this unit. */
export function rolesAt(principal: Principal, unit: UnitRef): Role[] {
  const roles = new Set<Role>();
  for (const held of principal.roles) {
    const applies = SUBTREE_ROLES.includes(held.role)
      ? isWithin(unit.path, held.unitPath)
      : held.unitId === unit.id;
    if (applies) roles.add(held.role);
  }
  return [...roles];
}

/** A unit is visible when it is the caller's own unit or lies in the subtree of a coordinator/admin role. */
export function canSee(principal: Principal, unit: UnitRef): boolean {
  return unit.id === principal.unitId || rolesAt(principal, unit).length > 0;
}

/**
 * What the caller reaches, for queries that filter many rows at once: the units they belong to or
 * hold a role in, and the subtrees (unit paths) of their coordinator/admin roles.
 */
export function reachOf(principal: Principal): { ownUnitIds: string[]; subtreePaths: string[] } {
  return {
    ownUnitIds: [principal.unitId, ...principal.roles.map((r) => r.unitId)],
    subtreePaths: principal.roles.filter((r) => SUBTREE_ROLES.includes(r.role)).map((r) => r.unitPath),
  };
}

/** Whether the unit is one of the caller's own units or lies in one of their subtrees (reachOf). */
export function isInReach(principal: Principal, unit: UnitRef): boolean {
  const { ownUnitIds, subtreePaths } = reachOf(principal);
  return ownUnitIds.includes(unit.id) || subtreePaths.some((path) => isWithin(unit.path, path));
}

/**
 * Reads a report as one of its reporting units: sees its own unit or, for a joint 党委+政府 report
 * (联合报告, joint-report.ts), the party committee reporting with it. Only the report's own unit
 * acts on it (workflowRolesFor); the 党委's people read it, a sibling place's never.
 */
export function readsAsReportingUnit(
  principal: Principal,
  report: { unit: UnitRef; coReportingUnit: UnitRef | null },
): boolean {
  return (
    canSee(principal, report.unit) ||
    (report.coReportingUnit !== null && canSee(principal, report.coReportingUnit))
  );
}

// ---- Permissions on one unit's objects ----------------------------------------------------------

/**
 * Throws 404 when the unit is outside the caller's reach, 403 when visible but no required role is
 * held there. Returns the roles that apply, for callers that need them.
 */
export function authorize(
  principal: Principal,
  permission: Permission,
  unit: UnitRef,
  what = 'Unit',
): Role[] {
  if (!canSee(principal, unit)) throw AccessErrors.notFound(what);
  const held = rolesAt(principal, unit);
  const needed = PERMISSIONS[permission];
  if (needed === 'any') return held;
  if (!held.some((role) => (needed as readonly Role[]).includes(role))) {
    throw AccessErrors.missingRole(permission, needed, held, unit.name);
  }
  return held;
}

// ---- Administration: which subtrees does the caller administer? ------------------------------

/** What authorize allows, as a question: for offering an action only to whoever the endpoint lets act. */
export function mayAct(principal: Principal, permission: Permission, unit: UnitRef): boolean {
  if (!canSee(principal, unit)) return false;
  const needed = PERMISSIONS[permission];
  return (
    needed === 'any' || rolesAt(principal, unit).some((role) => (needed as readonly Role[]).includes(role))
  );
}

/** The unit paths of the caller's admin roles: each is a subtree they administer. */
export function administeredSubtrees(principal: Principal): string[] {
  return principal.roles.filter((r) => r.role === 'admin').map((r) => r.unitPath);
}

/** The subtrees the caller administers; 403 naming the admin role when there are none. */
export function requireAdministeredSubtrees(principal: Principal, permission: AdminPermission): string[] {
  const subtrees = administeredSubtrees(principal);
  if (subtrees.length === 0)
    throw AccessErrors.missingRole(
      permission,
      PERMISSIONS[permission],
      principal.roles.map((r) => r.role),
    );
  return subtrees;
}

/** Whether a unit (by its path) lies in a subtree the caller administers. */
export function administers(principal: Principal, unitPath: string): boolean {
  return administeredSubtrees(principal).some((root) => isWithin(unitPath, root));
}

/**
 * An admin of a root unit (path "/<id>/") reaches the whole tree: only they may open what holds every
 * region's data at once, such as the queue board.
 */
export function administersWholeTree(principal: Principal): boolean {
  return administeredSubtrees(principal).some((path) => path.split('/').filter(Boolean).length === 1);
}

// ---- Campaigns (报送任务) ------------------------------------------------------------------------

/** The units the caller coordinates (each once): where they may issue a campaign. */
export function coordinatedUnitIds(principal: Principal): string[] {
  return [...new Set(principal.roles.filter((r) => r.role === 'coordinator').map((r) => r.unitId))];
}

/** The unit paths of the caller's coordinator roles: campaigns issued in them are the caller's to track. */
export function coordinatedSubtrees(principal: Principal): string[] {
  return principal.roles.filter((r) => r.role === 'coordinator').map((r) => r.unitPath);
}

/** Holds `coordinator` in this unit or above it: may read a campaign it issued, its board and record. */
export function coordinatesAtOrAbove(principal: Principal, unit: UnitRef): boolean {
  return principal.roles.some((held) => held.role === 'coordinator' && isWithin(unit.path, held.unitPath));
}

/** Holds `coordinator` in exactly this unit: may issue, add targets, withdraw, decide extensions. */
export function coordinatesExactly(principal: Principal, unitId: string): boolean {
  return principal.roles.some((held) => held.role === 'coordinator' && held.unitId === unitId);
}

/**
 * Decides (接收/退回) a campaign's receipt: a coordinator of the issuing office itself, never one
 * above it (who reads the receipt but answers for another office). The endpoint and the console's
 * offer both come from here.
 */
export function decidesReceipt(principal: Principal, issuingUnitId: string): boolean {
  return coordinatesExactly(principal, issuingUnitId);
}

/**
 * Reads a campaign's 通报 (报送情况通报). A draft: only the issuing office's coordinators, who write it.
 * Issued: also the coordinators above them (they read the board) and the people of every unit the
 * campaign asked (`addressedUnitIds`: of the units where the reader holds a NOTICE_READER_ROLES role,
 * those among the targets): a 通报 is
 * sent to all the units it reports on, not only to those it names (a walk, stop 51: a unit taken off
 * the named list neither heard of nor could read the 通报 addressed to 县直各部门). Only the issuing
 * office's coordinators write or issue it (decidesReceipt's rule).
 */
export function readsCampaignNotice(
  principal: Principal,
  notice: {
    issuer: UnitRef;
    issued: boolean;
    addressedUnitIds: readonly string[];
    /**
     * The caller issued a campaign this one forwards (逐级下发), at any level above: it reads the
     * cascade's board, and its issued 通报 too (an external QA engineer, stop 57: 404 for the
     * 依法治州办 on its county's 通报).
     */
    askedFromAbove?: boolean;
  },
): boolean {
  if (coordinatesExactly(principal, notice.issuer.id)) return true;
  if (!notice.issued) return false;
  if (coordinatesAtOrAbove(principal, notice.issuer) || notice.askedFromAbove === true) return true;
  const { ownUnitIds } = reachOf(principal);
  return notice.addressedUnitIds.some((id) => ownUnitIds.includes(id));
}

/**
 * Who in a unit a 催办 by hand may reach when nobody there acts next on its report: everyone who
 * writes or answers for the report. A press that would reach none of them is refused (the unit has
 * no account to tell), and the worker falls back to them when the next actors are gone.
 */
/**
 * Who asks for more time (延期) on a target unit's behalf, and hears of the decision: its drafters and
 * its principal leader, in the unit itself (a coordinator above sees the unit but does not ask for it).
 */
export const EXTENSION_REQUESTER_ROLES = ['drafter', 'unit_leader'] as const satisfies readonly Role[];

/** The roles P holds in unit U that may ask for an extension for it; none: P may not. */
export function extensionRequesterRoles(principal: Principal, unit: UnitRef): Role[] {
  return rolesAt(principal, unit).filter((r) => (EXTENSION_REQUESTER_ROLES as readonly Role[]).includes(r));
}

export const URGE_REACHABLE_ROLES = [
  'drafter',
  'dept_reviewer',
  'legal_adviser',
  'division_leader',
  'party_approver',
  'unit_leader',
] as const satisfies readonly Role[];

/**
 * The roles notified in each unit a 通报 is sent to: those who write and answer for the unit's report,
 * its principal leader too (a walk, stop 52: a named unit's 主要负责人 heard nothing of the 整改 asked).
 */
export const NOTICE_NOTIFIED_ROLES = ['drafter', 'admin', 'unit_leader'] as const satisfies readonly Role[];

/**
 * Who in a unit a 通报 is sent to reads it: those who write, review, deliberate, sign and administer
 * for the unit, not an outside lawyer's limited account (法律顾问): the 通报 carries every unit's score
 * (review, stop 52).
 */
export const NOTICE_READER_ROLES = [
  ...NOTICE_NOTIFIED_ROLES,
  'dept_reviewer',
  'division_leader',
  'party_approver',
] as const satisfies readonly Role[];

/** The units where the caller holds a role that reads an issued 通报 sent there (NOTICE_READER_ROLES). */
export function unitsReadingNotices(principal: Principal): string[] {
  const readers: readonly Role[] = NOTICE_READER_ROLES;
  return [...new Set(principal.roles.filter((r) => readers.includes(r.role)).map((r) => r.unitId))];
}

// ---- Reports in the workflow ----------------------------------------------------------------------

/**
 * A report as far as the workflow roles are concerned: its own unit, the unit it goes up to, and
 * the campaign issuers whose receipt (回执) of it is open. `openReceiptIssuerIds` null or absent:
 * the report was never dispatched to a campaign, so the receiving unit decides (reports made
 * without a campaign); once dispatched, only the issuers of open receipts do.
 */
export interface ReportUnits {
  unitId: string;
  receivingUnitId: string | null;
  openReceiptIssuerIds?: readonly string[] | null;
  /** A joint report's 党委 (联合报告): its principal leader signs the report off too. */
  coReportingUnitId?: string | null;
}

/**
 * The role held by those who act in a derived workflow role: a joint report's 党委 signs through its
 * principal leader (unit_leader, the 书记), nobody else of the 党委.
 */
const DERIVED_ROLE_HOLDERS = { co_reporting_leader: 'unit_leader' } as const satisfies Record<
  Exclude<WorkflowRole, Role>,
  Role
>;

/** The role a user must hold (where unitsWhereRolesAct says) to act in a workflow role. */
export function heldRoleFor(role: WorkflowRole): Role {
  return role === 'co_reporting_leader' ? DERIVED_ROLE_HOLDERS[role] : role;
}

/** The units whose coordinators act on the report now (see ReportUnits). */
export function unitsWhereCoordinatorsAct(report: Omit<ReportUnits, 'unitId'>): string[] {
  if (report.openReceiptIssuerIds != null) return [...report.openReceiptIssuerIds];
  return report.receivingUnitId === null ? [] : [report.receivingUnitId];
}

/**
 * The roles a user may use on one report (the workflow library's "effective roles"): the roles they
 * hold in the report's own unit, plus `coordinator` only when they coordinate a unit the report
 * waits on: the issuer of a campaign whose receipt is open (the unit that asks receives), or, for
 * a report no campaign asked for, the unit it goes up to. A province coordinator reaches a
 * county's report for reading, but does not act on it; admins never act in the workflow.
 */
export function workflowRolesFor(
  principal: Principal,
  report: Omit<ReportUnits, 'unitId'>,
  reportUnit: UnitRef,
): WorkflowRole[] {
  const roles: WorkflowRole[] = rolesAt(principal, reportUnit).filter(
    (role) => !SUBTREE_ROLES.includes(role),
  );
  if (unitsWhereCoordinatorsAct(report).some((unitId) => coordinatesExactly(principal, unitId)))
    roles.push('coordinator');
  // A joint report's 党委 signs through its principal leader, held in the 党委 itself (not above it).
  const coReportingUnitId = report.coReportingUnitId ?? null;
  if (
    coReportingUnitId !== null &&
    principal.roles.some(
      (held) => held.role === DERIVED_ROLE_HOLDERS.co_reporting_leader && held.unitId === coReportingUnitId,
    )
  )
    roles.push('co_reporting_leader');
  return roles;
}

/**
 * The same rule seen from the report (for the worker, choosing whom to tell): the units whose
 * holders of this workflow role act on it. Coordinators act at the issuers of open receipts (or the
 * receiving unit, see ReportUnits); a joint report's 党委 leader (co_reporting_leader) at the 党委,
 * holding heldRoleFor(role); every other role at the report's own unit.
 */
export function unitsWhereRolesAct(report: ReportUnits, role: WorkflowRole): string[] {
  if (role === 'coordinator') return unitsWhereCoordinatorsAct(report);
  if (role === 'co_reporting_leader') return report.coReportingUnitId ? [report.coReportingUnitId] : [];
  return [report.unitId];
}

/**
 * Who, among the members of an office a copy (抄送) went to, may open it ('report.read-copy'):
 * holders of these roles in the office itself, or of these subtree roles in it or above it.
 */
export function copyReaderRoles(): { inOwnUnit: Role[]; inOrAboveOwnUnit: Role[] } {
  const roles: readonly Role[] = PERMISSIONS['report.read-copy'];
  return {
    inOwnUnit: roles.filter((r) => !SUBTREE_ROLES.includes(r)),
    inOrAboveOwnUnit: roles.filter((r) => SUBTREE_ROLES.includes(r)),
  };
}

/**
 * The units whose received reports (收到的报告) the principal lists: its own unit when a copy-reading
 * role applies there, and every unit in which it holds such a role itself. The 依法治县办's 经办人
 * are 司法局 staff holding coordinator in the office housed there: the office's list is theirs,
 * though their own unit is the 司法局 (penetration test, stop 39: they got 403).
 */
export function unitsListingCopies(principal: Principal): UnitRef[] {
  const readers: readonly Role[] = PERMISSIONS['report.read-copy'];
  const own = { id: principal.unitId, path: principal.unitPath };
  const units = rolesAt(principal, own).some((role) => readers.includes(role)) ? [own] : [];
  for (const held of principal.roles) {
    if (readers.includes(held.role) && !units.some((u) => u.id === held.unitId))
      units.push({ id: held.unitId, path: held.unitPath });
  }
  return units;
}

/**
 * Whether a reader sees a report as it was last dispatched to it rather than as it is now. Someone
 * who reads only through a dispatch (the 抄送 office, a 主送 unit: `copyOnly`) holds the revisions
 * sent and no more: not the report's later version, state, return count or dates, from which it
 * would learn that the unit took the report back or is redrafting it. The report's own unit and
 * those above it read it live (`copyOnly` false), and so does the office that issued one of its
 * receipts (回执), coordinating at or above the issuer: it returns and accepts the report itself, and
 * reads its receipts.
 */
export function readsAsDispatched(
  principal: Principal,
  reader: { copyOnly: boolean; receiptIssuers: readonly UnitRef[] },
): boolean {
  return reader.copyOnly && !reader.receiptIssuers.some((issuer) => coordinatesAtOrAbove(principal, issuer));
}

// ---- Disclosure (向社会公开): the reporting unit's own duty ---------------------------------

/** Who records a step of the disclosure track, in the report's own unit (never from above). */
export const DISCLOSURE_STEP_ROLES = {
  /** 保密审查: the unit leader or the reviewing section. */
  review: ['unit_leader', 'dept_reviewer'],
  /** The publication itself: the drafter who puts it online, or the unit leader. */
  publish: ['drafter', 'unit_leader'],
} as const satisfies Record<string, readonly Role[]>;
export type DisclosureStep = keyof typeof DISCLOSURE_STEP_ROLES;

/** The role P records this disclosure step in, held in the report's own unit; refuses (403) otherwise. */
export function disclosureRoleFor(
  principal: Principal,
  reportUnit: UnitRef & { name?: string },
  step: DisclosureStep,
): Role {
  const allowed: readonly Role[] = DISCLOSURE_STEP_ROLES[step];
  const held = rolesAt(principal, reportUnit).filter((role) => !SUBTREE_ROLES.includes(role));
  const role = allowed.find((r) => held.includes(r));
  if (!role) throw AccessErrors.missingRole(`disclosure ${step}`, allowed, held, reportUnit.name);
  return role;
}

/** The units where the caller records each disclosure step (own-unit roles: 我的待办's 政务公开). */
export function unitsForDisclosureSteps(principal: Principal): Record<DisclosureStep, string[]> {
  const unitsFor = (step: DisclosureStep) => {
    const allowed: readonly Role[] = DISCLOSURE_STEP_ROLES[step];
    return [...new Set(principal.roles.filter((h) => allowed.includes(h.role)).map((h) => h.unitId))];
  };
  return { review: unitsFor('review'), publish: unitsFor('publish') };
}

// ---- 整改 in 我的待办 ----------------------------------------------------------------------------

/**
 * The role P answers a finding on unit U's report in (the audit chain records it): one held in U
 * itself that `finding.answer` names. 404 outside reach, 403 without it (a coordinator or admin
 * above the unit reads the findings but never answers them).
 */
export function findingAnswerRole(principal: Principal, unit: UnitRef & { name?: string }): Role {
  if (!canSee(principal, unit)) throw AccessErrors.notFound('Finding');
  const allowed: readonly Role[] = PERMISSIONS['finding.answer'];
  const held = rolesAt(principal, unit);
  const role = allowed.find((r) => held.includes(r));
  if (!role) throw AccessErrors.missingRole('finding.answer', allowed, held, unit.name);
  return role;
}

/**
 * The units whose open findings sit in the caller's 我的待办: those where they hold a role that
 * answers findings (`finding.answer`, the drafter) in the unit itself.
 */
export function unitsAnsweringFindings(principal: Principal): string[] {
  const roles: readonly Role[] = PERMISSIONS['finding.answer'];
  return [...new Set(principal.roles.filter((held) => roles.includes(held.role)).map((h) => h.unitId))];
}
