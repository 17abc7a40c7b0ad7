import { Injectable } from '@nestjs/common';
import { Database } from '@app/persistence';

export interface SelfCheck {
  id: string;
  requestedAt: Date;
  processedAt: Date | null;
  processedBy: string | null;
}

/** Self-check requests; the API inserts them, the worker's self-check handler marks them processed. */
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
}
