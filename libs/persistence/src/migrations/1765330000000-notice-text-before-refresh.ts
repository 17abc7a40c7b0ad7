import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The body a 通报 draft had before the office regenerated it from today's facts (按最新情况更新):
 * the refresh replaces the paragraphs and the units named, and the office's own paragraphs (工作要求,
 * 表扬) were gone for good (scenario test, stop 48). Kept beside the draft, readable only where the
 * draft is (the issuing office), until the next refresh replaces it.
 */
export class NoticeTextBeforeRefresh1765330000000 implements MigrationInterface {
  name = 'NoticeTextBeforeRefresh1765330000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign_notices
      ADD COLUMN replaced_text JSON NULL
        COMMENT 'the paragraphs and named unit ids the last refresh replaced; NULL: never refreshed',
      ADD COLUMN replaced_version INT UNSIGNED NULL COMMENT 'the version the last refresh replaced',
      ADD COLUMN replaced_at DATETIME(3) NULL COMMENT 'when the last refresh replaced it',
      ADD COLUMN replaced_by CHAR(36) CHARACTER SET ascii NULL COMMENT 'who refreshed it'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign_notices
      DROP COLUMN replaced_text, DROP COLUMN replaced_version, DROP COLUMN replaced_at, DROP COLUMN replaced_by`);
  }
}
