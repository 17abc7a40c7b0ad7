import { Injectable } from '@nestjs/common';
import { GENESIS_HASH, verifyHashChain, type HashChainVerification } from '@app/common';
import { Database, fromJson } from '@app/persistence';
import { campaignEventContent, chainCampaignEvents } from './campaign-event-chain';
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

  /**
   * Part of the change it records: a rolled-back change leaves no entry. Each campaign's events are
   * a hash chain (campaign-event-chain.ts): its row is locked while the next numbers and hashes are
   * taken from its head, so two changes at once cannot both become event n.
   */
  async record(events: CampaignEventInput[], now: Date): Promise<void> {
    this.db.requireTransaction('A campaign event');
    const byCampaign = new Map<string, CampaignEventInput[]>();
    for (const event of events)
      byCampaign.set(event.campaignId, [...(byCampaign.get(event.campaignId) ?? []), event]);
    // Locked in one order, so two transactions recording for the same campaigns cannot deadlock.
    for (const campaignId of [...byCampaign.keys()].sort()) {
      const head = await this.db.row(
        this.db.sql
          .selectFrom('campaigns')
          .select(['last_event_seq', 'last_event_hash'])
          .where('id', '=', campaignId)
          .forUpdate(),
      );
      if (!head) throw new Error(`campaign ${campaignId} does not exist: its event cannot be recorded`);
      const chained = chainCampaignEvents(
        { seq: head.last_event_seq, hash: head.last_event_hash },
        byCampaign.get(campaignId)!.map((e) => ({
          campaignId,
          unitId: e.unitId,
          action: e.action,
          actorUserId: e.actorUserId,
          // Hashed as it will be read back: what JSON cannot hold is gone from both.
          details: JSON.parse(JSON.stringify(e.details)) as unknown,
          createdAt: now,
        })),
      );
      await this.db.write(
        this.db.sql.insertInto('campaign_events').values(
          chained.rows.map((e) => ({
            campaign_id: campaignId,
            seq: e.seq,
            unit_id: e.unitId,
            action: e.action,
            actor_user_id: e.actorUserId,
            details: JSON.stringify(e.details),
            created_at: now,
            prev_hash: e.prevHash,
            hash: e.hash,
          })),
        ),
      );
      await this.db.write(
        this.db.sql
          .updateTable('campaigns')
          .set({ last_event_seq: chained.head.seq, last_event_hash: chained.head.hash })
          .where('id', '=', campaignId),
      );
    }
  }

  /** Whether the campaign's record is whole and unchanged since each event was recorded. */
  async verification(campaignId: string): Promise<HashChainVerification> {
    const head = await this.db.row(
      this.db.sql.selectFrom('campaigns').select('last_event_hash').where('id', '=', campaignId),
    );
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('campaign_events')
        .select(['seq', 'unit_id', 'action', 'actor_user_id', 'details', 'created_at', 'prev_hash', 'hash'])
        .where('campaign_id', '=', campaignId)
        .orderBy('seq'),
    );
    return verifyHashChain(
      rows.map((r) => ({
        seq: r.seq,
        prevHash: r.prev_hash,
        hash: r.hash,
        content: campaignEventContent({
          campaignId,
          seq: r.seq,
          unitId: r.unit_id,
          action: r.action,
          actorUserId: r.actor_user_id,
          details: fromJson<unknown>(r.details),
          createdAt: r.created_at,
        }),
      })),
      head?.last_event_hash ?? GENESIS_HASH,
    );
  }

  /** The campaign's events of one kind, oldest first (one statement: e.g. every 报送外部机关 record). */
  async listOf(
    campaignId: string,
    action: CampaignAction,
    options: { lock?: boolean } = {},
  ): Promise<CampaignEventView[]> {
    if (!options.lock) return this.list(campaignId, action);
    // Inside a change: FOR UPDATE reads what was committed meanwhile, not the transaction's snapshot,
    // and locks only the events (no names joined), so no unit or user row is held.
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('campaign_events')
        .select(['id', 'unit_id', 'action', 'actor_user_id', 'details', 'created_at'])
        .$narrowType<{ action: CampaignAction }>()
        .where('campaign_id', '=', campaignId)
        .where('action', '=', action)
        .orderBy('seq')
        .forUpdate(),
    );
    return rows.map((r) => ({
      id: Number(r.id),
      action: r.action,
      unit: r.unit_id ? { id: r.unit_id, name: null } : null,
      actor: { id: r.actor_user_id, displayName: null },
      details: fromJson<Record<string, unknown>>(r.details),
      createdAt: r.created_at,
    }));
  }

  async list(campaignId: string, action?: CampaignAction): Promise<CampaignEventView[]> {
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
        .$if(action !== undefined, (q) => q.where('e.action', '=', action!))
        .orderBy('e.seq'),
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
