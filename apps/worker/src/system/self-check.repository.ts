import { Injectable } from '@nestjs/common';
import { Database } from '@app/persistence';

/** The worker's side of a self-check: marks a requested check processed. */
@Injectable()
export class SelfCheckRepository {
  constructor(private readonly db: Database) {}

  /** Only an unprocessed check is marked: false when it was already processed or is unknown. */
  async markProcessed(mark: { id: string; by: string; now: Date }): Promise<boolean> {
    const result = await this.db.write(
      this.db.sql
        .updateTable('self_checks')
        .set({ processed_at: mark.now, processed_by: mark.by })
        .where('id', '=', mark.id)
        .where('processed_at', 'is', null),
    );
    return result.affectedRows === 1;
  }
}
