import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transactional outbox (effects of a committed transaction, relayed to BullMQ afterwards) and
 * the self-check table used to prove API -> Redis -> worker works end to end.
 */
export class Foundation1763769600000 implements MigrationInterface {
  name = 'Foundation1763769600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox (
        id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
        queue VARCHAR(64) NOT NULL,
        job_name VARCHAR(64) NOT NULL,
        job_id VARCHAR(191) CHARACTER SET ascii NOT NULL COMMENT 'deterministic BullMQ job id',
        payload JSON NOT NULL,
        run_at DATETIME(3) NULL COMMENT 'when the job should run (delayed job); NULL = now',
        created_at DATETIME(3) NOT NULL,
        relayed_at DATETIME(3) NULL,
        attempts INT NOT NULL DEFAULT 0,
        last_error VARCHAR(1000) NULL,
        PRIMARY KEY (id),
        KEY ix_outbox_pending (relayed_at, id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`
      CREATE TABLE self_checks (
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        requested_at DATETIME(3) NOT NULL,
        processed_at DATETIME(3) NULL,
        processed_by VARCHAR(100) NULL,
        PRIMARY KEY (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE self_checks');
    await q.query('DROP TABLE outbox');
  }
}
