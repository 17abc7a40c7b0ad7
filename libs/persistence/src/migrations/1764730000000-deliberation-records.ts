import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deliberation, sign-off and dispatch (issue #17 item 4).
 *
 * - `units.deliberation_body`: the unit's own deliberating body (党组会议, 局长办公会议, 政府常务会议 …);
 *   NULL takes the default for the unit's kind, so existing units need no data change.
 * - `units.review_chain`: the internal chain the unit chose (issue #17 item 5: 分管领导审核, the
 *   legal adviser optional); used for its new reports when it keeps every safeguard of the
 *   campaign's own definition, else the campaign's definition applies.
 * - `report_deliberation_records`: one row per report with its standing records. The meeting
 *   record "stands" from 通过 or 原则通过 until a step clears it (an internal return, a recipient's
 *   return asking for re-deliberation); while it stands the next submit goes straight to sign-off.
 *   The sign-off (who, when) and the unit's document number (文号) of the last dispatch sit beside it.
 *   Reports on the old definitions never write a row: they keep working as before.
 */
export class DeliberationRecords1764730000000 implements MigrationInterface {
  name = 'DeliberationRecords1764730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE units
      ADD COLUMN deliberation_body VARCHAR(50) NULL
        COMMENT 'the body that deliberates the report (党组会议 …); NULL = the default for the kind',
      ADD COLUMN review_chain VARCHAR(64) CHARACTER SET ascii NULL
        COMMENT 'the review path (workflow definition id) the unit chose; NULL = the campaign''s'`);
    await q.query(`
      CREATE TABLE report_deliberation_records (
        report_id CHAR(36) CHARACTER SET ascii NOT NULL,
        meeting_stands TINYINT(1) NOT NULL DEFAULT 0
          COMMENT '1 = the meeting below stands: the next submit goes straight to sign-off',
        meeting_body VARCHAR(100) NULL,
        meeting_date CHAR(10) CHARACTER SET ascii NULL COMMENT 'YYYY-MM-DD, China time',
        minutes_number VARCHAR(100) NULL,
        meeting_event_seq INT NULL COMMENT 'the audit event that recorded the meeting',
        signed_by CHAR(36) CHARACTER SET ascii NULL COMMENT 'the principal leader who signed off (签发)',
        signed_at DATETIME(3) NULL,
        document_number VARCHAR(100) NULL COMMENT 'the unit''s document number (文号) of the last dispatch',
        updated_at DATETIME(3) NOT NULL,
        PRIMARY KEY (report_id),
        CONSTRAINT fk_deliberation_records_report FOREIGN KEY (report_id) REFERENCES reports (id),
        CONSTRAINT fk_deliberation_records_signer FOREIGN KEY (signed_by) REFERENCES users (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE report_deliberation_records');
    await q.query('ALTER TABLE units DROP COLUMN deliberation_body, DROP COLUMN review_chain');
  }
}
