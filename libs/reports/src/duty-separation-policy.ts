import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';

/**
 * Whether a unit enforces separation of duties in its review chain: the unit's own setting
 * (units.duty_separation) when it has one, else DUTY_SEPARATION. Read only when a step would break
 * the rule, so the common path costs nothing.
 */
@Injectable()
export class DutySeparationPolicy {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async isRelaxedFor(unitId: string): Promise<boolean> {
    const rows: Array<{ duty_separation: string | null }> = await this.dataSource.query(
      'SELECT duty_separation FROM units WHERE id = ?',
      [unitId],
    );
    const setting = rows[0]?.duty_separation ?? this.config.env.DUTY_SEPARATION;
    return setting === 'relaxed';
  }
}
