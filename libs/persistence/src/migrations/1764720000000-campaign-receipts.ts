import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The unit that asks receives (issue #17 items 1, 2):
 * - campaign_recipients: a campaign's 主送 (main) and 抄送 (copy) units. The issuing unit is where
 *   accept and return live; the other recipients only read what was dispatched to them.
 * - report_receipts: one per report and campaign, created when the report is dispatched (enters
 *   `submitted`) and decided by the campaign issuer's coordinators (received | accepted | returned).
 * - One report per unit and year: a report may now answer several campaigns, so campaign_targets no
 *   longer owns its report alone. Reports created by campaigns from now on carry
 *   `one_per_unit_year = 1` under a unique key; older reports keep NULL, so a unit that already has
 *   two reports for one year keeps both texts (NULLs never collide).
 */
export class CampaignReceipts1764720000000 implements MigrationInterface {
  name = 'CampaignReceipts1764720000000';

  async up(q: QueryRunner): Promise<void> {
    const table = (sql: string) =>
      q.query(`${sql} ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await table(`
      CREATE TABLE campaign_recipients (
        campaign_id CHAR(36) CHARACTER SET ascii NOT NULL,
        unit_id CHAR(36) CHARACTER SET ascii NOT NULL,
        kind ENUM('main', 'copy') NOT NULL COMMENT 'main: 主送; copy: 抄送',
        position SMALLINT NOT NULL COMMENT 'order as named in the notice',
        PRIMARY KEY (campaign_id, unit_id),
        KEY ix_campaign_recipients_unit (unit_id),
        CONSTRAINT fk_campaign_recipients_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
        CONSTRAINT fk_campaign_recipients_unit FOREIGN KEY (unit_id) REFERENCES units (id)
      )`);
    await table(`
      CREATE TABLE report_receipts (
        report_id CHAR(36) CHARACTER SET ascii NOT NULL,
        campaign_id CHAR(36) CHARACTER SET ascii NOT NULL,
        status ENUM('received', 'accepted', 'returned') NOT NULL,
        revision INT NOT NULL COMMENT 'the revision last dispatched to this campaign',
        accepted_revision INT NULL COMMENT 'the revision accepted; differs from revision after a correction (更正)',
        dispatched_at DATETIME(3) NOT NULL,
        dispatch_count INT NOT NULL DEFAULT 1,
        decided_by CHAR(36) CHARACTER SET ascii NULL,
        decided_at DATETIME(3) NULL,
        comment TEXT NULL,
        version INT NOT NULL DEFAULT 1 COMMENT 'expectedVersion of a decision',
        created_at DATETIME(3) NOT NULL,
        updated_at DATETIME(3) NOT NULL,
        PRIMARY KEY (report_id, campaign_id),
        KEY ix_report_receipts_campaign_status (campaign_id, status),
        CONSTRAINT fk_report_receipts_report FOREIGN KEY (report_id) REFERENCES reports (id),
        CONSTRAINT fk_report_receipts_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id)
      )`);
    await q.query(`ALTER TABLE campaign_targets
      DROP INDEX uq_campaign_targets_report,
      ADD KEY ix_campaign_targets_report (report_id)`);
    await q.query(`ALTER TABLE reports
      ADD COLUMN one_per_unit_year TINYINT NULL
        COMMENT '1: the unit''s one report for the year (campaign reports from now on); NULL: older reports, not unique',
      ADD UNIQUE KEY uq_reports_one_per_unit_year (unit_id, report_year, one_per_unit_year)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE reports DROP INDEX uq_reports_one_per_unit_year, DROP COLUMN one_per_unit_year`,
    );
    await q.query(`ALTER TABLE campaign_targets
      DROP INDEX ix_campaign_targets_report,
      ADD UNIQUE KEY uq_campaign_targets_report (report_id)`);
    await q.query(`DROP TABLE report_receipts`);
    await q.query(`DROP TABLE campaign_recipients`);
  }
}
