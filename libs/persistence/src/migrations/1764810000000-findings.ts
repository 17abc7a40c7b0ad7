import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 问题清单 and 整改: the coordinator who decides a report's receipt records findings against it; the
 * report's unit answers each with its measures and a completion date; the coordinator closes it or
 * reopens it. One row per finding with its own version (the concurrency contract); every step also
 * writes an event into the report's hash chain. The 整改 due date (due_on) is a China date.
 */
export class Findings1764810000000 implements MigrationInterface {
  name = 'Findings1764810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_findings (
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        report_id CHAR(36) CHARACTER SET ascii NOT NULL,
        campaign_id CHAR(36) CHARACTER SET ascii NOT NULL COMMENT 'the campaign whose receipt the finding was raised on',
        raising_unit_id CHAR(36) CHARACTER SET ascii NOT NULL COMMENT 'the campaign''s issuer: its coordinators close or reopen',
        version INT NOT NULL COMMENT 'bumped by every step; requests send the version they saw',
        status ENUM('open', 'answered', 'closed') NOT NULL COMMENT 'a reopened finding is open again',
        text TEXT NOT NULL,
        due_on DATE NOT NULL COMMENT '整改 due date (China date)',
        raised_by CHAR(36) CHARACTER SET ascii NOT NULL,
        raised_at DATETIME(3) NOT NULL,
        measures TEXT NULL COMMENT 'the unit''s answer: 整改措施',
        completed_on DATE NULL COMMENT 'the date the unit states the measures were completed',
        answered_by CHAR(36) CHARACTER SET ascii NULL,
        answered_at DATETIME(3) NULL,
        decided_by CHAR(36) CHARACTER SET ascii NULL COMMENT 'who last closed or reopened',
        decided_at DATETIME(3) NULL,
        decision_comment TEXT NULL,
        updated_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        KEY ix_report_findings_report (report_id, raised_at),
        KEY ix_report_findings_campaign (campaign_id, status),
        KEY ix_report_findings_open (status, due_on),
        CONSTRAINT fk_report_findings_report FOREIGN KEY (report_id) REFERENCES reports (id),
        CONSTRAINT fk_report_findings_campaign FOREIGN KEY (campaign_id) REFERENCES campaigns (id),
        CONSTRAINT fk_report_findings_unit FOREIGN KEY (raising_unit_id) REFERENCES units (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    // One 整改 deadline per report: the earliest due date of its open findings; `stage` names the
    // office that raised that finding (its coordinators are told when it is overdue).
    await q.query(`ALTER TABLE deadlines MODIFY COLUMN stage VARCHAR(36) CHARACTER SET ascii NULL
      COMMENT 'the review stage (kind stage); the raising unit id (kind rectification)'`);
    await q.query(`ALTER TABLE deadlines MODIFY COLUMN kind ENUM('stage', 'due', 'disclosure', 'rectification') NOT NULL
      COMMENT 'stage: the current review stage; due: the unit''s due date; disclosure: public disclosure by the campaign''s date; rectification: 整改 of open findings'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM deadlines WHERE kind = 'rectification'`);
    await q.query(`ALTER TABLE deadlines MODIFY COLUMN kind ENUM('stage', 'due', 'disclosure') NOT NULL
      COMMENT 'stage: the current review stage; due: the unit''s due date; disclosure: public disclosure by the campaign''s date'`);
    await q.query(`ALTER TABLE deadlines MODIFY COLUMN stage VARCHAR(32) CHARACTER SET ascii NULL`);
    await q.query(`DROP TABLE report_findings`);
  }
}
