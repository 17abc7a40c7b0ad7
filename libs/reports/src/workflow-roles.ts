import { rolesAt, SUBTREE_ROLES, type Principal, type UnitRef } from '@app/directory';
import type { Role } from '@app/workflow';

/**
 * The roles a user may use on one report (the workflow library's "effective roles"): the roles they
 * hold in the report's own unit, plus `coordinator` only when they coordinate the unit the report
 * goes up to. A province coordinator reaches a county's report for reading, but only the
 * prefecture above it accepts or returns it; admins never act in the workflow.
 */
export function workflowRolesFor(
  principal: Principal,
  report: { receivingUnitId: string | null },
  reportUnit: UnitRef,
): Role[] {
  const roles: Role[] = rolesAt(principal, reportUnit).filter((role) => !SUBTREE_ROLES.includes(role));
  const coordinatesReceiver = principal.roles.some(
    (held) => held.role === 'coordinator' && held.unitId === report.receivingUnitId,
  );
  if (coordinatesReceiver) roles.push('coordinator');
  return roles;
}
