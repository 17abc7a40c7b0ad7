import { Injectable } from '@nestjs/common';
import { Database } from '@app/persistence';
import type { Role } from '@app/workflow';

export interface CampaignMessage {
  userId: string;
  kind: string;
  reportId: string | null;
  title: string;
  body: string;
  /** One delivery per key (notifications.dedup_key is unique). */
  dedupKey: string;
}

/** Bulk inserts are chunked so that a campaign's thousands of messages stay under the packet size. */
const INSERT_CHUNK = 500;

/**
 * In-app notifications about campaigns, written in the caller's transaction so that a rolled-back
 * issue notifies nobody. (Workflow notifications go through the worker; these are plain rows.)
 */
@Injectable()
export class CampaignInboxRepository {
  constructor(private readonly db: Database) {}

  /** Active users holding one of `roles` in any of the units: one query for all units. */
  async holders(unitIds: string[], roles: Role[]): Promise<Array<{ userId: string; unitId: string }>> {
    if (unitIds.length === 0 || roles.length === 0) return [];
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('user_roles as r')
        .innerJoin('users as u', 'u.id', 'r.user_id')
        .select(['u.id as user_id', 'r.unit_id'])
        .distinct()
        .where('r.unit_id', 'in', unitIds)
        .where('r.role', 'in', roles)
        .where('u.active', '=', 1),
    );
    return rows.map((r) => ({ userId: r.user_id, unitId: r.unit_id }));
  }

  /** INSERT IGNORE: a message already delivered under its dedup key is not delivered twice. */
  async deliver(messages: CampaignMessage[], now: Date): Promise<void> {
    this.db.requireTransaction('A campaign notification');
    for (let i = 0; i < messages.length; i += INSERT_CHUNK) {
      const chunk = messages.slice(i, i + INSERT_CHUNK);
      await this.db.write(
        this.db.sql
          .insertInto('notifications')
          .ignore()
          .values(
            chunk.map((m) => ({
              user_id: m.userId,
              kind: m.kind,
              report_id: m.reportId,
              title: m.title.slice(0, 200),
              body: m.body.slice(0, 2000),
              dedup_key: m.dedupKey,
              created_at: now,
            })),
          ),
      );
    }
  }
}
