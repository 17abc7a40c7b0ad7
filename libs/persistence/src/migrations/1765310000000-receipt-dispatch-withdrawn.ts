import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When the unit withdrew the dispatch this receipt holds (撤回报送). Until now a withdrawal was read
 * from the report's state (back in 编号发文 with the revision sent), so a unit that withdrew further
 * back, to the sign-off or the drafting, without saving a new revision left the receipt decidable: an
 * office could accept a report the unit had taken back. Written at the withdrawal, cleared by the next
 * dispatch. Existing receipts are marked by the old rule, and where the report's last step was a
 * withdrawal out of 已报送 (the older paths, whose withdrawal lands in 签发 or 审议).
 */
export class ReceiptDispatchWithdrawn1765310000000 implements MigrationInterface {
  name = 'ReceiptDispatchWithdrawn1765310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE report_receipts
      ADD COLUMN dispatch_withdrawn_at DATETIME(3) NULL
        COMMENT 'the unit withdrew the dispatch this receipt holds; cleared by the next dispatch'`);
    await q.query(`UPDATE report_receipts rr
      JOIN reports r ON r.id = rr.report_id
      SET rr.dispatch_withdrawn_at = r.updated_at
      WHERE rr.status = 'received'
        AND ((r.state = 'dispatching' AND rr.revision = r.current_revision)
          OR (r.last_action = 'withdraw' AND r.last_from_state = 'submitted'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE report_receipts DROP COLUMN dispatch_withdrawn_at`);
  }
}
