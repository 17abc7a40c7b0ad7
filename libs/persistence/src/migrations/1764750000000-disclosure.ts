import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Public disclosure (向社会公开) is the reporting unit's own duty, parallel to review and receipts:
 * a confidentiality review (保密审查), then the publication (channel, URL, date). One row per report,
 * its own version for the concurrency contract; no row = nothing recorded yet. The report's workflow
 * state is not touched: the disclosure is a track of its own. Its deadline is a third deadline kind.
 */
export class Disclosure1764750000000 implements MigrationInterface {
  name = 'Disclosure1764750000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_disclosures (
        report_id CHAR(36) CHARACTER SET ascii NOT NULL,
        version INT NOT NULL COMMENT 'bumped by every step; requests send the version they saw',
        status ENUM('reviewed', 'cleared_for_publication', 'published') NOT NULL
          COMMENT 'reviewed: the review found something to fix first; cleared: may be published',
        reviewed_revision INT NOT NULL COMMENT 'the revision the confidentiality review covered',
        reviewed_by CHAR(36) CHARACTER SET ascii NOT NULL,
        reviewed_role VARCHAR(32) CHARACTER SET ascii NOT NULL,
        reviewed_at DATETIME(3) NOT NULL,
        review_conclusion ENUM('cleared', 'changes_needed') NOT NULL,
        review_comment TEXT NULL,
        channel ENUM('government_website', 'newspaper', 'new_media', 'other') NULL
          COMMENT '政府网站 / 报刊 / 政务新媒体 / 其他',
        url VARCHAR(2000) NULL,
        published_on DATE NULL COMMENT 'China date of the publication, as the unit states it',
        published_revision INT NULL COMMENT 'the revision whose public version was published',
        published_by CHAR(36) CHARACTER SET ascii NULL,
        published_recorded_at DATETIME(3) NULL,
        updated_at DATETIME(3) NOT NULL,
        PRIMARY KEY (report_id),
        KEY ix_report_disclosures_status (status, published_on),
        CONSTRAINT fk_report_disclosures_report FOREIGN KEY (report_id) REFERENCES reports (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`ALTER TABLE deadlines MODIFY COLUMN kind ENUM('stage', 'due', 'disclosure') NOT NULL
      COMMENT 'stage: the current review stage; due: the unit''s due date; disclosure: public disclosure by the campaign''s date'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM deadlines WHERE kind = 'disclosure'`);
    await q.query(`ALTER TABLE deadlines MODIFY COLUMN kind ENUM('stage', 'due') NOT NULL
      COMMENT 'stage: the current review stage; due: the unit''s due date'`);
    await q.query(`DROP TABLE report_disclosures`);
  }
}
