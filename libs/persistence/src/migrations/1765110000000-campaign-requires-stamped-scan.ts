import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A campaign may require the stamped scan (报送时须上传盖章扫描件, issue #18 item 7): a report answering it is
 * dispatched only with the PDF of the sealed paper copy of the version being sent. Campaigns issued
 * before this column never asked for it: the default is off.
 */
export class CampaignRequiresStampedScan1765110000000 implements MigrationInterface {
  name = 'CampaignRequiresStampedScan1765110000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaigns
      ADD COLUMN requires_stamped_scan TINYINT(1) NOT NULL DEFAULT 0
        COMMENT '1: dispatch needs a stamped scan (盖章扫描件) of the version sent'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaigns DROP COLUMN requires_stamped_scan`);
  }
}
