import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A published report corrected later is published again (republication), and its record then names
 * the corrected text's date and address. Whether the unit met its duty to publish by the disclosure
 * date is a fact of its first publication: without the date kept, a unit that published on time and
 * was returned and republished after 1 April read as 逾期公开 on the board, in its score and in the
 * 通报 (review, stop 57). Set with the first publication, kept by every later one.
 */
export class FirstPublicationDate1765360000000 implements MigrationInterface {
  name = 'FirstPublicationDate1765360000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE report_disclosures
        ADD COLUMN first_published_on DATE NULL COMMENT 'China date of the first publication; kept when a corrected text is published again'`);
    await q.query(
      `UPDATE report_disclosures SET first_published_on = published_on WHERE published_on IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE report_disclosures DROP COLUMN first_published_on`);
  }
}
