import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The department reviewer may let a report leave drafting although the completeness check (形式审查)
 * fails, with a reason; the override holds for the revision it was given on.
 */
export class CompletenessOverride1763770100000 implements MigrationInterface {
  name = 'CompletenessOverride1763770100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reports
      ADD COLUMN check_override_revision INT NULL COMMENT 'revision the completeness check was overridden for',
      ADD COLUMN check_override_reason VARCHAR(1000) NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE reports DROP COLUMN check_override_revision, DROP COLUMN check_override_reason',
    );
  }
}
