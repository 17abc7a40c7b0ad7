import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

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

  async revokeAllOfUser(userId: string, reason: string, now: Date): Promise<void> {
    await this.dataSource.query(
      'UPDATE sessions SET revoked_at = ?, revoked_reason = ? WHERE user_id = ? AND revoked_at IS NULL',
      [now, reason, userId],
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
}
