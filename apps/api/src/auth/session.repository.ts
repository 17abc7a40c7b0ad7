import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '@app/directory';
import type { Role } from '@app/workflow';

export interface Session {
  id: string;
  userId: string;
  refreshHash: string;
  expiresAt: Date;
  revokedAt: Date | null;
}

/** Login sessions: one row per login, holding the hash of the current refresh secret. */
@Injectable()
export class SessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  async create(
    session: { id: string; userId: string; refreshHash: string; expiresAt: Date },
    now: Date,
  ): Promise<void> {
    await this.dataSource.query(
      'INSERT INTO sessions (id, user_id, refresh_hash, created_at, refreshed_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
      [session.id, session.userId, session.refreshHash, now, now, session.expiresAt],
    );
  }

  async findById(id: string): Promise<Session | null> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      'SELECT id, user_id, refresh_hash, expires_at, revoked_at FROM sessions WHERE id = ?',
      [id],
    );
    const row = rows[0];
    return row
      ? {
          id: row.id as string,
          userId: row.user_id as string,
          refreshHash: row.refresh_hash as string,
          expiresAt: row.expires_at as Date,
          revokedAt: (row.revoked_at as Date | null) ?? null,
        }
      : null;
  }

  /** Swaps the refresh secret only if it is still the one presented: two racing refreshes cannot both win. */
  async rotate(id: string, presentedHash: string, nextHash: string, now: Date): Promise<boolean> {
    const result: { affectedRows: number } = await this.dataSource.query(
      `UPDATE sessions SET refresh_hash = ?, refreshed_at = ?
        WHERE id = ? AND refresh_hash = ? AND revoked_at IS NULL AND expires_at > ?`,
      [nextHash, now, id, presentedHash, now],
    );
    return result.affectedRows === 1;
  }

  async revoke(id: string, reason: string, now: Date): Promise<void> {
    await this.dataSource.query(
      'UPDATE sessions SET revoked_at = ?, revoked_reason = ? WHERE id = ? AND revoked_at IS NULL',
      [now, reason, id],
    );
  }

  /** Ends every open session of a user but `keep` (the one changing its password, or none). */
  async revokeAllOfUser(
    userId: string,
    reason: string,
    now: Date,
    manager: EntityManager = this.dataSource.manager,
    keep: string | null = null,
  ): Promise<void> {
    await manager.query(
      'UPDATE sessions SET revoked_at = ?, revoked_reason = ? WHERE user_id = ? AND revoked_at IS NULL AND id <> ?',
      [now, reason, userId, keep ?? ''],
    );
  }

  /** The per-request check: the session behind an access token is still open and its user active. */
  async isOpenForActiveUser(sessionId: string, userId: string, now: Date): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = ? AND s.user_id = ? AND s.revoked_at IS NULL AND s.expires_at > ? AND u.active = 1`,
      [sessionId, userId, now],
    );
    return rows.length === 1;
  }

  /**
   * The per-request check and the principal in one round trip (it runs before every authenticated
   * request): the session behind an access token is open and its user active, with the user's unit
   * and every role they hold. null when the session or the user is no longer good.
   */
  async principalOf(
    sessionId: string,
    userId: string,
    now: Date,
  ): Promise<{ principal: Principal; passwordChangeRequired: boolean } | null> {
    const rows: Array<{
      id: string;
      username: string;
      display_name: string;
      must_change_password: number;
      unit_id: string;
      unit_path: string;
      role: Role | null;
      role_unit_id: string | null;
      role_unit_path: string | null;
    }> = await this.dataSource.query(
      `SELECT u.id, u.username, u.display_name, u.must_change_password, u.unit_id, un.path AS unit_path,
              r.role, r.unit_id AS role_unit_id, run.path AS role_unit_path
         FROM sessions s
         JOIN users u ON u.id = s.user_id AND u.active = 1
         JOIN units un ON un.id = u.unit_id
         LEFT JOIN user_roles r ON r.user_id = u.id
         LEFT JOIN units run ON run.id = r.unit_id
        WHERE s.id = ? AND s.user_id = ? AND s.revoked_at IS NULL AND s.expires_at > ?
        ORDER BY r.granted_at, r.role`,
      [sessionId, userId, now],
    );
    if (rows.length === 0) return null;
    const [user] = rows;
    const principal: Principal = {
      userId: user.id,
      username: user.username,
      displayName: user.display_name,
      unitId: user.unit_id,
      unitPath: user.unit_path,
      roles: rows
        .filter((r) => r.role !== null && r.role_unit_id !== null)
        .map((r) => ({ role: r.role!, unitId: r.role_unit_id!, unitPath: r.role_unit_path! })),
      sessionId,
    };
    return { principal, passwordChangeRequired: Boolean(user.must_change_password) };
  }
}
