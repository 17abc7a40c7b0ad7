import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An Idempotency-Key is compared byte for byte: `abc-KEY` and `abc-key` are two keys. The column
 * took its table's case-insensitive collation, so a client's second key differing in case only was
 * read as the first (pen test, stop 45: refused as reused, or answered with the first request's
 * answer).
 */
export class IdempotencyKeyCase1765300000000 implements MigrationInterface {
  name = 'IdempotencyKeyCase1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE idempotency_keys MODIFY idem_key VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    // Two keys that differ in case only would collide again: the down migration refuses then.
    await q.query(
      `ALTER TABLE idempotency_keys MODIFY idem_key VARCHAR(100) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL`,
    );
  }
}
