import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A 催办 pressed at night reaches the inbox at once, but its email and chat-robot messages wait for
 * the next office opening (domain.md: reminders go out at office hours, not at night). The time
 * they are owed is a row's, not only a delayed job's: a Redis lost overnight must not lose them,
 * so the reconciler gives every push still owed its job again. `pushed_at` is set in the
 * transaction that stores the deliveries (or finds the press no longer owed), once.
 */
export class UrgePushes1765350000000 implements MigrationInterface {
  name = 'UrgePushes1765350000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE campaign_urges
        ADD COLUMN push_due_at DATETIME(3) NULL COMMENT 'when its email and chat-robot messages go out (the next office opening); NULL before the worker planned them',
        ADD COLUMN pushed_at DATETIME(3) NULL COMMENT 'when they were stored for sending, or found no longer owed',
        ADD KEY ix_campaign_urges_push_owed (pushed_at, push_due_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE campaign_urges
        DROP KEY ix_campaign_urges_push_owed,
        DROP COLUMN pushed_at,
        DROP COLUMN push_due_at`);
  }
}
