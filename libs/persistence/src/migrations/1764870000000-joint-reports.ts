import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The joint 党委+政府 report (issue #17 item 3): the government of a place and its party committee
 * report together in one text. The report stays the government unit's (its people draft, review and
 * sign it off); `co_reporting_unit_id` names the 党委 reporting with it. The unique key keeps a
 * party committee in at most one joint report a year (NULL, for every other report, never collides).
 */
export class JointReports1764870000000 implements MigrationInterface {
  name = 'JointReports1764870000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reports
      ADD COLUMN co_reporting_unit_id CHAR(36) CHARACTER SET ascii NULL
        COMMENT 'joint report: the party committee (党委) reporting with the government unit',
      ADD UNIQUE KEY uq_reports_co_reporting_unit_year (co_reporting_unit_id, report_year),
      ADD CONSTRAINT fk_reports_co_reporting_unit FOREIGN KEY (co_reporting_unit_id) REFERENCES units (id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reports
      DROP FOREIGN KEY fk_reports_co_reporting_unit,
      DROP INDEX uq_reports_co_reporting_unit_year,
      DROP COLUMN co_reporting_unit_id`);
  }
}
