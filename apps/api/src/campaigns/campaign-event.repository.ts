import { Injectable } from '@nestjs/common';
import { Database, fromJson } from '@app/persistence';
import type { CampaignAction } from './campaign.types';

export interface CampaignEventInput {
  campaignId: string;
  /** The target concerned, if one. */
  unitId: string | null;
  action: CampaignAction;
  actorUserId: string;
  details: Record<string, unknown>;
}

export interface CampaignEventView {
  id: number;
  action: CampaignAction;
  unit: { id: string; name: string | null } | null;
  actor: { id: string; displayName: string | null };
  details: Record<string, unknown>;
  createdAt: Date;
}

/** The record of changes to a campaign (campaign_events: its only writer). */
@Injectable()
export class CampaignEventRepository {
  constructor(private readonly db: Database) {}

  /** Part of the change it records: a rolled-back change leaves no entry. */
  async record(events: CampaignEventInput[], now: Date): Promise<void> {
    this.db.requireTransaction('A campaign event');
    if (events.length === 0) return;
    await this.db.write(
      this.db.sql.insertInto('campaign_events').values(
        events.map((e) => ({
          campaign_id: e.campaignId,
          unit_id: e.unitId,
          action: e.action,
          actor_user_id: e.actorUserId,
          details: JSON.stringify(e.details),
          created_at: now,
        })),
      ),
    );
  }

  async list(campaignId: string): Promise<CampaignEventView[]> {
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('campaign_events as e')
        .leftJoin('units as un', 'un.id', 'e.unit_id')
        .leftJoin('users as us', 'us.id', 'e.actor_user_id')
        .select([
          'e.id',
          'e.unit_id',
          'un.name as unit_name',
          'e.action',
          'e.actor_user_id',
          'us.display_name',
          'e.details',
          'e.created_at',
        ])
        .$narrowType<{ action: CampaignAction }>()
        .where('e.campaign_id', '=', campaignId)
        .orderBy('e.id'),
    );
    return rows.map((r) => ({
      id: Number(r.id),
      action: r.action,
      unit: r.unit_id ? { id: r.unit_id, name: r.unit_name } : null,
      actor: { id: r.actor_user_id, displayName: r.display_name },
      details: fromJson<Record<string, unknown>>(r.details),
      createdAt: r.created_at,
    }));
  }
}
