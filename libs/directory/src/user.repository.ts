import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Role } from '@app/workflow';
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

interface UserRow {
  id: string;
  unit_id: string;
  unit_path: string;
  username: string;
  display_name: string;
  email: string | null;
  active: number;
  failed_logins: number;
  locked_until: Date | null;
  must_change_password: number;
  created_at: Date;
  password_hash: string;
}

const SELECT_USER = `SELECT u.id, u.unit_id, un.path AS unit_path, u.username, u.display_name, u.email, u.active,
  u.failed_logins, u.locked_until, u.must_change_password, u.created_at, u.password_hash
  FROM users u JOIN units un ON un.id = u.unit_id`;

@Injectable()
export class UserRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The account of a normalised name (see normaliseUsername), matched byte for byte: the column's
   * collation would otherwise fold accents and widths, letting look-alikes in (#15.8). The first
   * comparison uses the unique index, the second makes it exact.
   */
  async findByUsername(username: string): Promise<UserWithSecret | null> {
    const rows: UserRow[] = await this.dataSource.query(
      `${SELECT_USER} WHERE u.username = ? AND BINARY u.username = ?`,
      [username, username],
    );
    return rows[0] ? this.withRoles(rows[0]) : null;
  }

  async findById(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserWithSecret | null> {
    const rows: UserRow[] = await manager.query(`${SELECT_USER} WHERE u.id = ?`, [id]);
    return rows[0] ? this.withRoles(rows[0], manager) : null;
  }

  /** Users of the given units (one query), for the admin lists. */
  async findInUnitPaths(pathPrefix: string, unitId?: string): Promise<User[]> {
    const rows: UserRow[] = unitId
      ? await this.dataSource.query(`${SELECT_USER} WHERE u.unit_id = ? ORDER BY u.username`, [unitId])
      : await this.dataSource.query(`${SELECT_USER} WHERE un.path LIKE ? ORDER BY un.path, u.username`, [
          `${pathPrefix}%`,
        ]);
    const roles = await this.rolesOf(rows.map((r) => r.id));
    return rows.map((row) => ({ ...toUser(row), roles: roles.get(row.id) ?? [] }));
  }

  /** Active users holding a role that applies in a unit (own-unit roles) — e.g. the drafters to notify. */
  async findActiveByRoleInUnit(unitId: string, roles: Role[]): Promise<Array<{ id: string; role: Role }>> {
    if (roles.length === 0) return [];
    return this.dataSource.query(
      `SELECT DISTINCT u.id, r.role FROM user_roles r JOIN users u ON u.id = r.user_id
        WHERE r.unit_id = ? AND r.role IN (?) AND u.active = 1`,
      [unitId, roles],
    );
  }

  /** The same for many units in one query (the reminder batch); each row names its unit. */
  async findActiveByRoleInUnits(
    unitIds: string[],
    roles: Role[],
  ): Promise<Array<{ id: string; role: Role; unit_id: string }>> {
    if (unitIds.length === 0 || roles.length === 0) return [];
    return this.dataSource.query(
      `SELECT DISTINCT u.id, r.role, r.unit_id FROM user_roles r JOIN users u ON u.id = r.user_id
        WHERE r.unit_id IN (?) AND r.role IN (?) AND u.active = 1`,
      [unitIds, roles],
    );
  }

  async insert(
    user: {
      id: string;
      unitId: string;
      username: string;
      displayName: string;
      email: string | null;
      passwordHash: string;
      /** The password is known not to be the published demo password (see setPassword). */
      passwordNotDemo: boolean;
    },
    now: Date,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO users (id, unit_id, username, display_name, email, password_hash, password_not_demo, active, failed_logins, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 1, 0, ?, ?)`,
      [
        user.id,
        user.unitId,
        user.username,
        user.displayName,
        user.email,
        user.passwordHash,
        user.passwordNotDemo ? 1 : 0,
        now,
        now,
      ],
    );
  }

  async addRole(
    userId: string,
    role: Role,
    unitId: string,
    grantedBy: string | null,
    now: Date,
    manager: EntityManager,
  ) {
    await manager.query(
      'INSERT INTO user_roles (user_id, role, unit_id, granted_by, granted_at) VALUES (?, ?, ?, ?, ?)',
      [userId, role, unitId, grantedBy, now],
    );
  }

  async removeRole(userId: string, role: Role, unitId: string, manager: EntityManager): Promise<boolean> {
    const result: { affectedRows: number } = await manager.query(
      'DELETE FROM user_roles WHERE user_id = ? AND role = ? AND unit_id = ?',
      [userId, role, unitId],
    );
    return result.affectedRows === 1;
  }

  async setActive(userId: string, active: boolean, now: Date, manager: EntityManager): Promise<void> {
    await manager.query('UPDATE users SET active = ?, updated_at = ? WHERE id = ?', [
      active ? 1 : 0,
      now,
      userId,
    ]);
  }

  /**
   * Counts a failed login and locks the account at the limit. A lock that has expired starts the
   * count afresh: otherwise the very next wrong password after it would lock the account again,
   * and it could be kept locked for ever (#15.4).
   */
  async recordLoginFailure(userId: string, lockAfter: number, lockUntil: Date, now: Date): Promise<void> {
    await this.dataSource.query(
      'UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ? AND locked_until <= ?',
      [userId, now],
    );
    await this.dataSource.query(
      // locked_until first: MySQL evaluates SET left to right, so it must see the old count.
      `UPDATE users SET locked_until = IF(failed_logins + 1 >= ?, ?, locked_until),
              failed_logins = failed_logins + 1, updated_at = ? WHERE id = ?`,
      [lockAfter, lockUntil, now, userId],
    );
  }

  /**
   * Counts an attempt before it is checked (a lock that ran out starts the count afresh). Returns
   * the lock's end when the account is locked, so the attempt is refused unchecked; null otherwise.
   */
  async reserveAttempt(userId: string, lockAfter: number, lockUntil: Date, now: Date): Promise<Date | null> {
    await this.dataSource.query(
      'UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ? AND locked_until <= ?',
      [userId, now],
    );
    const result: { affectedRows: number } = await this.dataSource.query(
      // locked_until first: MySQL evaluates SET left to right, so it must see the old count.
      `UPDATE users SET locked_until = IF(failed_logins + 1 >= ?, ?, locked_until),
              failed_logins = failed_logins + 1, updated_at = ?
        WHERE id = ? AND (locked_until IS NULL OR locked_until <= ?)`,
      [lockAfter, lockUntil, now, userId, now],
    );
    if (result.affectedRows === 1) return null;
    const rows: Array<{ locked_until: Date | null }> = await this.dataSource.query(
      'SELECT locked_until FROM users WHERE id = ?',
      [userId],
    );
    return rows[0]?.locked_until ?? now;
  }

  /** An administrator's unlock (and a password reset's): the count starts again from nothing. */
  async unlock(userId: string, now: Date, manager: EntityManager): Promise<void> {
    await manager.query(
      'UPDATE users SET failed_logins = 0, locked_until = NULL, updated_at = ? WHERE id = ?',
      [now, userId],
    );
  }

  /**
   * A new password. `mustChange` marks an administrator's one-time password; `notDemo` records that
   * it is not the published demo password, so a production start need not check this hash again.
   */
  async setPassword(
    userId: string,
    change: { passwordHash: string; mustChange: boolean; notDemo: boolean },
    now: Date,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      'UPDATE users SET password_hash = ?, must_change_password = ?, password_not_demo = ?, updated_at = ? WHERE id = ?',
      [change.passwordHash, change.mustChange ? 1 : 0, change.notDemo ? 1 : 0, now, userId],
    );
  }

  async recordLoginSuccess(userId: string, now: Date): Promise<void> {
    await this.dataSource.query(
      'UPDATE users SET failed_logins = 0, locked_until = NULL, updated_at = ? WHERE id = ? AND (failed_logins > 0 OR locked_until IS NOT NULL)',
      [now, userId],
    );
  }

  private async withRoles(
    row: UserRow,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserWithSecret> {
    const roles = await this.rolesOf([row.id], manager);
    return {
      ...toUser(row),
      roles: roles.get(row.id) ?? [],
      passwordHash: row.password_hash,
      unitPath: row.unit_path,
    };
  }

  private async rolesOf(
    userIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, HeldRole[]>> {
    const map = new Map<string, HeldRole[]>();
    if (userIds.length === 0) return map;
    const rows: Array<{ user_id: string; role: Role; unit_id: string; path: string }> = await manager.query(
      `SELECT r.user_id, r.role, r.unit_id, un.path FROM user_roles r JOIN units un ON un.id = r.unit_id
        WHERE r.user_id IN (?) ORDER BY r.granted_at, r.role`,
      [userIds],
    );
    for (const row of rows) {
      map.set(row.user_id, [
        ...(map.get(row.user_id) ?? []),
        { role: row.role, unitId: row.unit_id, unitPath: row.path },
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
