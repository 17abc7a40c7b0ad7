import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { Database } from '@app/persistence';
import type { Role } from '@app/workflow';

/** Who and where messages go: read from the directory's tables (units, users, user_roles). */
@Injectable()
export class ContactsRepository {
  constructor(private readonly db: Database) {}

  /** Chat-robot webhooks of these units, one query; units without one are absent. */
  async webhooksOf(unitIds: string[]): Promise<Map<string, string>> {
    if (unitIds.length === 0) return new Map();
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('units')
        .select(['id', 'webhook_url'])
        .where('id', 'in', [...new Set(unitIds)])
        .where('webhook_url', 'is not', null),
    );
    return new Map(rows.flatMap((row) => (row.webhook_url ? [[row.id, row.webhook_url] as const] : [])));
  }

  /** Email addresses of these users, one query; users without one are absent. */
  async emailsOf(userIds: string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('users')
        .select(['id', 'email'])
        .where('id', 'in', [...new Set(userIds)])
        .where('email', 'is not', null),
    );
    return new Map(rows.flatMap((row) => (row.email ? [[row.id, row.email] as const] : [])));
  }

  /**
   * Active members of these units holding a role of `inOwnUnit` in their own unit, or a role of
   * `inOwnUnitOrAbove` in their unit or one above it (its path is a prefix of theirs).
   */
  async membersWithRoles(query: {
    unitIds: string[];
    inOwnUnit: readonly Role[];
    inOwnUnitOrAbove: readonly Role[];
  }): Promise<Array<{ id: string; unitId: string }>> {
    if (query.unitIds.length === 0) return [];
    // An empty IN () is not SQL: a role name that never matches stands in for "none".
    const orNone = (roles: readonly Role[]) => (roles.length ? [...roles] : ['']);
    const members = this.db.rows(
      this.db.sql
        .selectFrom('users as u')
        .innerJoin('units as own', 'own.id', 'u.unit_id')
        .innerJoin('user_roles as r', 'r.user_id', 'u.id')
        .innerJoin('units as held', 'held.id', 'r.unit_id')
        .select(['u.id', 'u.unit_id'])
        .distinct()
        .where('u.unit_id', 'in', query.unitIds)
        .where('u.active', '=', 1)
        .where((eb) =>
          eb.or([
            eb.and([eb('r.role', 'in', orNone(query.inOwnUnit)), eb('r.unit_id', '=', eb.ref('u.unit_id'))]),
            eb.and([
              eb('r.role', 'in', orNone(query.inOwnUnitOrAbove)),
              eb('own.path', 'like', sql<string>`CONCAT(${eb.ref('held.path')}, '%')`),
            ]),
          ]),
        ),
    );
    // Holders of one of the roles in the unit itself who belong to another unit: the 依法治县办's
    // 经办人 are 司法局 staff holding coordinator in the office (ReportAccess lets them read it).
    const holders = this.db.rows(
      this.db.sql
        .selectFrom('users as u')
        .innerJoin('user_roles as r', 'r.user_id', 'u.id')
        .select(['u.id', 'r.unit_id'])
        .distinct()
        .where('r.unit_id', 'in', query.unitIds)
        .where('u.active', '=', 1)
        .where('r.role', 'in', orNone([...query.inOwnUnit, ...query.inOwnUnitOrAbove])),
    );
    const byUser = new Map<string, { id: string; unitId: string }>();
    for (const row of [...(await members), ...(await holders)]) {
      if (!byUser.has(row.id)) byUser.set(row.id, { id: row.id, unitId: row.unit_id });
    }
    return [...byUser.values()].sort((a, b) => a.unitId.localeCompare(b.unitId) || a.id.localeCompare(b.id));
  }
}
