import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An email/webhook delivery is claimed before it is sent, so that it is never sent twice: two runs
 * of one delivery-send job at once (BullMQ hands a job whose lock lapsed to another worker while the
 * first still sends) both read `pending`, and a worker that dies between the send and `sent` is
 * re-run. `sending` is the claimed state; `claim_token` names the run that owns it, and only that run
 * may record the result. A claim left older than the send's own time limit means the sender died
 * mid-send: nobody knows whether the message left, so the delivery goes to the dead-letter list with
 * `dead_reason` 'unconfirmed' (an admin checks, then replays), never back to the queue.
 */
export class DeliveryClaims1765260000000 implements MigrationInterface {
  name = 'DeliveryClaims1765260000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE deliveries
        MODIFY COLUMN status ENUM('pending', 'sending', 'sent', 'dead') NOT NULL DEFAULT 'pending'
          COMMENT 'sending: claimed by one run of its job, which alone may send it',
        ADD COLUMN claim_token CHAR(36) CHARACTER SET ascii NULL
          COMMENT 'the run that claimed it last; only that run records the result' AFTER status,
        ADD COLUMN claimed_at DATETIME(3) NULL AFTER claim_token,
        ADD COLUMN dead_reason ENUM('failed', 'unconfirmed') NULL
          COMMENT 'failed: every attempt failed; unconfirmed: the sender stopped mid-send, it may have been sent' AFTER dead_at`);
    await q.query(`UPDATE deliveries SET dead_reason = 'failed' WHERE status = 'dead'`);
  }

  async down(q: QueryRunner): Promise<void> {
    // A claim whose result is unknown stays visible: it becomes an ordinary dead letter.
    await q.query(
      `UPDATE deliveries SET status = 'dead', dead_at = COALESCE(dead_at, claimed_at) WHERE status = 'sending'`,
    );
    await q.query(`
      ALTER TABLE deliveries
        DROP COLUMN dead_reason,
        DROP COLUMN claimed_at,
        DROP COLUMN claim_token,
        MODIFY COLUMN status ENUM('pending', 'sent', 'dead') NOT NULL DEFAULT 'pending'`);
  }
}
