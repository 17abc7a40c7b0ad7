import type { JobsOptions, KeepJobs } from 'bullmq';

/**
 * Retry and removal policy, in one place. Completed jobs are kept for a week so that a repeated
 * relay of the same outbox row (crash between enqueue and marking it relayed) finds the id taken
 * and adds nothing; handlers are idempotent for the rare case beyond that.
 */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
};

/**
 * How long finished jobs are kept. The workers apply it (BullMQ uses a worker's setting for jobs
 * that carry none) rather than every job storing it in its options: ~100 bytes less in Redis per
 * scheduled reminder, which keeps 100,000 timers under 1 KB each.
 */
export const JOB_RETENTION: { removeOnComplete: KeepJobs; removeOnFail: KeepJobs } = {
  removeOnComplete: { age: 7 * 24 * 3600, count: 200_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};
