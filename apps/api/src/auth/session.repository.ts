import { Injectable } from '@nestjs/common';
import { Database, prepared } from '@app/persistence';
import { toRole, type Principal } from '@app/directory';

export interface Session {
  id: string;
  userId: string;
  refreshHash: string;
  expiresAt: Date;
  revokedAt: Date | null;
}

export interface NewSession {
  id: string;
  userId: string;
  refreshHash: string;
  expiresAt: Date;
  now: Date;
}

export interface RefreshRotation {
  sessionId: string;
  presentedHash: string;
  nextHash: string;
  now: Date;
}

/** Why sessions end: the reason is stored with each revoked session. */
export type SessionEndReason =
  'logout' | 'refresh-token-reuse' | 'password-changed' | 'password-reset' | 'deactivated' | 'retire-demo';

export interface EndSessionsOfUser {
  userId: string;
  reason: SessionEndReason;
  now: Date;
  /** The one session that goes on (the one changing its password); none when omitted. */
  keep?: string;
}

/** Login sessions: one row per login, holding the hash of the current refresh secret. Only writer of sessions. */
/** Asked before every authenticated request: built and compiled once (see prepared()). */
const principalQuery = prepared((sql, a: { sessionId: string; userId: string; now: Date }) =>
  sql
    .selectFrom('sessions as s')
    .innerJoin('users as u', (join) => join.onRef('u.id', '=', 's.user_id').on('u.active', '=', 1))
    .innerJoin('units as un', 'un.id', 'u.unit_id')
    .leftJoin('user_roles as r', 'r.user_id', 'u.id')
    .leftJoin('units as run', 'run.id', 'r.unit_id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.must_change_password',
      'u.unit_id',
      'un.path as unit_path',
      'r.role',
      'r.unit_id as role_unit_id',
      'run.path as role_unit_path',
    ])
    .where('s.id', '=', a.sessionId)
    .where('s.user_id', '=', a.userId)
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', a.now)
    .orderBy('r.granted_at')
    .orderBy('r.role'),
);

@Injectable()
export class SessionRepository {
  constructor(private readonly db: Database) {}

  async create(session: NewSession): Promise<void> {
    await this.db.write(
      this.db.sql.insertInto('sessions').values({
        id: session.id,
        user_id: session.userId,
        refresh_hash: session.refreshHash,
        created_at: session.now,
        refreshed_at: session.now,
        expires_at: session.expiresAt,
      }),
    );
  }

  async findById(id: string): Promise<Session | null> {
    const row = await this.db.row(
      this.db.sql
        .selectFrom('sessions')
        .select(['id', 'user_id', 'refresh_hash', 'expires_at', 'revoked_at'])
        .where('id', '=', id),
    );
    return row
      ? {
          id: row.id,
          userId: row.user_id,
          refreshHash: row.refresh_hash,
          expiresAt: row.expires_at,
          revokedAt: row.revoked_at ?? null,
        }
      : null;
  }

  /** Swaps the refresh secret only if it is still the one presented: two racing refreshes cannot both win. */
  async rotate(rotation: RefreshRotation): Promise<boolean> {
    const result = await this.db.write(
      this.db.sql
        .updateTable('sessions')
        .set({ refresh_hash: rotation.nextHash, refreshed_at: rotation.now })
        .where('id', '=', rotation.sessionId)
        .where('refresh_hash', '=', rotation.presentedHash)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', rotation.now),
    );
    return result.affectedRows === 1;
  }

  async revoke(id: string, reason: SessionEndReason, now: Date): Promise<void> {
    await this.db.write(
      this.db.sql
        .updateTable('sessions')
        .set({ revoked_at: now, revoked_reason: reason })
        .where('id', '=', id)
        .where('revoked_at', 'is', null),
    );
  }

  /** Ends every open session of a user but `keep`. */
  async revokeAllOfUser(end: EndSessionsOfUser): Promise<void> {
    let query = this.db.sql
      .updateTable('sessions')
      .set({ revoked_at: end.now, revoked_reason: end.reason })
      .where('user_id', '=', end.userId)
      .where('revoked_at', 'is', null);
    if (end.keep) query = query.where('id', '<>', end.keep);
    await this.db.write(query);
  }

  /** The per-request check: the session behind an access token is still open and its user active. */
  async isOpenForActiveUser(sessionId: string, userId: string, now: Date): Promise<boolean> {
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('sessions as s')
        .innerJoin('users as u', 'u.id', 's.user_id')
        .select((eb) => eb.lit(1).as('open'))
        .where('s.id', '=', sessionId)
        .where('s.user_id', '=', userId)
        .where('s.revoked_at', 'is', null)
        .where('s.expires_at', '>', now)
        .where('u.active', '=', 1),
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
    const rows = await this.db.rows(principalQuery({ sessionId, userId, now }));
    if (rows.length === 0) return null;
    const [user] = rows;
    const principal: Principal = {
      userId: user.id,
      username: user.username,
      displayName: user.display_name,
      unitId: user.unit_id,
      unitPath: user.unit_path,
      roles: rows.flatMap((r) =>
        r.role !== null && r.role_unit_id !== null && r.role_unit_path !== null
          ? [{ role: toRole(r.role), unitId: r.role_unit_id, unitPath: r.role_unit_path }]
          : [],
      ),
      sessionId,
    };
    return { principal, passwordChangeRequired: Boolean(user.must_change_password) };
  }
}
