import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Browsers that have logged in to an account before (pen test finding 9: ten wrong passwords from
 * anywhere locked any account for 15 minutes, so anyone who knew a username could keep a drafter
 * out on the day before the deadline). A successful login hands the browser a device token; the
 * account-wide lock then applies only to attempts without one, and each known device counts its own
 * failures (OWASP's "device cookies"). `secret_hash` is the sha256 of the token's secret, as for
 * refresh tokens. Rows go with their user's password reset; a user keeps at most a few of them.
 */
export class LoginDevices1765170000000 implements MigrationInterface {
  name = 'LoginDevices1765170000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_devices (
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        user_id CHAR(36) CHARACTER SET ascii NOT NULL,
        secret_hash CHAR(64) CHARACTER SET ascii NOT NULL COMMENT 'sha256 of the device token''s secret',
        failed_logins INT NOT NULL DEFAULT 0 COMMENT 'failures with this device''s token since its last success',
        locked_until DATETIME(3) NULL COMMENT 'this device only; the account may still be open elsewhere',
        created_at DATETIME(3) NOT NULL,
        last_login_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        KEY ix_login_devices_user (user_id, last_login_at),
        CONSTRAINT fk_login_devices_user FOREIGN KEY (user_id) REFERENCES users (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_devices`);
  }
}
