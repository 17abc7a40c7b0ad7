import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Separation of duties (职责分离) per unit: NULL follows DUTY_SEPARATION (default enforced);
 * 'relaxed' lets a tiny unit, where one person holds several review roles, take its report up
 * anyway, each such step recorded in the report's history as relaxed.
 */
export class DutySeparation1764300000000 implements MigrationInterface {
  name = 'DutySeparation1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE units
      ADD COLUMN duty_separation ENUM('enforced', 'relaxed') NULL
        COMMENT 'separation of duties in the review chain; NULL = the DUTY_SEPARATION setting'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE units DROP COLUMN duty_separation');
  }
}
