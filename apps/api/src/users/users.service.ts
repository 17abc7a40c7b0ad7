import { Injectable } from '@nestjs/common';
import { Clock, isDuplicateKey, newId } from '@app/common';
import {
  AccessErrors,
  AdminEventRepository,
  DEMO_PASSWORD,
  SUBTREE_ROLES,
  UnitRepository,
  UserRepository,
  authorize,
  requireAdministeredSubtrees,
  rolesAt,
  type Principal,
  type Unit,
  type User,
  type UserWithSecret,
} from '@app/directory';
import { Transactions } from '@app/persistence';
import type { Role } from '@app/workflow';
import { AccountSessions } from '../auth/account-sessions';
import { hashPassword } from '../auth/passwords';
import type { CreateUserDto, RoleGrantDto } from './users.dto';
import { UsersErrors } from './users.errors';

export type UserView = Omit<User, 'failedLogins'>;

/** Deeper than any unit tree (region, prefecture, county, township, department, office). */
const MAX_APPOINTMENT_DEPTH = 12;

@Injectable()
export class UsersService {
  constructor(
    private readonly transactions: Transactions,
    private readonly units: UnitRepository,
    private readonly users: UserRepository,
    private readonly events: AdminEventRepository,
    private readonly sessions: AccountSessions,
    private readonly clock: Clock,
  ) {}

  async create(principal: Principal, input: CreateUserDto): Promise<UserView> {
    const unit = await this.requireUnit(input.unitId);
    authorize(principal, 'user.manage', unit);
    const grants = await Promise.all(input.roles.map((grant) => this.resolveGrant(principal, unit, grant)));
    const passwordHash = await hashPassword(input.password);
    const now = this.clock.now();
    const id = newId();
    try {
      await this.transactions.run(async () => {
        await this.users.insert({
          id,
          unitId: unit.id,
          username: input.username,
          displayName: input.displayName,
          email: input.email ?? null,
          passwordHash,
          passwordNotDemo: input.password !== DEMO_PASSWORD,
          // The administrator knows the first password, as after a reset: the user replaces it before
          // doing anything (penetration test, stop 40; 等保 asks the same of initial passwords).
          mustChangePassword: true,
          now,
        });
        for (const grant of uniqueGrants(grants)) {
          await this.users.addRole({
            userId: id,
            role: grant.role,
            unitId: grant.unit.id,
            grantedBy: principal.userId,
            now,
          });
        }
        await this.record(principal, 'user.created', id, unit.id, {
          username: input.username,
          roles: grants.map((g) => ({ role: g.role, unitId: g.unit.id })),
        });
      });
    } catch (error) {
      if (isDuplicateKey(error)) throw UsersErrors.usernameTaken(input.username);
      throw error;
    }
    return this.view((await this.users.findById(id))!);
  }

  async list(principal: Principal, unitId?: string): Promise<UserView[]> {
    if (unitId) {
      const unit = await this.requireUnit(unitId);
      authorize(principal, 'user.read', unit);
      return (await this.users.findInUnitPaths(unit.path, unit.id)).map((u) => this.view(u));
    }
    const adminRoots = requireAdministeredSubtrees(principal, 'user.read');
    const lists = await Promise.all(adminRoots.map((path) => this.users.findInUnitPaths(path)));
    const byId = new Map(lists.flat().map((u) => [u.id, u]));
    return [...byId.values()].map((u) => this.view(u));
  }

  async get(principal: Principal, userId: string): Promise<UserView> {
    const { user } = await this.requireManagedUser(principal, userId, 'user.read');
    return this.view(user);
  }

  async grantRole(principal: Principal, userId: string, grant: RoleGrantDto): Promise<UserView> {
    const { user, unit } = await this.requireManagedUser(principal, userId, 'user.manage');
    const resolved = await this.resolveGrant(principal, unit, grant);
    // After the reach checks, so a grant above one's subtree still answers as before (404).
    if (user.id === principal.userId) throw UsersErrors.selfGrant();
    if (await this.appointed(user.id, principal.userId)) throw UsersErrors.grantToAppointer(user.username);
    if (user.roles.some((r) => r.role === resolved.role && r.unitId === resolved.unit.id)) {
      throw UsersErrors.roleAlreadyHeld(user.username, resolved.role, resolved.unit.name);
    }
    await this.transactions.run(async () => {
      await this.users.addRole({
        userId: user.id,
        role: resolved.role,
        unitId: resolved.unit.id,
        grantedBy: principal.userId,
        now: this.clock.now(),
      });
      await this.record(principal, 'role.granted', user.id, unit.id, {
        role: resolved.role,
        unitId: resolved.unit.id,
      });
    });
    return this.view((await this.users.findById(user.id))!);
  }

  /**
   * Whether `appointer` gave `admin` an administrator role, or gave one to an administrator who did,
   * and so on up. Bounded: an appointment chain deeper than the unit tree is not a real one, and a
   * cycle (two administrators who appointed each other) ends where it began.
   */
  private async appointed(appointer: string, admin: string): Promise<boolean> {
    const seen = new Set([admin]);
    let frontier = [admin];
    for (let depth = 0; depth < MAX_APPOINTMENT_DEPTH && frontier.length > 0; depth++) {
      const appointers = await this.users.adminAppointersOf(frontier);
      if (appointers.includes(appointer)) return true;
      frontier = appointers.filter((id) => !seen.has(id));
      for (const id of frontier) seen.add(id);
    }
    return false;
  }

  async removeRole(principal: Principal, userId: string, role: Role, roleUnitId?: string): Promise<UserView> {
    const { user, unit } = await this.requireManagedUser(principal, userId, 'user.manage');
    const held = user.roles.find((r) => r.role === role && (!roleUnitId || r.unitId === roleUnitId));
    if (!held) throw UsersErrors.roleNotHeld(user.username, role, Boolean(roleUnitId));
    const roleUnit = (await this.units.findById(held.unitId))!;
    authorize(principal, 'user.manage', roleUnit);
    if (user.id === principal.userId && role === 'admin') throw UsersErrors.ownAdminRoleRemoval();
    await this.transactions.run(async () => {
      await this.users.removeRole({ userId: user.id, role, unitId: held.unitId });
      await this.record(principal, 'role.removed', user.id, unit.id, { role, unitId: held.unitId });
    });
    return this.view((await this.users.findById(user.id))!);
  }

  /**
   * Deactivation keeps the user and their history; their sessions end at once. Activation also
   * clears a lock-out, so an account brought back can be used (#15.4).
   */
  async setActive(principal: Principal, userId: string, active: boolean): Promise<UserView> {
    const { user, unit } = await this.requireManagedUser(principal, userId, 'user.manage');
    if (!active && user.id === principal.userId) throw UsersErrors.cannotDeactivateSelf();
    const now = this.clock.now();
    const lock = lockOf(user, now);
    await this.transactions.run(async () => {
      await this.users.setActive(user.id, active, now);
      if (active && lock) {
        await this.users.unlock(user.id, now);
        await this.sessions.unlockDevicesOf(user.id);
      }
      if (!active) await this.sessions.endAllOf(user.id, 'deactivated', now);
      await this.record(
        principal,
        active ? 'user.activated' : 'user.deactivated',
        user.id,
        unit.id,
        active && lock ? { unlocked: lock } : {},
      );
    });
    return this.view((await this.users.findById(user.id))!);
  }

  /** Clears a lock-out and the failure count before the lock runs out (recorded, #15.4). */
  async unlock(principal: Principal, userId: string): Promise<UserView> {
    const { user, unit } = await this.requireManagedUser(principal, userId, 'user.manage');
    const now = this.clock.now();
    const lock = lockOf(user, now);
    if (lock || user.failedLogins > 0) {
      await this.transactions.run(async () => {
        await this.users.unlock(user.id, now);
        await this.sessions.unlockDevicesOf(user.id);
        await this.record(principal, 'user.unlocked', user.id, unit.id, {
          failedLogins: user.failedLogins,
          lockedUntil: lock?.lockedUntil ?? null,
        });
      });
    } else {
      // Only a browser of the user's may be locked (its own failures): opening it needs no record.
      await this.sessions.unlockDevicesOf(user.id);
    }
    return this.view((await this.users.findById(user.id))!);
  }

  /**
   * An administrator sets a one-time password (#15.4): the user must change it at the next login
   * (until then every other endpoint refuses them), the lock-out is cleared and every session of
   * the user ends. The password itself is never recorded. One's own password is changed with the
   * current one instead (POST /auth/password), so a stolen admin session cannot take the account.
   */
  async resetPassword(principal: Principal, userId: string, password: string): Promise<UserView> {
    const { user, unit } = await this.requireManagedUser(principal, userId, 'user.manage');
    if (user.id === principal.userId) throw UsersErrors.ownPasswordByReset();
    const passwordHash = await hashPassword(password);
    const now = this.clock.now();
    await this.transactions.run(async () => {
      await this.users.setPassword({
        userId: user.id,
        passwordHash,
        mustChange: true,
        notDemo: password !== DEMO_PASSWORD,
        now,
      });
      await this.users.unlock(user.id, now);
      await this.sessions.endAllOf(user.id, 'password-reset', now);
      await this.record(principal, 'user.password-reset', user.id, unit.id, {
        mustChangeAtNextLogin: true,
      });
    });
    return this.view((await this.users.findById(user.id))!);
  }

  private async requireUnit(unitId: string): Promise<Unit> {
    const unit = await this.units.findById(unitId);
    if (!unit) throw AccessErrors.notFound('Unit');
    return unit;
  }

  private async requireManagedUser(
    principal: Principal,
    userId: string,
    permission: 'user.read' | 'user.manage',
  ) {
    const user = await this.users.findById(userId);
    if (!user) throw AccessErrors.notFound('User');
    const unit = (await this.units.findById(user.unitId))!;
    authorize(principal, permission, unit, 'User');
    if (permission === 'user.manage') await this.requireAdministersEveryRoleUnit(principal, user);
    return { user, unit };
  }

  /**
   * A change to a user is a change to the power they hold: the caller must administer every unit
   * the user holds a role in, not only the user's home unit. Otherwise the admin of a justice
   * bureau could switch off the prefecture's coordinator, who sits in that bureau but holds the
   * role for the whole prefecture (#15.3).
   */
  private async requireAdministersEveryRoleUnit(principal: Principal, user: UserWithSecret): Promise<void> {
    const elsewhere = user.roles.filter((held) => held.unitId !== user.unitId);
    if (elsewhere.length === 0) return;
    const units = await this.units.findByIds([...new Set(elsewhere.map((held) => held.unitId))]);
    for (const held of elsewhere) {
      const roleUnit = units.find((u) => u.id === held.unitId)!;
      if (!rolesAt(principal, roleUnit).includes('admin'))
        throw UsersErrors.roleHeldBeyondReach(user.username, held.role, roleUnit.name);
    }
  }

  /**
   * A role is held in the user's own unit; coordinator and admin may instead be held in the parent
   * unit (a justice bureau coordinating its whole level) or in an office housed in the user's unit
   * (a 司法局 clerk running the 依法治县办). The granting admin must reach that unit,
   * so nobody can hand out power outside their own subtree.
   */
  private async resolveGrant(
    principal: Principal,
    userUnit: Unit,
    grant: RoleGrantDto,
  ): Promise<{ role: Role; unit: Unit }> {
    const targetId = grant.unitId ?? userUnit.id;
    if (targetId !== userUnit.id && !SUBTREE_ROLES.includes(grant.role)) {
      throw UsersErrors.roleOnlyInOwnUnit(grant.role);
    }
    const unit = targetId === userUnit.id ? userUnit : await this.units.findById(targetId);
    // The 司法局's staff run the 依法治X办 housed in it (docs/domain.md, "Units in the tree"). An
    // unknown id answers like any other unit that is neither: no existence is revealed.
    const allowed =
      unit?.id === userUnit.id || unit?.id === userUnit.parentId || unit?.housedInUnitId === userUnit.id;
    if (!unit || !allowed) throw UsersErrors.roleInOwnOrParentUnit(grant.role);
    authorize(principal, 'user.manage', unit);
    return { role: grant.role, unit };
  }

  private record(
    principal: Principal,
    action: string,
    userId: string,
    unitId: string,
    details: Record<string, unknown>,
  ) {
    return this.events.record({
      actorUserId: principal.userId,
      action,
      targetType: 'user',
      targetId: userId,
      unitId,
      details,
      now: this.clock.now(),
    });
  }

  private view(user: User): UserView {
    const { failedLogins: _ignored, ...rest } = user as User & { passwordHash?: string; unitPath?: string };
    delete (rest as { passwordHash?: string }).passwordHash;
    delete (rest as { unitPath?: string }).unitPath;
    return rest;
  }
}

/** The lock in force now, if any (an expired one is no lock). */
function lockOf(user: User, now: Date): { lockedUntil: string } | null {
  return user.lockedUntil && user.lockedUntil > now ? { lockedUntil: user.lockedUntil.toISOString() } : null;
}

function uniqueGrants(grants: Array<{ role: Role; unit: Unit }>) {
  const seen = new Set<string>();
  return grants.filter((g) => {
    const key = `${g.role}@${g.unit.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
