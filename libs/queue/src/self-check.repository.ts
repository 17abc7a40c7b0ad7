import { Injectable } from '@nestjs/common';
import { Database } from '@app/persistence';

export interface SelfCheck {
  id: string;
  requestedAt: Date;
  processedAt: Date | null;
  processedBy: string | null;
}

/**
 * Self-checks: the API requests one (a row written with its job's outbox row), the worker marks it
 * processed when the job arrives. One repository for both sides: the table has one writer.
 */
@Injectable()
export class SelfCheckRepository {
  constructor(private readonly db: Database) {}

  /** Written with the outbox row of its job, so a check is never requested without being sent. */
  async insert(id: string, now: Date): Promise<void> {
    this.db.requireTransaction('A self-check request');
    await this.db.write(this.db.sql.insertInto('self_checks').values({ id, requested_at: now }));
  }

  async findById(id: string): Promise<SelfCheck | null> {
    const row = await this.db.row(
      this.db.sql
        .selectFrom('self_checks')
        .select(['id', 'requested_at', 'processed_at', 'processed_by'])
        .where('id', '=', id),
    );
    return row
      ? {
          id: row.id,
          requestedAt: row.requested_at,
          processedAt: row.processed_at,
          processedBy: row.processed_by,
        }
      : null;
  }

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
