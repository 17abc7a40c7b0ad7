import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * MySQL is the source of truth for every open deadline; BullMQ only carries timers derived from it.
 * reminder_log marks each reminder occurrence handled, so the reconciler never re-sends one;
 * deliveries are email/webhook messages stored before they are sent (the dead-letter list is
 * deliveries with status 'dead').
 */
export class DeadlinesReminders1763770000000 implements MigrationInterface {
  name = 'DeadlinesReminders1763770000000';

  async up(q: QueryRunner): Promise<void> {
    const table = (sql: string) =>
      q.query(`${sql} ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await table(`
      CREATE TABLE deadlines (
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        report_id CHAR(36) CHARACTER SET ascii NOT NULL,
        kind ENUM('stage', 'due') NOT NULL COMMENT 'stage: the current review stage; due: the unit''s due date',
        stage VARCHAR(32) CHARACTER SET ascii NULL,
        due_at DATETIME(3) NOT NULL,
        version INT NOT NULL COMMENT 'bumped whenever the deadline opens, moves or closes; jobs carry it',
        planned_from DATETIME(3) NOT NULL COMMENT 'reminders planned before this instant are not sent',
        closed_at DATETIME(3) NULL,
        created_at DATETIME(3) NOT NULL,
        updated_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_deadlines_report_kind (report_id, kind),
        KEY ix_deadlines_open (closed_at, due_at)
      )`);
    await table(`
      CREATE TABLE reminder_log (
        deadline_id CHAR(36) CHARACTER SET ascii NOT NULL,
        due_at DATETIME(3) NOT NULL,
        occurrence VARCHAR(32) CHARACTER SET ascii NOT NULL,
        handled_at DATETIME(3) NOT NULL,
        recipients INT NOT NULL,
        PRIMARY KEY (deadline_id, due_at, occurrence)
      )`);
    await table(`
      CREATE TABLE deliveries (
        id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
        dedup_key VARCHAR(191) CHARACTER SET ascii NOT NULL,
        channel ENUM('email', 'webhook') NOT NULL,
        target VARCHAR(500) NOT NULL COMMENT 'email address or webhook URL',
        user_id CHAR(36) CHARACTER SET ascii NULL,
        unit_id CHAR(36) CHARACTER SET ascii NOT NULL,
        report_id CHAR(36) CHARACTER SET ascii NULL,
        subject VARCHAR(200) NOT NULL,
        body VARCHAR(2000) NOT NULL,
        link VARCHAR(500) NULL,
        status ENUM('pending', 'sent', 'dead') NOT NULL DEFAULT 'pending',
        attempts INT NOT NULL DEFAULT 0,
        replays INT NOT NULL DEFAULT 0,
        last_error VARCHAR(1000) NULL,
        created_at DATETIME(3) NOT NULL,
        sent_at DATETIME(3) NULL,
        dead_at DATETIME(3) NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_deliveries_dedup (dedup_key),
        KEY ix_deliveries_status (status, unit_id)
      )`);
    await q.query(
      `ALTER TABLE units ADD COLUMN webhook_url VARCHAR(500) NULL COMMENT 'chat-robot webhook for reminders (WeCom/DingTalk style)'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE units DROP COLUMN webhook_url');
    for (const t of ['deliveries', 'reminder_log', 'deadlines']) await q.query(`DROP TABLE ${t}`);
  }
}
