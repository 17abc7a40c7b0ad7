import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The stamped scan (盖章扫描件): at dispatch a unit uploads the PDF of the sealed paper copy, which
 * recipients download beside the Word file. A table of its own rather than a kind of attachment:
 * evidence attachments belong to drafting and are listed with the text, a scan belongs to one
 * dispatched revision and comes after the text is final. The bytes live in the attachments' storage.
 */
export class StampedScans1764740000000 implements MigrationInterface {
  name = 'StampedScans1764740000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stamped_scans (
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        report_id CHAR(36) CHARACTER SET ascii NOT NULL,
        revision INT NOT NULL COMMENT 'the revision the sealed paper copy was printed from',
        filename VARCHAR(255) NOT NULL,
        size_bytes INT NOT NULL,
        sha256 CHAR(64) CHARACTER SET ascii NOT NULL,
        storage_key VARCHAR(255) CHARACTER SET ascii NOT NULL,
        uploaded_by CHAR(36) CHARACTER SET ascii NOT NULL,
        created_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        KEY ix_stamped_scans_report (report_id, created_at),
        CONSTRAINT fk_stamped_scans_report FOREIGN KEY (report_id) REFERENCES reports (id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE stamped_scans`);
  }
}
