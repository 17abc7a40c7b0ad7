import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The 通报 of a campaign (报送情况通报, issue #18 item 4): one per campaign, created from the generated
 * draft, edited by the issuing office's coordinators (version: the concurrency contract), then issued
 * once and never changed again. `named_unit_ids` are the units it names, notified when it is issued
 * and then allowed to read it; `paragraphs` are the body lines as the coordinator left them.
 */
export class CampaignNotices1764850000000 implements MigrationInterface {
  name = 'CampaignNotices1764850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE campaign_notices (
        campaign_id CHAR(36) CHARACTER SET ascii NOT NULL COMMENT 'one 通报 per campaign',
        version INT NOT NULL COMMENT 'bumped by every edit and by issuing; requests send the version they saw',
        status ENUM('draft', 'issued') NOT NULL COMMENT 'an issued 通报 is never changed',
        title VARCHAR(200) NOT NULL,
        document_number VARCHAR(64) NULL COMMENT '文号, e.g. 昌州依法办〔2027〕5号',
        paragraphs JSON NOT NULL COMMENT 'the body, one string a paragraph',
        named_unit_ids JSON NOT NULL COMMENT 'the units named: notified when issued, then readers',
        created_by CHAR(36) CHARACTER SET ascii NOT NULL,
        created_at DATETIME(3) NOT NULL,
        updated_by CHAR(36) CHARACTER SET ascii NOT NULL,
        updated_at DATETIME(3) NOT NULL,
        issued_by CHAR(36) CHARACTER SET ascii NULL,
        issued_at DATETIME(3) NULL,
        issued_on DATE NULL COMMENT 'the China date printed as 成文日期',
        PRIMARY KEY (campaign_id),
        CONSTRAINT fk_campaign_notices_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    // A notification about a campaign (the 通报 issued) links to it, as one about a report links to the report.
    await q.query(`ALTER TABLE notifications
      ADD COLUMN campaign_id CHAR(36) CHARACTER SET ascii NULL COMMENT 'the campaign it is about, if one'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP COLUMN campaign_id`);
    await q.query(`DROP TABLE campaign_notices`);
  }
}
