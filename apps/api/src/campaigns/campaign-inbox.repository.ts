import { Injectable } from '@nestjs/common';
import { NotificationRepository, type NewNotification } from '@app/notifications';
import { Database } from '@app/persistence';
import type { Role } from '@app/workflow';

/** A campaign's in-app message: a notification like any other. */
export type CampaignMessage = NewNotification;

/**
 * In-app notifications about campaigns, written in the caller's transaction so that a rolled-back
 * issue notifies nobody. (Workflow notifications go through the worker; these are plain rows.)
 */
@Injectable()
export class CampaignInboxRepository {
  constructor(
    private readonly db: Database,
    private readonly notifications: NotificationRepository,
  ) {}

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

  /**
   * Part of the campaign change (a rolled-back issue notifies nobody). The notifications table has
   * one writer, NotificationRepository: it fits over-long texts visibly and skips a dedup key already
   * delivered.
   */
  async deliver(messages: CampaignMessage[], now: Date): Promise<void> {
    this.db.requireTransaction('A campaign notification');
    await this.notifications.deliver(messages, now);
  }
}
