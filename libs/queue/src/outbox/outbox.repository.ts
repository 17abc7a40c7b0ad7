import { Injectable } from '@nestjs/common';
import { Database, fromJson } from '@app/persistence';

/** Rows a statement (six columns each). */
const INSERT_CHUNK = 1000;

/** One job as stored in the outbox, waiting for the relay. */
export interface OutboxEntry {
  queue: string;
  jobName: string;
  /** The catalogue's deterministic id: relaying the same row twice adds the job once. */
  jobId: string;
  payload: unknown;
  runAt: Date | null;
}

export interface PendingOutboxEntry extends OutboxEntry {
  id: number;
}

/** The outbox table's only reader and writer. */
@Injectable()
export class OutboxRepository {
  constructor(private readonly db: Database) {}

  /** Multi-row INSERTs for all the entries, in the transaction of the change they announce. */
  async insertMany(entries: OutboxEntry[], now: Date): Promise<void> {
    this.db.requireTransaction('An outbox row');
    // A campaign issued to thousands of units writes a job for each: a few statements, not one a job
    // (and never one over the driver's placeholder limit).
    for (let i = 0; i < entries.length; i += INSERT_CHUNK) {
      await this.insertChunk(entries.slice(i, i + INSERT_CHUNK), now);
    }
  }

  private async insertChunk(entries: OutboxEntry[], now: Date): Promise<void> {
    // Nothing reads the rows back in the writing transaction: a pipelined one sends them with its COMMIT.
    await this.db.writeLater(
      this.db.sql.insertInto('outbox').values(
        entries.map((entry) => ({
          queue: entry.queue,
          job_name: entry.jobName,
          job_id: entry.jobId,
          payload: JSON.stringify(entry.payload),
          run_at: entry.runAt,
          created_at: now,
        })),
      ),
    );
  }

  /**
   * Claims the oldest unrelayed rows, skipping those another relay holds, so several processes can
   * relay at once without sending a row twice. Locks until the surrounding transaction ends.
   */
  async claimPending(limit: number): Promise<PendingOutboxEntry[]> {
    this.db.requireTransaction('Claiming outbox rows');
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('outbox')
        .select(['id', 'queue', 'job_name', 'job_id', 'payload', 'run_at'])
        .where('relayed_at', 'is', null)
        .orderBy('id')
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    );
    return rows.map((row) => ({
      id: Number(row.id),
      queue: row.queue,
      jobName: row.job_name,
      jobId: row.job_id,
      payload: fromJson<unknown>(row.payload),
      runAt: row.run_at,
    }));
  }

  /** Rows committed but not relayed yet (the metrics' outbox backlog). */
  async countPending(): Promise<number> {
    const row = await this.db.row(
      this.db.sql
        .selectFrom('outbox')
        .select((eb) => eb.fn.countAll<number>().as('pending'))
        .where('relayed_at', 'is', null),
    );
    return Number(row?.pending ?? 0);
  }

  async markRelayed(ids: number[], now: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.db.write(
      this.db.sql
        .updateTable('outbox')
        .set((eb) => ({ relayed_at: now, attempts: eb('attempts', '+', 1) }))
        .where('id', 'in', ids),
    );
  }
}
