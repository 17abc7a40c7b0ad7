import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A copy recipient (抄送单位) reads exactly the revisions dispatched to it: one row per unit and
 * dispatch, with the revision that was current and the audit event that moved the report up.
 * report_copies stays the "this unit has a copy" row (first arrival), used by the copy list.
 */
export class ReportCopyRevisions1764200000000 implements MigrationInterface {
  name = 'ReportCopyRevisions1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_copy_revisions (
        report_id CHAR(36) CHARACTER SET ascii NOT NULL,
        unit_id CHAR(36) CHARACTER SET ascii NOT NULL,
        event_seq INT NOT NULL COMMENT 'the audit event that dispatched the report upward',
        revision INT NOT NULL COMMENT 'the revision current at that dispatch',
        dispatched_at DATETIME(3) NOT NULL,
        PRIMARY KEY (report_id, unit_id, event_seq),
        KEY ix_report_copy_revisions_unit (unit_id, dispatched_at)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    // Copies made before this table: every move into 'submitted' from inside the unit (the only
    // upward state of the built-in paths) dispatched the revision of its event to each copied unit.
    await q.query(`
      INSERT IGNORE INTO report_copy_revisions (report_id, unit_id, event_seq, revision, dispatched_at)
      SELECT c.report_id, c.unit_id, e.seq, e.revision, e.created_at
        FROM report_copies c JOIN audit_events e ON e.report_id = c.report_id
       WHERE e.to_state = 'submitted' AND e.from_state NOT IN ('submitted', 'accepted', 'published')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE report_copy_revisions');
  }
}
