import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-target recipients (issue #17): one notice may ask targets on different lines of the rules
 * table (the 依法治县办 asks the 县政府 and the county's bureaus), and each target's report goes to
 * its own line's 主送 and 抄送. A campaign with rows here reads a target's recipients from them; a
 * campaign without (every campaign issued before, and every campaign whose targets share a line)
 * keeps its one list in campaign_recipients / campaign_external_recipients for every target.
 * A recipient is either a unit (unit_id) or a body outside the tree (body, an EXTERNAL_BODIES key).
 * `position` orders each target's 主送 and 抄送 as printed: units first, then bodies.
 */
export class CampaignTargetRecipients1765120000000 implements MigrationInterface {
  name = 'CampaignTargetRecipients1765120000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE campaign_target_recipients (
        campaign_id CHAR(36) CHARACTER SET ascii NOT NULL,
        target_unit_id CHAR(36) CHARACTER SET ascii NOT NULL COMMENT 'the campaign target whose report goes here',
        kind ENUM('main', 'copy') NOT NULL COMMENT 'main: 主送; copy: 抄送',
        position SMALLINT NOT NULL COMMENT 'order as printed: units, then bodies',
        unit_id CHAR(36) CHARACTER SET ascii NULL COMMENT 'a unit in the tree, or',
        body VARCHAR(64) CHARACTER SET ascii NULL COMMENT 'a body outside the tree (EXTERNAL_BODIES key)',
        PRIMARY KEY (campaign_id, target_unit_id, kind, position),
        UNIQUE KEY uq_campaign_target_recipients_unit (campaign_id, target_unit_id, unit_id),
        UNIQUE KEY uq_campaign_target_recipients_body (campaign_id, target_unit_id, body),
        KEY ix_campaign_target_recipients_unit (unit_id),
        CONSTRAINT ck_campaign_target_recipients_one CHECK ((unit_id IS NULL) <> (body IS NULL)),
        CONSTRAINT fk_campaign_target_recipients_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
        CONSTRAINT fk_campaign_target_recipients_target FOREIGN KEY (target_unit_id) REFERENCES units (id),
        CONSTRAINT fk_campaign_target_recipients_unit FOREIGN KEY (unit_id) REFERENCES units (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE campaign_target_recipients`);
  }
}
