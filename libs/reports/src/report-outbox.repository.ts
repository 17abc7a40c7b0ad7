import { Injectable } from '@nestjs/common';
import { Database } from '@app/persistence';
import { OutboxWriter } from '@app/queue';

/** Jobs as the outbox takes them (name, payload, optional run-at). */
export type OutboxJobs = Parameters<OutboxWriter['addMany']>[1];

/**
 * The jobs a report change publishes, written to the outbox in the change's transaction.
 *
 * A bridge for the duration of the persistence conversion: OutboxWriter still takes the
 * transaction's EntityManager, which only `Database.transaction` hands out (a nested call joins
 * the current transaction). Once OutboxWriter joins the current transaction by itself, services
 * call it directly and this file goes.
 */
@Injectable()
export class ReportOutbox {
  constructor(
    private readonly db: Database,
    private readonly outbox: OutboxWriter,
  ) {}

  /** One INSERT for all the jobs (none: no statement). */
  async add(jobs: OutboxJobs, now: Date): Promise<void> {
    this.db.requireTransaction('Outbox jobs');
    if (jobs.length === 0) return;
    await this.db.transaction((manager) => this.outbox.addMany(manager, jobs, now));
  }
}
