import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The order a campaign wants the five items printed in (issue #18 item 7: some provinces ask for
 * item 3 first). NULL prints the statutory 1-5. The order has its own version for the concurrency
 * contract, as the scoring rule has: campaigns carry none.
 */
export class CampaignItemOrder1764860000000 implements MigrationInterface {
  name = 'CampaignItemOrder1764860000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaigns
      ADD COLUMN item_order VARCHAR(16) NULL COMMENT 'e.g. 3,1,2,4,5; NULL: the statutory 1,2,3,4,5',
      ADD COLUMN item_order_version INT NOT NULL DEFAULT 0 COMMENT 'expectedVersion of PUT item-order'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaigns DROP COLUMN item_order, DROP COLUMN item_order_version`);
  }
}
