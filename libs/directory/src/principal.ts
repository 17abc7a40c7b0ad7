import type { Role } from '@app/workflow';

/** A role as held by a user: in a unit, which for coordinator and admin means its whole subtree. */
export interface HeldRole {
  role: Role;
  unitId: string;
  unitPath: string;
}

/** Who is calling, as established by the access token and re-read from the database each request. */
export interface Principal {
  userId: string;
  username: string;
  displayName: string;
  unitId: string;
  unitPath: string;
  roles: HeldRole[];
  sessionId: string;
}

export interface UnitRef {
  id: string;
  path: string;
  name?: string;
}

/** Roles whose reach is the subtree of the unit they are held in; every other role reaches one unit. */
export const SUBTREE_ROLES: readonly Role[] = ['coordinator', 'admin'];

export function isWithin(unitPath: string, ancestorPath: string): boolean {
  return unitPath.startsWith(ancestorPath);
}

export function ancestorIdsOf(path: string): string[] {
  return path.split('/').filter(Boolean);
}
