import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The addressing of a 通报 (issue #18, GB/T 9704): 主送 (the units it is sent to, printed after the
 * title) and 抄送 (in the 版记). Stored with the text, so both are edited with its version. A 通报
 * stored before this carried the fixed 主送 各有关单位 and no 抄送: that is what its rows keep.
 */
export class NoticeAddressing1764910000000 implements MigrationInterface {
  name = 'NoticeAddressing1764910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign_notices
      ADD COLUMN addressees JSON NULL COMMENT '主送: the units it is sent to, as printed',
      ADD COLUMN copies_to JSON NULL COMMENT '抄送, printed in the 版记'`);
    await q.query(`UPDATE campaign_notices SET addressees = '["各有关单位"]', copies_to = '[]'`);
    await q.query(`ALTER TABLE campaign_notices
      MODIFY addressees JSON NOT NULL COMMENT '主送: the units it is sent to, as printed',
      MODIFY copies_to JSON NOT NULL COMMENT '抄送, printed in the 版记'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign_notices DROP COLUMN addressees, DROP COLUMN copies_to`);
  }
}
