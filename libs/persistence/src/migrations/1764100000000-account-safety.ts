import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Account safety (#15.4, #15.8, #15.11):
 * - `must_change_password`: an administrator's one-time password must be changed at the next login;
 * - `password_not_demo`: 1 once a password is known not to be the published demo password, so a
 *   production start checks only the hashes it has not seen (argon2 is slow by design);
 * - stored usernames are normalised as logins now are (NFKC, trimmed, lower case, no invisible
 *   characters), since login now matches the normalised name byte for byte: without this, a name
 *   stored in another spelling (imported, or inserted by hand) could no longer log in.
 *   Two names that become one stop the migration, naming both: one must be renamed by hand.
 */
export class AccountSafety1764100000000 implements MigrationInterface {
  name = 'AccountSafety1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users
      ADD COLUMN must_change_password TINYINT(1) NOT NULL DEFAULT 0
        COMMENT '1 = the password was set by an administrator and must be changed at the next login',
      ADD COLUMN password_not_demo TINYINT(1) NOT NULL DEFAULT 0
        COMMENT '1 = known not to be the published demo password; 0 = checked at the next production start'`);
    const rows: Array<{ id: string; username: string }> = await q.query('SELECT id, username FROM users');
    const byName = new Map<string, string>();
    const renames: Array<{ id: string; to: string }> = [];
    for (const row of rows) {
      const to = row.username
        .normalize('NFKC')
        .trim()
        .toLowerCase()
        .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}\p{Default_Ignorable_Code_Point}]/gu, '');
      const clash = byName.get(to);
      if (clash !== undefined)
        throw new Error(
          `usernames ${JSON.stringify(clash)} and ${JSON.stringify(row.username)} both normalise to ${JSON.stringify(to)}; rename one and run the migration again`,
        );
      byName.set(to, row.username);
      if (to !== row.username) renames.push({ id: row.id, to });
    }
    for (const rename of renames)
      await q.query('UPDATE users SET username = ? WHERE id = ?', [rename.to, rename.id]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE users DROP COLUMN must_change_password, DROP COLUMN password_not_demo');
  }
}
