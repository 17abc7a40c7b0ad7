import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Holiday schedules entered by administrators (console or API) on top of config/calendar, so a
 * new year's State Council notice takes effect without a redeploy. Append-only: every entry or
 * withdrawal is a new row and the newest row of a (region, year) is in force, so MAX(id) is the
 * version every API and worker process compares before it uses its cached calendar.
 */
export class CalendarSchedules1764600000000 implements MigrationInterface {
  name = 'CalendarSchedules1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_schedules (
        id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'also the calendar data version',
        public_id CHAR(36) CHARACTER SET ascii NOT NULL,
        region VARCHAR(6) CHARACTER SET ascii NOT NULL COMMENT 'empty: the State Council schedule',
        year SMALLINT NOT NULL,
        schedule JSON NULL COMMENT 'the validated cn-YYYY.json / regions file; NULL: withdrawn',
        actor_user_id CHAR(36) CHARACTER SET ascii NOT NULL,
        unit_id CHAR(36) CHARACTER SET ascii NOT NULL COMMENT 'where the acting admin role is held',
        created_at DATETIME(3) NOT NULL,
        PRIMARY KEY (id),
        UNIQUE KEY uq_calendar_schedules_public (public_id),
        KEY ix_calendar_schedules_year (region, year, id)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE calendar_schedules');
  }
}
