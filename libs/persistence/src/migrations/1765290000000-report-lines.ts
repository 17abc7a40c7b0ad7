import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A national demonstration area (全国法治政府建设示范地区) owes an *additional* report, through the
 * 依法治省办 to 中央依法治国办, by end of January; its ordinary report keeps its own date, text and
 * review. So "one report per unit and year" becomes one per unit, year and reporting line
 * (`report_line`): the ordinary line (`annual`) and the demonstration line. A campaign asks for one
 * line; its targets' reports are that line's. Existing rows are all on the ordinary line.
 */
export class ReportLines1765290000000 implements MigrationInterface {
  name = 'ReportLines1765290000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaigns
      ADD COLUMN report_line ENUM('annual', 'demonstration_area') NOT NULL DEFAULT 'annual'
        COMMENT 'the line asked for: the ordinary annual report, or a demonstration area''s additional one'`);
    await q.query(`ALTER TABLE reports
      ADD COLUMN report_line ENUM('annual', 'demonstration_area') NOT NULL DEFAULT 'annual'
        COMMENT 'the reporting line this report answers (see campaigns.report_line)',
      DROP INDEX uq_reports_one_per_unit_year,
      ADD UNIQUE KEY uq_reports_one_per_unit_year_line (unit_id, report_year, report_line, one_per_unit_year)`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The additional reports leave the old key (as reports made without a campaign are outside it).
    await q.query(`UPDATE reports SET one_per_unit_year = NULL WHERE report_line = 'demonstration_area'`);
    await q.query(`ALTER TABLE reports
      DROP INDEX uq_reports_one_per_unit_year_line,
      ADD UNIQUE KEY uq_reports_one_per_unit_year (unit_id, report_year, one_per_unit_year),
      DROP COLUMN report_line`);
    await q.query(`ALTER TABLE campaigns DROP COLUMN report_line`);
  }
}
