import type { MigrationInterface, QueryRunner } from 'typeorm';
import { chainedHash, GENESIS_HASH } from '@app/common';

interface EventRow {
  id: string | number;
  campaign_id: string;
  unit_id: string | null;
  action: string;
  actor_user_id: string;
  details: string | Record<string, unknown>;
  created_at: Date;
}

/**
 * A campaign's record (the notice, targets added, withdrawals, extensions, the scoring rule, the item
 * order, the 通报) becomes a hash chain like a report's audit trail: each event numbered within its
 * campaign and hashed with the one before, the campaign row keeping the last hash, so an edited,
 * removed or cut-off event is detectable (GET /campaigns/:id/events/verification). Existing events
 * are chained in the order they were recorded. The chained fields are those of
 * apps/api/src/campaigns/campaign-event-chain.ts (kept identical: the verification recomputes them).
 */
export class CampaignEventChain1764920000000 implements MigrationInterface {
  name = 'CampaignEventChain1764920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign_events
      ADD COLUMN seq INT UNSIGNED NULL COMMENT 'position in its campaign''s record, from 1',
      ADD COLUMN prev_hash CHAR(64) CHARACTER SET ascii NULL,
      ADD COLUMN hash CHAR(64) CHARACTER SET ascii NULL`);
    await q.query(`ALTER TABLE campaigns
      ADD COLUMN last_event_seq INT UNSIGNED NOT NULL DEFAULT 0,
      ADD COLUMN last_event_hash CHAR(64) CHARACTER SET ascii NOT NULL DEFAULT '${GENESIS_HASH}'`);

    const rows = (await q.query(
      `SELECT id, campaign_id, unit_id, action, actor_user_id, details, created_at
         FROM campaign_events ORDER BY campaign_id, id`,
    )) as EventRow[];
    const heads = new Map<string, { seq: number; hash: string }>();
    for (const row of rows) {
      const before = heads.get(row.campaign_id) ?? { seq: 0, hash: GENESIS_HASH };
      const seq = before.seq + 1;
      const details = typeof row.details === 'string' ? (JSON.parse(row.details) as unknown) : row.details;
      const hash = chainedHash(
        {
          campaignId: row.campaign_id,
          seq,
          unitId: row.unit_id,
          action: row.action,
          actorUserId: row.actor_user_id,
          details,
          createdAt: row.created_at,
        },
        before.hash,
      );
      await q.query(`UPDATE campaign_events SET seq = ?, prev_hash = ?, hash = ? WHERE id = ?`, [
        seq,
        before.hash,
        hash,
        row.id,
      ]);
      heads.set(row.campaign_id, { seq, hash });
    }
    for (const [campaignId, head] of heads)
      await q.query(`UPDATE campaigns SET last_event_seq = ?, last_event_hash = ? WHERE id = ?`, [
        head.seq,
        head.hash,
        campaignId,
      ]);

    await q.query(`ALTER TABLE campaign_events
      MODIFY seq INT UNSIGNED NOT NULL COMMENT 'position in its campaign''s record, from 1',
      MODIFY prev_hash CHAR(64) CHARACTER SET ascii NOT NULL,
      MODIFY hash CHAR(64) CHARACTER SET ascii NOT NULL,
      ADD UNIQUE KEY uq_campaign_events_seq (campaign_id, seq)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign_events DROP INDEX uq_campaign_events_seq,
      DROP COLUMN seq, DROP COLUMN prev_hash, DROP COLUMN hash`);
    await q.query(`ALTER TABLE campaigns DROP COLUMN last_event_seq, DROP COLUMN last_event_hash`);
  }
}
