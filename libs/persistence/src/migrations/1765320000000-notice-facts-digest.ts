import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The facts a 通报 draft was generated from, as a digest (scenario test, stop 47: a draft stored while
 * one unit had not reported was issued after it had, still saying 尚未到期1个). 印发 compares it with
 * today's facts and asks the office to refresh or confirm the text; regenerating the text stores the
 * new digest. NULL for a draft stored before this (its facts are unknown: nothing is compared).
 */
export class NoticeFactsDigest1765320000000 implements MigrationInterface {
  name = 'NoticeFactsDigest1765320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign_notices
      ADD COLUMN facts_digest CHAR(64) NULL
        COMMENT 'SHA-256 of the board facts the text was generated from; NULL: unknown (stored before)'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign_notices DROP COLUMN facts_digest`);
  }
}
