import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 催办 by hand: a coordinator of the issuing office presses a target that has not reported. One row
 * per press; the unique key on (campaign, unit, China date) is the once-a-day rule itself, so two
 * presses at the same moment cannot both be stored (the second is refused, naming the first).
 * The message goes to the people who act next on the unit's report (resolved by the worker).
 */
export class CampaignUrges1765280000000 implements MigrationInterface {
  name = 'CampaignUrges1765280000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE campaign_urges (
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        campaign_id CHAR(36) CHARACTER SET ascii NOT NULL,
        unit_id CHAR(36) CHARACTER SET ascii NOT NULL COMMENT 'the target pressed',
        report_id CHAR(36) CHARACTER SET ascii NOT NULL COMMENT 'the target''s report for the campaign''s year',
        urged_on DATE NOT NULL COMMENT 'the China date (Asia/Shanghai) of the press: one per target and day',
        urged_by CHAR(36) CHARACTER SET ascii NOT NULL COMMENT 'the issuing office''s coordinator',
        message VARCHAR(200) NULL COMMENT '催办说明, trimmed; NULL without one',
        created_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_campaign_urges_day (campaign_id, unit_id, urged_on),
        KEY ix_campaign_urges_report (report_id),
        CONSTRAINT fk_campaign_urges_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
        CONSTRAINT fk_campaign_urges_unit FOREIGN KEY (unit_id) REFERENCES units (id),
        CONSTRAINT fk_campaign_urges_report FOREIGN KEY (report_id) REFERENCES reports (id),
        CONSTRAINT fk_campaign_urges_user FOREIGN KEY (urged_by) REFERENCES users (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE campaign_urges`);
  }
}
