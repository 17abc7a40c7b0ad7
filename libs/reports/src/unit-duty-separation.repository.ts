import { Injectable } from '@nestjs/common';
import { Database } from '@app/persistence';

export type DutySeparationSetting = 'enforced' | 'relaxed';

/** Reads a unit's own separation-of-duties setting (units.duty_separation; the directory writes it). */
@Injectable()
export class UnitDutySeparationRepository {
  constructor(private readonly db: Database) {}

  /** The unit's setting, or null when it has none (the configured default then applies). */
  async settingOf(unitId: string): Promise<DutySeparationSetting | null> {
    const row = await this.db.row(
      this.db.sql.selectFrom('units').select('duty_separation').where('id', '=', unitId),
    );
    return row?.duty_separation ?? null;
  }
}
