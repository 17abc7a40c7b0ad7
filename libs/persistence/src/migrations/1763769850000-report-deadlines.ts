import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-report deadline settings copied from the campaign when the report is created: the stage time
 * limits (working days per review state), the reminder policy and the unit's due date (moved by an
 * extension).
 */
export class ReportDeadlines1763769850000 implements MigrationInterface {
  name = 'ReportDeadlines1763769850000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reports
      ADD COLUMN stage_limits JSON NULL COMMENT '{ "dept_review": 3, ... } working days; NULL = default',
      ADD COLUMN reminder_policy JSON NULL COMMENT 'see libs/reports/src/reminder-policy.ts; NULL = default',
      ADD COLUMN due_at DATETIME(3) NULL COMMENT 'end of the due day (Asia/Shanghai) for this unit, after extensions'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE reports DROP COLUMN stage_limits, DROP COLUMN reminder_policy, DROP COLUMN due_at',
    );
  }
}
