import { isJobName, SWEPT_JOB_NAMES } from '@app/queue';

/**
 * What the failed-job sweep does with one failed job:
 * - `retry`: run it again (its kind is swept and it has been retried fewer than `limit` times);
 * - `give-up`: retried `limit` times and failed again: say so once (and dead-letter a delivery);
 * - `leave`: not a swept kind (another mechanism owns it, or nobody is owed it), or already given up.
 */
export type FailedJobDecision = 'retry' | 'give-up' | 'leave';

export interface FailedJobFacts {
  /** The job's name as BullMQ stored it. */
  name: string;
  /** How many times the sweep has run this job again so far (its counter in Redis, 0 when none). */
  retriedSoFar: number;
  /** FAILED_JOB_SWEEP_RETRIES. */
  limit: number;
}

export function decideFailedJob({ name, retriedSoFar, limit }: FailedJobFacts): FailedJobDecision {
  if (!isJobName(name) || !SWEPT_JOB_NAMES.has(name)) return 'leave';
  if (retriedSoFar < limit) return 'retry';
  return retriedSoFar === limit ? 'give-up' : 'leave';
}
