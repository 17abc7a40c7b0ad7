import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JOBS, type JobName, type JobPayloads } from '../catalogue';

/**
 * Writes jobs to the outbox inside the caller's transaction. Nothing reaches Redis until the
 * transaction commits and the relay moves the rows, so a rollback enqueues nothing and a crash
 * after commit loses nothing.
 */
@Injectable()
export class OutboxWriter {
  async add<N extends JobName>(
    manager: EntityManager,
    name: N,
    payload: JobPayloads[N],
    now: Date,
    runAt: Date | null = null,
  ): Promise<void> {
    await this.addMany(manager, [{ name, payload, runAt }], now);
  }

  async addMany(
    manager: EntityManager,
    jobs: Array<{ name: JobName; payload: JobPayloads[JobName]; runAt?: Date | null }>,
    now: Date,
  ): Promise<void> {
    if (jobs.length === 0) return;
    const values: unknown[] = [];
    for (const job of jobs) {
      const definition = JOBS[job.name] as { queue: string; jobId: (p: unknown) => string };
      values.push(
        definition.queue,
        job.name,
        definition.jobId(job.payload),
        JSON.stringify(job.payload),
        job.runAt ?? null,
        now,
      );
    }
    await manager.query(
      `INSERT INTO outbox (queue, job_name, job_id, payload, run_at, created_at) VALUES ${jobs.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')}`,
      values,
    );
  }
}
