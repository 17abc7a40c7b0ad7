import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
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

/**
 * In-app notifications about campaigns, written in the caller's transaction so that a rolled-back
 * issue notifies nobody. (Workflow notifications go through the worker; these are plain rows.)
 */
@Injectable()
export class CampaignInboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Active users holding one of `roles` in any of the units: one query for all units. */
  async holders(
    unitIds: string[],
    roles: Role[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Array<{ userId: string; unitId: string }>> {
    if (unitIds.length === 0) return [];
    const rows: Array<{ user_id: string; unit_id: string }> = await manager.query(
      `SELECT DISTINCT u.id AS user_id, r.unit_id FROM user_roles r JOIN users u ON u.id = r.user_id
        WHERE r.unit_id IN (?) AND r.role IN (?) AND u.active = 1`,
      [unitIds, roles],
    );
    return rows.map((r) => ({ userId: r.user_id, unitId: r.unit_id }));
  }

  async deliver(manager: EntityManager, messages: CampaignMessage[], now: Date): Promise<void> {
    for (let i = 0; i < messages.length; i += 500) {
      const chunk = messages.slice(i, i + 500);
      await manager.query(
        `INSERT IGNORE INTO notifications (user_id, kind, report_id, title, body, dedup_key, created_at)
         VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        chunk.flatMap((m) => [
          m.userId,
          m.kind,
          m.reportId,
          m.title.slice(0, 200),
          m.body.slice(0, 2000),
          m.dedupKey,
          now,
        ]),
      );
    }
  }
}
