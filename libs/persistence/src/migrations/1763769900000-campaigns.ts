import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reporting campaigns (报送任务): the notice that launched them, their targets (one report per
 * target unit), deadline extensions (延期) and the record of every change to a campaign.
 * Dates the users see (due date, issue date, disclosure date) are China calendar dates (DATE);
 * the report's own due_at instant is derived from them (end of that day in Asia/Shanghai).
 */
export class Campaigns1763769900000 implements MigrationInterface {
  name = 'Campaigns1763769900000';

  async up(q: QueryRunner): Promise<void> {
    const table = (sql: string) =>
      q.query(`${sql} ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await table(`
      CREATE TABLE campaigns (
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        parent_id CHAR(36) CHARACTER SET ascii NULL COMMENT 'the campaign received from above (逐级下发)',
        path VARCHAR(400) CHARACTER SET ascii COLLATE ascii_bin NOT NULL
          COMMENT '/root-campaign-id/.../own-id/ : a campaign and its cascades are one prefix range',
        issuing_unit_id CHAR(36) CHARACTER SET ascii NOT NULL COMMENT 'the coordinator''s unit; receives the reports',
        report_year SMALLINT NOT NULL,
        title VARCHAR(200) NOT NULL,
        document_number VARCHAR(100) NULL COMMENT '文号, e.g. 昌州政办通〔2021〕159号',
        issued_on DATE NOT NULL COMMENT 'date on the notice',
        body MEDIUMTEXT NOT NULL,
        workflow_id VARCHAR(64) CHARACTER SET ascii NOT NULL,
        workflow_version INT NOT NULL,
        due_date DATE NULL COMMENT 'one date for every target; NULL = the regulation date per unit',
        stage_limits JSON NULL,
        reminder_policy JSON NOT NULL,
        disclosure_date DATE NOT NULL COMMENT 'public disclosure (公开) by this date',
        selection JSON NOT NULL COMMENT 'how the targets were chosen, for the record',
        status VARCHAR(16) CHARACTER SET ascii NOT NULL COMMENT 'active | withdrawn',
        notice_file_name VARCHAR(200) NULL,
        notice_file_type VARCHAR(100) CHARACTER SET ascii NULL,
        notice_file_size INT NULL,
        notice_file_sha256 CHAR(64) CHARACTER SET ascii NULL,
        notice_file_key VARCHAR(255) CHARACTER SET ascii NULL,
        withdrawn_at DATETIME(3) NULL,
        withdrawn_by CHAR(36) CHARACTER SET ascii NULL,
        withdraw_reason VARCHAR(2000) NULL,
        created_by CHAR(36) CHARACTER SET ascii NOT NULL,
        created_at DATETIME(3) NOT NULL,
        updated_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        KEY ix_campaigns_issuer_year (issuing_unit_id, report_year),
        KEY ix_campaigns_parent (parent_id),
        KEY ix_campaigns_path (path(255))
      )`);
    await table(`
      CREATE TABLE campaign_targets (
        campaign_id CHAR(36) CHARACTER SET ascii NOT NULL,
        unit_id CHAR(36) CHARACTER SET ascii NOT NULL,
        report_id CHAR(36) CHARACTER SET ascii NOT NULL,
        original_due_date DATE NOT NULL COMMENT 'as issued',
        due_date DATE NOT NULL COMMENT 'after extensions; reports.due_at is its end-of-day instant',
        added_at DATETIME(3) NOT NULL,
        added_by CHAR(36) CHARACTER SET ascii NOT NULL,
        PRIMARY KEY (campaign_id, unit_id),
        UNIQUE KEY uq_campaign_targets_report (report_id),
        KEY ix_campaign_targets_unit (unit_id)
      )`);
    await table(`
      CREATE TABLE extension_requests (
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        campaign_id CHAR(36) CHARACTER SET ascii NOT NULL,
        unit_id CHAR(36) CHARACTER SET ascii NOT NULL,
        report_id CHAR(36) CHARACTER SET ascii NOT NULL,
        status VARCHAR(16) CHARACTER SET ascii NOT NULL COMMENT 'pending | granted | refused',
        pending_guard CHAR(36) CHARACTER SET ascii NULL
          COMMENT 'unit_id while pending, NULL once decided: at most one pending request per unit and campaign',
        due_date_before DATE NOT NULL,
        requested_due_date DATE NOT NULL,
        reason VARCHAR(2000) NOT NULL,
        requested_by CHAR(36) CHARACTER SET ascii NOT NULL,
        requested_at DATETIME(3) NOT NULL,
        granted_due_date DATE NULL,
        decision_comment VARCHAR(2000) NULL,
        decided_by CHAR(36) CHARACTER SET ascii NULL,
        decided_at DATETIME(3) NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_extension_requests_pending (campaign_id, pending_guard),
        KEY ix_extension_requests_campaign (campaign_id, status),
        KEY ix_extension_requests_unit (unit_id)
      )`);
    await table(`
      CREATE TABLE campaign_events (
        id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
        campaign_id CHAR(36) CHARACTER SET ascii NOT NULL,
        unit_id CHAR(36) CHARACTER SET ascii NULL COMMENT 'the target concerned, if one',
        action VARCHAR(32) CHARACTER SET ascii NOT NULL,
        actor_user_id CHAR(36) CHARACTER SET ascii NOT NULL,
        details JSON NOT NULL,
        created_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        KEY ix_campaign_events_campaign (campaign_id, id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['campaign_events', 'extension_requests', 'campaign_targets', 'campaigns']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
