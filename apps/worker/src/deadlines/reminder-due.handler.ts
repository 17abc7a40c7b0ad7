import { Injectable } from '@nestjs/common';
import type { JobOutcome, JobPayloads } from '@app/queue';
import { JobHandler, type HandlesJob } from '../jobs/job-handler';
import { ItemFailed, MicroBatcher } from '../jobs/micro-batcher';
import { ReminderBatch } from './reminder-batch';

type Payload = JobPayloads['reminder-due'];

/**
 * Sends one reminder occurrence (ReminderBatch does the work: re-reading the deadline and the
 * report, so that a moved or closed deadline or a report that left the stage sends nothing; keyed
 * messages stored with the log row, so a retry or a second worker never sends one twice).
 */
@Injectable()
@JobHandler('reminder-due')
export class ReminderDueHandler implements HandlesJob<'reminder-due'> {
  constructor(private readonly batch: ReminderBatch) {}

  /**
   * Jobs running at the same time go out together (one round of queries for many); should a batch
   * fail (two batches deadlocking on their deadline locks, say), each of its jobs is tried as a
   * batch of its own, so one bad job fails only itself.
   */
  private readonly batcher = new MicroBatcher<Payload, JobOutcome>((jobs) =>
    this.batch.sendMany(jobs).catch(() =>
      Promise.all(
        jobs.map((job) =>
          this.batch.sendMany([job]).then(
            ([outcome]) => outcome,
            (error: unknown) => new ItemFailed(error),
          ),
        ),
      ),
    ),
  );

  handle(payload: Payload): Promise<JobOutcome> {
    return this.batcher.submit(payload);
  }
}
