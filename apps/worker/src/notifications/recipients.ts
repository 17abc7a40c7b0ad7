import { Injectable } from '@nestjs/common';
import {
  copyReaderRoles,
  DISCLOSURE_STEP_ROLES,
  heldRoleFor,
  PERMISSIONS,
  unitsWhereRolesAct,
  UserRepository,
} from '@app/directory';
import type { Audience } from '@app/reminders';
import type { Deadline, Report } from '@app/reports';
import { defaultRegistry, rolesThatAct, type Role, type WorkflowRole } from '@app/workflow';
import { ContactsRepository } from './contacts.repository';

export interface Recipient {
  id: string;
  unitId: string;
}

/**
 * An audience resolved to the units whose role holders receive the message (no database needed):
 * several when a report waits on several campaign issuers (one open receipt each).
 */
export interface AudienceUnit {
  unitIds: string[];
  roles: Role[];
}

/** Who a reminder goes to: whoever must act now, the unit leader (督办), or the coordinators above. */
@Injectable()
export class Recipients {
  constructor(
    private readonly users: UserRepository,
    private readonly contacts: ContactsRepository,
  ) {}

  /**
   * The members of the given copy-recipient units (抄送单位) who may read a copy there, i.e. hold a
   * role of 'report.read-copy' that applies to their own unit: held in it, or (coordinator) in it
   * or above it. The same rule ReportAccess applies, so nobody is told of a copy they cannot open.
   */
  async copyReaders(unitIds: string[]): Promise<Recipient[]> {
    if (unitIds.length === 0) return [];
    const { inOwnUnit, inOrAboveOwnUnit } = copyReaderRoles();
    return this.contacts.membersWithRoles({ unitIds, inOwnUnit, inOwnUnitOrAbove: inOrAboveOwnUnit });
  }

  audienceUnit(
    report: Report,
    audience: Audience,
    deadline: Pick<Deadline, 'kind' | 'stage'> = { kind: 'stage', stage: null },
  ): AudienceUnit | null {
    const deadlineKind = deadline.kind;
    if (audience === 'unit_leader') return { unitIds: [report.unitId], roles: ['unit_leader'] };
    // 整改 is owed to the office that raised the finding: its coordinators are told when it is overdue.
    if (deadlineKind === 'rectification')
      return audience === 'coordinator'
        ? deadline.stage
          ? { unitIds: [deadline.stage], roles: ['coordinator'] }
          : null
        : {
            unitIds: [report.unitId],
            roles: [...PERMISSIONS['finding.answer']],
          };
    if (audience === 'coordinator') return coordinatorsOf(report);
    // Disclosure is the unit's own duty whatever the report's state: those who publish act.
    if (deadlineKind === 'disclosure')
      return { unitIds: [report.unitId], roles: [...DISCLOSURE_STEP_ROLES.publish] };
    const roles = rolesThatAct(defaultRegistry.get(report.workflowId, report.workflowVersion), report.state);
    if (roles.length > 0 && roles.every((r) => r === 'coordinator')) return coordinatorsOf(report);
    // A joint report waiting on its 党委's signature: the 党委's principal leader is the one to remind.
    if (roles.includes('co_reporting_leader')) {
      const unitIds = unitsWhereRolesAct(report, 'co_reporting_leader');
      return unitIds.length > 0 ? { unitIds, roles: [heldRoleFor('co_reporting_leader')] } : null;
    }
    return { unitIds: [report.unitId], roles: roles.filter(isHeldInOwnUnit) };
  }

  /** The recipients of many audiences at once: one query per distinct set of roles, whatever the number of units. */
  async ofMany(targets: Array<AudienceUnit | null>): Promise<Recipient[][]> {
    const byRoles = new Map<string, { roles: Role[]; units: Set<string> }>();
    for (const t of targets) {
      if (!t || t.roles.length === 0) continue;
      const key = rolesKey(t.roles);
      const group = byRoles.get(key) ?? { roles: t.roles, units: new Set<string>() };
      for (const unitId of t.unitIds) group.units.add(unitId);
      byRoles.set(key, group);
    }
    const found = new Map<string, Recipient[]>();
    // One query per set of roles, run side by side: the batch waits for the slowest, not the sum.
    const groups = [...byRoles];
    const results = await Promise.all(
      groups.map(([, group]) => this.users.findActiveByRoleInUnits([...group.units], group.roles)),
    );
    for (const [i, [key]] of groups.entries()) {
      for (const row of results[i]) {
        const k = `${key}|${row.unit_id}`;
        const list = found.get(k) ?? [];
        if (!list.some((r) => r.id === row.id)) list.push({ id: row.id, unitId: row.unit_id });
        found.set(k, list);
      }
    }
    return targets.map((t) =>
      t ? t.unitIds.flatMap((unitId) => found.get(`${rolesKey(t.roles)}|${unitId}`) ?? []) : [],
    );
  }
}

/** The coordinators who act on the report (the access policy: issuers of open receipts, else the receiving unit), if any. */
function coordinatorsOf(report: Report): AudienceUnit | null {
  const unitIds = unitsWhereRolesAct(report, 'coordinator');
  return unitIds.length > 0 ? { unitIds, roles: ['coordinator'] } : null;
}

/** Roles held in the report's own unit (not the level above's coordinators, not a joint report's 党委). */
function isHeldInOwnUnit(role: WorkflowRole): role is Exclude<Role, 'coordinator'> {
  return role !== 'coordinator' && role !== 'co_reporting_leader';
}

/** The same set of roles in any order gives the same key. */
function rolesKey(roles: Role[]): string {
  return [...roles].sort().join(',');
}
