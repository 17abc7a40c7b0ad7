import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How often each campaign returned the report (退回次数 of one receipt). `reports.return_count`
 * counts every return, the unit's own reviewers' included, and those of every campaign the report
 * answers; the 通报 and the scores name the returns of one campaign. Existing receipts are counted
 * from the report's audit chain, where each return is a `receipt_returned` event naming its campaign.
 */
export class ReceiptReturnCount1764880000000 implements MigrationInterface {
  name = 'ReceiptReturnCount1764880000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE report_receipts
      ADD COLUMN return_count INT NOT NULL DEFAULT 0 COMMENT 'how often this campaign returned the report'`);
    await q.query(`UPDATE report_receipts rr SET return_count = (
        SELECT COUNT(*) FROM audit_events e
        WHERE e.report_id = rr.report_id
          AND e.action = 'receipt_returned'
          AND JSON_VALUE(e.fields, '$.campaignId') = rr.campaign_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE report_receipts DROP COLUMN return_count`);
  }
}
