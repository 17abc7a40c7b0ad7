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
export const FAILED_JOB_KEPT_SECONDS = 30 * 24 * 3600;

export const JOB_RETENTION: { removeOnComplete: KeepJobs; removeOnFail: KeepJobs } = {
  removeOnComplete: { age: 7 * 24 * 3600, count: 200_000 },
  removeOnFail: { age: FAILED_JOB_KEPT_SECONDS },
};

/**
 * How many times a job may be found stalled (its lock lapsed: the worker holding it died, or was
 * too busy to renew the lock) and be put back to wait before BullMQ fails it for good. BullMQ's
 * default is 1, and the stalls a job collects are mostly not its own doing: every worker crash or
 * `kill -9` stalls every job it held (up to WORKER_CONCURRENCY of them), and a starved event loop
 * stalls them all at once (the round 12 drill at a 2 s lock lost 117 of 183 transition
 * notifications so). Every handler is safe to run again (catalogue.ts, queue-consumers.ts), so a
 * stall costs one more run and nothing else. 10 rides out ten such events (at the 30 s lock, five
 * minutes of a worker that cannot keep its locks); the price is that a job which itself kills its
 * worker does so 11 times before failing, and the failed-job sweep may give it a few more runs.
 */
export const MAX_STALLED_COUNT = 10;
