import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Units (单位) as a materialised-path tree, users, roles held in a unit, refresh-token sessions and
 * the record of administrative changes.
 */
export class UnitsUsers1763769700000 implements MigrationInterface {
  name = 'UnitsUsers1763769700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE units (
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        parent_id CHAR(36) CHARACTER SET ascii NULL,
        path VARCHAR(1000) CHARACTER SET ascii COLLATE ascii_bin NOT NULL
          COMMENT '/root-id/.../own-id/ : a subtree is one indexed prefix range',
        depth SMALLINT NOT NULL,
        name VARCHAR(100) NOT NULL,
        kind ENUM('government', 'department', 'justice_bureau', 'other') NOT NULL,
        level ENUM('province', 'prefecture', 'county', 'township') NOT NULL,
        division_code VARCHAR(12) CHARACTER SET ascii NULL,
        demonstration_area TINYINT(1) NOT NULL DEFAULT 0,
        created_at DATETIME(3) NOT NULL,
        created_by CHAR(36) CHARACTER SET ascii NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_units_parent_name (parent_id, name),
        KEY ix_units_path (path(255)),
        CONSTRAINT fk_units_parent FOREIGN KEY (parent_id) REFERENCES units (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`
      CREATE TABLE users (
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        unit_id CHAR(36) CHARACTER SET ascii NOT NULL,
        username VARCHAR(64) NOT NULL,
        display_name VARCHAR(100) NOT NULL,
        email VARCHAR(254) NULL,
        password_hash VARCHAR(255) NOT NULL,
        active TINYINT(1) NOT NULL DEFAULT 1,
        failed_logins INT NOT NULL DEFAULT 0,
        locked_until DATETIME(3) NULL,
        created_at DATETIME(3) NOT NULL,
        updated_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_users_username (username),
        KEY ix_users_unit (unit_id),
        CONSTRAINT fk_users_unit FOREIGN KEY (unit_id) REFERENCES units (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`
      CREATE TABLE user_roles (
        user_id CHAR(36) CHARACTER SET ascii NOT NULL,
        role VARCHAR(32) CHARACTER SET ascii NOT NULL,
        unit_id CHAR(36) CHARACTER SET ascii NOT NULL COMMENT 'the unit the role is held in; its subtree for coordinator/admin',
        granted_by CHAR(36) CHARACTER SET ascii NULL,
        granted_at DATETIME(3) NOT NULL,
        PRIMARY KEY (user_id, role, unit_id),
        KEY ix_user_roles_unit_role (unit_id, role),
        CONSTRAINT fk_user_roles_user FOREIGN KEY (user_id) REFERENCES users (id),
        CONSTRAINT fk_user_roles_unit FOREIGN KEY (unit_id) REFERENCES units (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`
      CREATE TABLE sessions (
        id CHAR(36) CHARACTER SET ascii NOT NULL,
        user_id CHAR(36) CHARACTER SET ascii NOT NULL,
        refresh_hash CHAR(64) CHARACTER SET ascii NOT NULL COMMENT 'sha256 of the current refresh secret',
        created_at DATETIME(3) NOT NULL,
        refreshed_at DATETIME(3) NOT NULL,
        expires_at DATETIME(3) NOT NULL,
        revoked_at DATETIME(3) NULL,
        revoked_reason VARCHAR(64) NULL,
        PRIMARY KEY (id),
        KEY ix_sessions_user (user_id),
        CONSTRAINT fk_sessions_user FOREIGN KEY (user_id) REFERENCES users (id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await q.query(`
      CREATE TABLE admin_events (
        id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
        actor_user_id CHAR(36) CHARACTER SET ascii NULL,
        action VARCHAR(64) NOT NULL,
        target_type VARCHAR(32) NOT NULL,
        target_id CHAR(36) CHARACTER SET ascii NOT NULL,
        unit_id CHAR(36) CHARACTER SET ascii NOT NULL,
        details JSON NOT NULL,
        created_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        KEY ix_admin_events_unit (unit_id, id),
        KEY ix_admin_events_target (target_id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['admin_events', 'sessions', 'user_roles', 'users', 'units']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
