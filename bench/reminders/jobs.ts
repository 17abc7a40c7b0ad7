import { Queue } from 'bullmq';
import type { RedisTopology } from '@app/config';
import { bullMqConnection, DEFAULT_JOB_OPTIONS, QUEUES } from '@app/queue';
import { reminderJobId } from '@app/reminders';
import type { SeededDeadline } from './seed';

export interface TimedJob {
  jobId: string;
  data: { deadlineId: string; deadlineVersion: number; occurrence: string };
  /** When the reminder is due (epoch ms): lateness is measured from here. */
  dueAt: number;
}

/** The product's reminder-due jobs for these deadlines, exactly as its scheduler names them. */
export function reminderJobs(
  deadlines: SeededDeadline[],
  version: number,
  dueAt: (i: number) => number,
): TimedJob[] {
  return deadlines.map((d, i) => ({
    jobId: reminderJobId(d.deadlineId, version, 'on-day'),
    data: { deadlineId: d.deadlineId, deadlineVersion: version, occurrence: 'on-day' },
    dueAt: dueAt(i),
  }));
}

export function deadlinesQueue(redis: RedisTopology, prefix: string): Queue {
  return new Queue(QUEUES.deadlines, { connection: bullMqConnection(redis), prefix });
}

/** Closes the queue and its connection (on a Cluster the queue was handed one it would leave open). */
export async function closeQueue(queue: Queue): Promise<void> {
  await queue.close();
  await queue.disconnect();
}

/**
 * Adds the jobs as delayed jobs with the product's options (attempts, backoff, retention), 1,000 per
 * addBulk, each delay computed just before its chunk is sent so that it runs at its `dueAt`.
 * Returns when the last chunk was in Redis.
 */
export async function addTimedJobs(queue: Queue, jobs: TimedJob[]): Promise<number> {
  for (let i = 0; i < jobs.length; i += 1000) {
    const now = Date.now();
    await queue.addBulk(
      jobs.slice(i, i + 1000).map((job) => ({
        name: 'reminder-due',
        data: job.data,
        opts: {
          ...DEFAULT_JOB_OPTIONS,
          backoff: { type: 'exponential', delay: 1000 },
          jobId: job.jobId,
          delay: Math.max(0, job.dueAt - now),
        },
      })),
    );
  }
  return Date.now();
}
