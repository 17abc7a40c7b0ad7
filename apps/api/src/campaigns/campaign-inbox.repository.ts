import { Injectable } from '@nestjs/common';
import { NotificationRepository, type NewNotification } from '@app/notifications';
import { Database } from '@app/persistence';
import type { Role } from '@app/workflow';

/** Someone told of a campaign's notice for a target unit; `readsReport`: links the unit's report. */
export interface NoticeReader {
  userId: string;
  unitId: string;
  readsReport: boolean;
}

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
   * Who hears of a campaign's notice for these target units, each under the target unit: its drafters
   * and principal leader (a unit without a drafter, a county government asked through its office,
   * heard nothing: a walk, stop 57), and for a government, the 经办人 (coordinators) of its level's
   * 依法治X办, the child of its 党委 or of the government itself (docs/domain.md, "Units in the
   * tree"), who forwards the notice down (逐级下发) and usually prepares the government's report. Not
   * the offices that issued it (`issuerIds`): a 依法治县办 asking its own county was told of its own
   * notice (review, stop 57).
   */
  async noticeReaders(unitIds: string[], issuerIds: readonly string[] = []): Promise<NoticeReader[]> {
    if (unitIds.length === 0) return [];
    const own = (await this.holders(unitIds, ['drafter', 'unit_leader'])).map((h) => ({
      ...h,
      readsReport: true,
    }));
    let offices = this.db.sql
      .selectFrom('units as g')
      .innerJoin('units as o', (join) =>
        join
          .on('o.kind', '=', 'rule_of_law_office')
          .on((eb) =>
            eb.or([
              eb('o.parent_id', '=', eb.ref('g.id')),
              eb(
                'o.parent_id',
                'in',
                eb
                  .selectFrom('units as pc')
                  .select('pc.id')
                  .whereRef('pc.parent_id', '=', 'g.id')
                  .where('pc.kind', '=', 'party_committee'),
              ),
            ]),
          ),
      )
      .innerJoin('user_roles as r', (join) =>
        join.onRef('r.unit_id', '=', 'o.id').on('r.role', '=', 'coordinator'),
      )
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select(['u.id as user_id', 'g.id as unit_id'])
      .distinct()
      .where('g.id', 'in', unitIds)
      .where('g.kind', '=', 'government')
      .where('u.active', '=', 1);
    if (issuerIds.length > 0) offices = offices.where('o.id', 'not in', [...issuerIds]);
    const fromOffices = (await this.db.rows(offices)).map((r) => ({
      userId: r.user_id,
      unitId: r.unit_id,
      readsReport: false,
    }));
    // The office's staff may draft for the government too: then the message links the report.
    const told = new Map<string, NoticeReader>();
    for (const reader of [...own, ...fromOffices]) {
      const key = `${reader.userId}|${reader.unitId}`;
      if (!told.has(key)) told.set(key, reader);
    }
    return [...told.values()];
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
