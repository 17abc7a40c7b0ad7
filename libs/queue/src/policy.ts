import type { JobsOptions } from 'bullmq';

/**
 * Retry and removal policy, in one place. Completed jobs are kept for a week so that a repeated
 * relay of the same outbox row (crash between enqueue and marking it relayed) finds the id taken
 * and adds nothing; handlers are idempotent for the rare case beyond that.
 */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 200_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};
