import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reminders still to send, one row per occurrence of a deadline version (issue #20, the 09:00
 * burst). They were one delayed BullMQ job each, and 100,000 reminders due at one instant cost the
 * worker 100,000 job completions, most of its time. The rows are now the timers, and one job per
 * instant (`reminders-due`) sends every row due by then, many per transaction. A row goes in the
 * transaction that logs its reminder (reminder_log) or finds it stale; the reconciler writes back
 * any that a pending occurrence lacks, so a lost job or a flushed Redis delays a reminder but never
 * loses it.
 */
export class ReminderTimers1765340000000 implements MigrationInterface {
  name = 'ReminderTimers1765340000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reminder_timers (
        deadline_id CHAR(36) CHARACTER SET ascii NOT NULL,
        deadline_version INT NOT NULL COMMENT 'the deadline version it was planned for',
        occurrence VARCHAR(40) CHARACTER SET ascii NOT NULL COMMENT 'before-3, on-day, overdue-1, escalate-leader …',
        run_at DATETIME(3) NOT NULL COMMENT 'when it goes out (a late one: the next office opening)',
        created_at DATETIME(3) NOT NULL,
        PRIMARY KEY (deadline_id, deadline_version, occurrence),
        KEY ix_reminder_timers_run_at (run_at)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE reminder_timers');
  }
}
