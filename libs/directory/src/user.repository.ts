import { Injectable } from '@nestjs/common';
import { sql, type InferResult } from 'kysely';
import { ROLES, type Role } from '@app/workflow';
import { Database, type SqlBuilder } from '@app/persistence';
import type { HeldRole } from './principal';

export interface User {
  id: string;
  unitId: string;
  username: string;
  displayName: string;
  email: string | null;
  active: boolean;
  failedLogins: number;
  lockedUntil: Date | null;
  /** Set by an administrator's password reset: the one-time password must be changed first. */
  passwordChangeRequired: boolean;
  createdAt: Date;
  roles: HeldRole[];
}

export interface UserWithSecret extends User {
  passwordHash: string;
  unitPath: string;
}

export interface NewUser {
  id: string;
  unitId: string;
  username: string;
  displayName: string;
  email: string | null;
  passwordHash: string;
  /** The password is known not to be the published demo password (see setPassword). */
  passwordNotDemo: boolean;
  /** The password was set by someone else (an administrator) and must be changed at the first login. */
  mustChangePassword: boolean;
  now: Date;
}

export interface RoleGrant {
  userId: string;
  role: Role;
  unitId: string;
  /** null when granted by a script (the demo seed). */
  grantedBy: string | null;
  now: Date;
}

export interface PasswordChange {
  userId: string;
  passwordHash: string;
  /** An administrator's one-time password: to be changed at the next login. */
  mustChange: boolean;
  /** Not the published demo password, so a production start need not check this hash again. */
  notDemo: boolean;
  now: Date;
}

/** How many failures lock an account, and until when a lock set now lasts. */
export interface LockRule {
  userId: string;
  lockAfter: number;
  lockUntil: Date;
  now: Date;
}

/** An active account whose password may still be the published demo password (not yet checked). */
export interface UncheckedPassword {
  id: string;
  username: string;
  passwordHash: string;
}

/** A role read from user_roles: the column is text, the vocabulary is the workflow's. */
export function toRole(value: string): Role {
  const role = ROLES.find((known) => known === value);
  if (!role) throw new Error(`user_roles holds an unknown role: ${value}`);
  return role;
}

const selectUsers = (db: SqlBuilder) =>
  db
    .selectFrom('users as u')
    .innerJoin('units as un', 'un.id', 'u.unit_id')
    .select([
      'u.id',
      'u.unit_id',
      'un.path as unit_path',
      'u.username',
      'u.display_name',
      'u.email',
      'u.active',
      'u.failed_logins',
      'u.locked_until',
      'u.must_change_password',
      'u.created_at',
      'u.password_hash',
    ]);
type UserRow = InferResult<ReturnType<typeof selectUsers>>[number];

/** users and user_roles: this class is their only writer. */
@Injectable()
export class UserRepository {
  constructor(private readonly db: Database) {}

  /**
   * The account of a normalised name (see normaliseUsername), matched byte for byte: the column's
   * collation would otherwise fold accents and widths, letting look-alikes in (#15.8). The first
   * comparison uses the unique index, the second makes it exact.
   */
  async findByUsername(username: string): Promise<UserWithSecret | null> {
    const row = await this.db.row(
      selectUsers(this.db.sql)
        .where('u.username', '=', username)
        .where(sql<boolean>`BINARY ${sql.ref('u.username')} = ${username}`),
    );
    return row ? this.withRoles(row) : null;
  }

  async findById(id: string): Promise<UserWithSecret | null> {
    const row = await this.db.row(selectUsers(this.db.sql).where('u.id', '=', id));
    return row ? this.withRoles(row) : null;
  }

  /** Users of the given units (one query), for the admin lists. */
  async findInUnitPaths(pathPrefix: string, unitId?: string): Promise<User[]> {
    const rows = await this.db.rows(
      unitId
        ? selectUsers(this.db.sql).where('u.unit_id', '=', unitId).orderBy('u.username')
        : selectUsers(this.db.sql)
            .where('un.path', 'like', `${pathPrefix}%`)
            .orderBy('un.path')
            .orderBy('u.username'),
    );
    const roles = await this.rolesOf(rows.map((r) => r.id));
    return rows.map((row) => ({ ...toUser(row), roles: roles.get(row.id) ?? [] }));
  }

  /** Active users holding a role that applies in a unit (own-unit roles) — e.g. the drafters to notify. */
  async findActiveByRoleInUnit(unitId: string, roles: Role[]): Promise<Array<{ id: string; role: Role }>> {
    if (roles.length === 0) return [];
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('user_roles as r')
        .innerJoin('users as u', 'u.id', 'r.user_id')
        .select(['u.id', 'r.role'])
        .distinct()
        .where('r.unit_id', '=', unitId)
        .where('r.role', 'in', roles)
        .where('u.active', '=', 1),
    );
    return rows.map((row) => ({ id: row.id, role: toRole(row.role) }));
  }

  /** The same for many units in one query (the reminder batch); each row names its unit. */
  async findActiveByRoleInUnits(
    unitIds: string[],
    roles: Role[],
  ): Promise<Array<{ id: string; role: Role; unit_id: string }>> {
    if (unitIds.length === 0 || roles.length === 0) return [];
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('user_roles as r')
        .innerJoin('users as u', 'u.id', 'r.user_id')
        .select(['u.id', 'r.role', 'r.unit_id'])
        .distinct()
        .where('r.unit_id', 'in', unitIds)
        .where('r.role', 'in', roles)
        .where('u.active', '=', 1),
    );
    return rows.map((row) => ({ id: row.id, role: toRole(row.role), unit_id: row.unit_id }));
  }

  /**
   * The account of this name with its unit, locked until the transaction ends (a script changing
   * it in a transaction of its own). Matched as findByUsername matches.
   */
  async lockByUsername(username: string): Promise<{ id: string; unitId: string } | null> {
    this.db.requireTransaction('Locking a user');
    const row = await this.db.row(
      this.db.sql
        .selectFrom('users')
        .select(['id', 'unit_id'])
        .where('username', '=', username)
        .where(sql<boolean>`BINARY ${sql.ref('username')} = ${username}`)
        .forUpdate(),
    );
    return row ? { id: row.id, unitId: row.unit_id } : null;
  }

  /** The id of an account by its exact name, without roles (the demo seed looks its accounts up). */
  async findIdByUsername(username: string): Promise<string | null> {
    const row = await this.db.row(
      this.db.sql.selectFrom('users').select('id').where('username', '=', username),
    );
    return row?.id ?? null;
  }

  /** Active accounts among these names (the demo's published logins), by name. */
  async findActiveUsernames(usernames: readonly string[]): Promise<string[]> {
    if (usernames.length === 0) return [];
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('users')
        .select('username')
        .where('active', '=', 1)
        .where('username', 'in', [...usernames])
        .orderBy('username'),
    );
    return rows.map((row) => row.username);
  }

  /** Active accounts whose hash is not yet known to be something other than the demo password. */
  async findUncheckedPasswords(): Promise<UncheckedPassword[]> {
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('users')
        .select(['id', 'username', 'password_hash'])
        .where('active', '=', 1)
        .where('password_not_demo', '=', 0)
        .orderBy('username'),
    );
    return rows.map((row) => ({ id: row.id, username: row.username, passwordHash: row.password_hash }));
  }

  /**
   * Records that these accounts' hash is not the demo password. Matched on the hash, so a password
   * changed meanwhile is not marked by mistake.
   */
  async markPasswordNotDemo(userIds: string[], passwordHash: string): Promise<void> {
    if (userIds.length === 0) return;
    await this.db.write(
      this.db.sql
        .updateTable('users')
        .set({ password_not_demo: 1 })
        .where('id', 'in', userIds)
        .where('password_hash', '=', passwordHash),
    );
  }

  async insert(user: NewUser): Promise<void> {
    await this.db.write(
      this.db.sql.insertInto('users').values({
        id: user.id,
        unit_id: user.unitId,
        username: user.username,
        display_name: user.displayName,
        email: user.email,
        password_hash: user.passwordHash,
        password_not_demo: user.passwordNotDemo ? 1 : 0,
        must_change_password: user.mustChangePassword ? 1 : 0,
        active: 1,
        failed_logins: 0,
        created_at: user.now,
        updated_at: user.now,
      }),
    );
  }

  async addRole(grant: RoleGrant): Promise<void> {
    await this.db.write(
      this.db.sql.insertInto('user_roles').values({
        user_id: grant.userId,
        role: grant.role,
        unit_id: grant.unitId,
        granted_by: grant.grantedBy,
        granted_at: grant.now,
      }),
    );
  }

  async removeRole(held: { userId: string; role: Role; unitId: string }): Promise<boolean> {
    const result = await this.db.write(
      this.db.sql
        .deleteFrom('user_roles')
        .where('user_id', '=', held.userId)
        .where('role', '=', held.role)
        .where('unit_id', '=', held.unitId),
    );
    return result.affectedRows === 1;
  }

  /**
   * Who granted these users their administrator roles (script grants, null, left out): one step of
   * the appointment chain the grant rule walks (UsersService.grantRole).
   */
  async adminAppointersOf(userIds: readonly string[]): Promise<string[]> {
    if (userIds.length === 0) return [];
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('user_roles')
        .select('granted_by')
        .distinct()
        .where('user_id', 'in', [...userIds])
        .where('role', '=', 'admin')
        .where('granted_by', 'is not', null),
    );
    return rows.flatMap((r) => (r.granted_by === null ? [] : [r.granted_by]));
  }

  async setActive(userId: string, active: boolean, now: Date): Promise<void> {
    await this.db.write(
      this.db.sql
        .updateTable('users')
        .set({ active: active ? 1 : 0, updated_at: now })
        .where('id', '=', userId),
    );
  }

  /**
   * Counts a failed login and locks the account at the limit. A lock that has expired starts the
   * count afresh: otherwise the very next wrong password after it would lock the account again,
   * and it could be kept locked for ever (#15.4).
   */
  async recordLoginFailure(rule: LockRule): Promise<void> {
    await this.clearExpiredLock(rule.userId, rule.now);
    await this.db.write(this.countAttempt(rule));
  }

  /**
   * Counts an attempt before it is checked (a lock that ran out starts the count afresh). Returns
   * the lock's end when the account is locked, so the attempt is refused unchecked; null otherwise.
   */
  async reserveAttempt(rule: LockRule): Promise<Date | null> {
    await this.clearExpiredLock(rule.userId, rule.now);
    const result = await this.db.write(
      this.countAttempt(rule).where((eb) =>
        eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', rule.now)]),
      ),
    );
    if (result.affectedRows === 1) return null;
    const row = await this.db.row(
      this.db.sql.selectFrom('users').select('locked_until').where('id', '=', rule.userId),
    );
    return row?.locked_until ?? rule.now;
  }

  /** An administrator's unlock (and a password reset's): the count starts again from nothing. */
  async unlock(userId: string, now: Date): Promise<void> {
    await this.db.write(
      this.db.sql
        .updateTable('users')
        .set({ failed_logins: 0, locked_until: null, updated_at: now })
        .where('id', '=', userId),
    );
  }

  /** A new password; see PasswordChange for what it records besides the hash. */
  async setPassword(change: PasswordChange): Promise<void> {
    await this.db.write(
      this.db.sql
        .updateTable('users')
        .set({
          password_hash: change.passwordHash,
          must_change_password: change.mustChange ? 1 : 0,
          password_not_demo: change.notDemo ? 1 : 0,
          updated_at: change.now,
        })
        .where('id', '=', change.userId),
    );
  }

  async recordLoginSuccess(userId: string, now: Date): Promise<void> {
    await this.db.write(
      this.db.sql
        .updateTable('users')
        .set({ failed_logins: 0, locked_until: null, updated_at: now })
        .where('id', '=', userId)
        .where((eb) => eb.or([eb('failed_logins', '>', 0), eb('locked_until', 'is not', null)])),
    );
  }

  private async clearExpiredLock(userId: string, now: Date): Promise<void> {
    await this.db.write(
      this.db.sql
        .updateTable('users')
        .set({ failed_logins: 0, locked_until: null })
        .where('id', '=', userId)
        .where('locked_until', '<=', now),
    );
  }

  private countAttempt(rule: LockRule) {
    return this.db.sql
      .updateTable('users')
      .set({
        // locked_until first: MySQL evaluates SET left to right, so it must see the old count.
        locked_until: sql<Date | null>`IF(failed_logins + 1 >= ${rule.lockAfter}, ${rule.lockUntil}, locked_until)`,
        failed_logins: (eb) => eb('failed_logins', '+', 1),
        updated_at: rule.now,
      })
      .where('id', '=', rule.userId);
  }

  private async withRoles(row: UserRow): Promise<UserWithSecret> {
    const roles = await this.rolesOf([row.id]);
    return {
      ...toUser(row),
      roles: roles.get(row.id) ?? [],
      passwordHash: row.password_hash,
      unitPath: row.unit_path,
    };
  }

  private async rolesOf(userIds: string[]): Promise<Map<string, HeldRole[]>> {
    const map = new Map<string, HeldRole[]>();
    if (userIds.length === 0) return map;
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('user_roles as r')
        .innerJoin('units as un', 'un.id', 'r.unit_id')
        .select(['r.user_id', 'r.role', 'r.unit_id', 'un.path'])
        .where('r.user_id', 'in', userIds)
        .orderBy('r.granted_at')
        .orderBy('r.role'),
    );
    for (const row of rows) {
      map.set(row.user_id, [
        ...(map.get(row.user_id) ?? []),
        { role: toRole(row.role), unitId: row.unit_id, unitPath: row.path },
      ]);
    }
    return map;
  }
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    unitId: row.unit_id,
    username: row.username,
    displayName: row.display_name,
    email: row.email,
    active: Boolean(row.active),
    failedLogins: row.failed_logins,
    lockedUntil: row.locked_until,
    passwordChangeRequired: Boolean(row.must_change_password),
    createdAt: row.created_at,
    roles: [],
  };
}
