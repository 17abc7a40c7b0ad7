import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports, their immutable revisions, the hash-chained audit trail, copies to rule-of-law offices,
 * idempotency keys, attachments and the in-app inbox.
 */
export class Reports1763769800000 implements MigrationInterface {
  name = 'Reports1763769800000';

  async up(q: QueryRunner): Promise<void> {
    const table = (sql: string) =>
      q.query(`${sql} ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await table(`
      CREATE TABLE reports (
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        unit_id CHAR(36) CHARACTER SET ascii NOT NULL,
        receiving_unit_id CHAR(36) CHARACTER SET ascii NULL COMMENT 'the level above that accepts or returns it',
        campaign_id CHAR(36) CHARACTER SET ascii NULL,
        campaign_scope VARCHAR(36) CHARACTER SET ascii NOT NULL COMMENT 'campaign_id, or "none": one report per unit, year and campaign',
        report_year SMALLINT NOT NULL,
        workflow_id VARCHAR(64) CHARACTER SET ascii NOT NULL,
        workflow_version INT NOT NULL,
        state VARCHAR(32) CHARACTER SET ascii NOT NULL,
        version INT NOT NULL COMMENT 'optimistic lock: every change is UPDATE ... WHERE version = ?',
        current_revision INT NOT NULL DEFAULT 0,
        title VARCHAR(200) NOT NULL,
        last_event_seq INT NOT NULL DEFAULT 0,
        last_hash CHAR(64) CHARACTER SET ascii NOT NULL COMMENT 'head of the audit chain',
        last_action VARCHAR(32) CHARACTER SET ascii NULL,
        last_from_state VARCHAR(32) CHARACTER SET ascii NULL,
        last_actor_id CHAR(36) CHARACTER SET ascii NULL,
        last_actor_role VARCHAR(32) CHARACTER SET ascii NULL,
        return_count INT NOT NULL DEFAULT 0,
        stage_entered_at DATETIME(3) NOT NULL,
        stage_due_at DATETIME(3) NULL,
        submitted_at DATETIME(3) NULL,
        created_by CHAR(36) CHARACTER SET ascii NOT NULL,
        created_at DATETIME(3) NOT NULL,
        updated_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_reports_unit_year_campaign (unit_id, report_year, campaign_scope),
        KEY ix_reports_unit_state (unit_id, state),
        KEY ix_reports_receiving_state (receiving_unit_id, state),
        KEY ix_reports_campaign (campaign_id, state)
      )`);
    await table(`
      CREATE TABLE report_revisions (
        report_id CHAR(36) CHARACTER SET ascii NOT NULL,
        number INT NOT NULL,
        based_on INT NOT NULL,
        title VARCHAR(200) NOT NULL,
        measures MEDIUMTEXT NOT NULL COMMENT 'item 1: main measures and results',
        shortcomings MEDIUMTEXT NOT NULL COMMENT 'item 2: shortcomings and causes',
        leaders_duty MEDIUMTEXT NOT NULL COMMENT 'item 3: first-responsible-person duty',
        next_year_plan MEDIUMTEXT NOT NULL COMMENT 'item 4: plan for next year',
        other MEDIUMTEXT NOT NULL COMMENT 'item 5: anything else',
        content_hash CHAR(64) CHARACTER SET ascii NOT NULL,
        author_id CHAR(36) CHARACTER SET ascii NOT NULL,
        created_at DATETIME(3) NOT NULL,
        PRIMARY KEY (report_id, number)
      )`);
    await table(`
      CREATE TABLE audit_events (
        id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
        report_id CHAR(36) CHARACTER SET ascii NOT NULL,
        seq INT NOT NULL,
        revision INT NOT NULL,
        action VARCHAR(32) CHARACTER SET ascii NOT NULL,
        from_state VARCHAR(32) CHARACTER SET ascii NULL,
        to_state VARCHAR(32) CHARACTER SET ascii NOT NULL,
        actor_user_id CHAR(36) CHARACTER SET ascii NOT NULL,
        actor_role VARCHAR(32) CHARACTER SET ascii NOT NULL,
        actor_unit_id CHAR(36) CHARACTER SET ascii NOT NULL,
        comment TEXT NULL,
        fields JSON NOT NULL,
        effects JSON NOT NULL,
        created_at DATETIME(3) NOT NULL,
        prev_hash CHAR(64) CHARACTER SET ascii NOT NULL,
        hash CHAR(64) CHARACTER SET ascii NOT NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_audit_report_seq (report_id, seq)
      )`);
    await table(`
      CREATE TABLE report_copies (
        report_id CHAR(36) CHARACTER SET ascii NOT NULL,
        unit_id CHAR(36) CHARACTER SET ascii NOT NULL,
        created_at DATETIME(3) NOT NULL,
        PRIMARY KEY (report_id, unit_id),
        KEY ix_report_copies_unit (unit_id)
      )`);
    await table(`
      CREATE TABLE idempotency_keys (
        user_id CHAR(36) CHARACTER SET ascii NOT NULL,
        idem_key VARCHAR(100) CHARACTER SET ascii NOT NULL,
        request_hash CHAR(64) CHARACTER SET ascii NOT NULL,
        status_code SMALLINT NOT NULL,
        response JSON NOT NULL,
        created_at DATETIME(3) NOT NULL,
        PRIMARY KEY (user_id, idem_key)
      )`);
    await table(`
      CREATE TABLE attachments (
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        report_id CHAR(36) CHARACTER SET ascii NOT NULL,
        filename VARCHAR(255) NOT NULL,
        content_type VARCHAR(100) NOT NULL,
        size_bytes INT NOT NULL,
        sha256 CHAR(64) CHARACTER SET ascii NOT NULL,
        storage_key VARCHAR(255) CHARACTER SET ascii NOT NULL,
        uploaded_by CHAR(36) CHARACTER SET ascii NOT NULL,
        created_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        KEY ix_attachments_report (report_id)
      )`);
    await table(`
      CREATE TABLE notifications (
        id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
        user_id CHAR(36) CHARACTER SET ascii NOT NULL,
        kind VARCHAR(32) CHARACTER SET ascii NOT NULL,
        report_id CHAR(36) CHARACTER SET ascii NULL,
        title VARCHAR(200) NOT NULL,
        body VARCHAR(2000) NOT NULL,
        dedup_key VARCHAR(191) CHARACTER SET ascii NOT NULL COMMENT 'one delivery per key, whatever retries happen',
        created_at DATETIME(3) NOT NULL,
        read_at DATETIME(3) NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_notifications_dedup (dedup_key),
        KEY ix_notifications_user (user_id, id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'notifications',
      'attachments',
      'idempotency_keys',
      'report_copies',
      'audit_events',
      'report_revisions',
      'reports',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
