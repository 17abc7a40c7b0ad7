import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Parties and legislatures report and receive too (厅字〔2019〕28号): a government's report goes to
 * the same level's party committee (党委) and people's congress standing committee (人大常委会), and
 * the rule-of-law office (依法治X办) is the party committee's office, usually housed in the justice
 * bureau (司法局) whose staff run it. `housed_in_unit_id` records that housing; it is not the
 * office's parent (the office belongs to the party committee's side of the tree).
 */
export class UnitKinds1764700000000 implements MigrationInterface {
  name = 'UnitKinds1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE units
      MODIFY COLUMN kind ENUM('government', 'department', 'justice_bureau', 'other',
        'party_committee', 'congress_standing_committee', 'rule_of_law_office') NOT NULL,
      ADD COLUMN housed_in_unit_id CHAR(36) CHARACTER SET ascii NULL
        COMMENT 'the unit whose staff run this one, e.g. the 司法局 housing the 依法治县办',
      ADD CONSTRAINT fk_units_housed_in FOREIGN KEY (housed_in_unit_id) REFERENCES units (id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE units DROP FOREIGN KEY fk_units_housed_in, DROP COLUMN housed_in_unit_id`);
    await q.query(`ALTER TABLE units
      MODIFY COLUMN kind ENUM('government', 'department', 'justice_bureau', 'other') NOT NULL`);
  }
}
