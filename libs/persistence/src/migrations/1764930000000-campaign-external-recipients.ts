import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recipients outside the tree (issue #17): the bodies 厅字〔2019〕28号 names that are not units
 * (党中央, 国务院, 中央依法治国办, 国务院有关部门; EXTERNAL_BODIES in libs/directory/src/routing.ts).
 * A provincial 党委 and government report to 党中央、国务院 with a copy to 中央依法治国办: a
 * campaign asking for that report stores them here, beside its unit recipients
 * (campaign_recipients), so its board and the exported 公文 can name them. Nobody in the system acts
 * for a body: there are no receipts for them; the issuing unit's receipt stays where it was.
 * `body` is the key of EXTERNAL_BODIES; the API refuses any other.
 */
export class CampaignExternalRecipients1764930000000 implements MigrationInterface {
  name = 'CampaignExternalRecipients1764930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE campaign_external_recipients (
        campaign_id CHAR(36) CHARACTER SET ascii NOT NULL,
        body VARCHAR(64) CHARACTER SET ascii NOT NULL COMMENT 'EXTERNAL_BODIES key, e.g. party_central_committee',
        kind ENUM('main', 'copy') NOT NULL COMMENT 'main: 主送; copy: 抄送',
        position SMALLINT NOT NULL COMMENT 'order as named, after the campaign''s units of the same kind',
        PRIMARY KEY (campaign_id, body),
        CONSTRAINT fk_campaign_external_recipients_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE campaign_external_recipients`);
  }
}
