import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A joint 党委+政府 report (联合报告) is signed off by both principal leaders: the government's in
 * `signed_by`/`signed_at` as for every report, the co-reporting 党委's (书记) here. NULL for every
 * report that is not joint, and for joint reports started before (they keep their definition, in
 * which the government's leader signed for both).
 */
export class JointCoSignOff1764890000000 implements MigrationInterface {
  name = 'JointCoSignOff1764890000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE report_deliberation_records
      ADD COLUMN co_signed_by CHAR(36) CHARACTER SET ascii NULL
        COMMENT 'a joint report''s 党委 principal leader who signed off (会签)',
      ADD COLUMN co_signed_at DATETIME(3) NULL,
      ADD CONSTRAINT fk_deliberation_records_co_signer FOREIGN KEY (co_signed_by) REFERENCES users (id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE report_deliberation_records
      DROP FOREIGN KEY fk_deliberation_records_co_signer,
      DROP COLUMN co_signed_at,
      DROP COLUMN co_signed_by`);
  }
}
