import type { Role } from '@app/workflow';
import { AccessErrors } from './access.errors';
import { SUBTREE_ROLES, isWithin, type Principal, type UnitRef } from './principal';

export { ACCESS_ERROR_CODES, AccessErrors } from './access.errors';

/**
 * Authorization in one place: "may this user do this action on this unit's object?".
 * A unit outside the caller's reach answers 404 (its existence is not revealed); a visible object
 * the caller's roles may not change answers 403 naming the missing role.
 */
export const PERMISSIONS = {
  'unit.read': 'any',
  'unit.create': ['admin'],
  'user.read': ['admin'],
  'user.manage': ['admin'],
  'admin-event.read': ['admin'],
  'report.read': 'any',
  // A copy (抄送) is read by the head of the rule-of-law office it went to, or its coordinators;
  // other members of that office hold no business with another unit's report.
  'report.read-copy': ['unit_leader', 'coordinator'],
  'report.create': ['drafter', 'coordinator'],
  'report.edit': ['drafter'],
  'report.attach': ['drafter'],
} as const satisfies Record<string, readonly Role[] | 'any'>;
export type Permission = keyof typeof PERMISSIONS;

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
