import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The completeness check's verdict (形式审查) on a revision, computed once when the revision is saved:
 * its text and title never change afterwards, so a submit no longer rescans them (9% of the API's
 * CPU per submit). `check_basis` names what else the verdict depended on (the rules' version, the
 * report year, the unit's name as it was then); a submit trusts a stored pass only while that basis
 * is still the live one and checks the text again otherwise. Revisions saved before this change
 * have NULL in both and are checked at submit, as before.
 */
export class RevisionCheckResult1765270000000 implements MigrationInterface {
  name = 'RevisionCheckResult1765270000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE report_revisions
      ADD COLUMN check_passed TINYINT(1) NULL COMMENT 'the completeness check passed when saved; NULL: saved before it was stored',
      ADD COLUMN check_basis VARCHAR(200) NULL COMMENT 'rules version, report year and unit name the verdict was computed for'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE report_revisions DROP COLUMN check_passed, DROP COLUMN check_basis');
  }
}
