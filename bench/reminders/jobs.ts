import { Queue } from 'bullmq';
import type { Pool } from 'mysql2/promise';
import type { RedisTopology } from '@app/config';
import { bullMqConnection, DEFAULT_JOB_OPTIONS, JOBS, QUEUES } from '@app/queue';
import { timerInstant } from '@app/reminders';
import type { SeededDeadline } from './seed';

export interface TimedJob {
  /** The floor's job id: one job per reminder, as the product had before its timers were rows. */
  jobId: string;
  data: { deadlineId: string; deadlineVersion: number; occurrence: string };
  /** When the reminder is due (epoch ms): lateness is measured from here. */
  dueAt: number;
}

/** One on-the-day reminder per deadline, due at `dueAt(i)`. */
export function reminderJobs(
  deadlines: SeededDeadline[],
  version: number,
  dueAt: (i: number) => number,
): TimedJob[] {
  return deadlines.map((d, i) => ({
    jobId: `reminder-${d.deadlineId}-v${version}-on-day`,
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
 * The floor: every reminder a delayed BullMQ job with the product's options (attempts, backoff,
 * retention), 1,000 per addBulk, each delay computed just before its chunk is sent so that it runs
 * at its `dueAt`. Returns when the last chunk was in Redis.
 */
export async function addTimedJobs(queue: Queue, jobs: TimedJob[]): Promise<number> {
  for (let i = 0; i < jobs.length; i += 1000) {
    const now = Date.now();
    await queue.addBulk(
      jobs.slice(i, i + 1000).map((job) => ({
        name: 'reminder',
        data: job.data,
        opts: { ...DEFAULT_JOB_OPTIONS, jobId: job.jobId, delay: Math.max(0, job.dueAt - now) },
      })),
    );
  }
  return Date.now();
}

/**
 * The product, as its scheduler writes them: a reminder_timers row per reminder (1,000 per INSERT)
 * and one `reminders-due` job per instant (timerInstant: the tenth of a second it falls in), added
 * once the last timer of its instant is written, so that its run finds them all. Returns when the
 * last job was in Redis.
 */
export async function addProductTimers(db: Pool, queue: Queue, jobs: TimedJob[]): Promise<number> {
  const lastChunkOf = new Map<number, number>();
  jobs.forEach((job, i) => lastChunkOf.set(timerInstant(job.dueAt), Math.floor(i / 1000)));
  for (let i = 0; i < jobs.length; i += 1000) {
    const chunk = jobs.slice(i, i + 1000);
    const created = new Date();
    await db.query(
      `INSERT IGNORE INTO reminder_timers (deadline_id, deadline_version, occurrence, run_at, created_at)
       VALUES ${chunk.map(() => '(?, ?, ?, ?, ?)').join(', ')}`,
      chunk.flatMap((j) => [
        j.data.deadlineId,
        j.data.deadlineVersion,
        j.data.occurrence,
        new Date(j.dueAt),
        created,
      ]),
    );
    const instants = [...new Set(chunk.map((j) => timerInstant(j.dueAt)))].filter(
      (runAt) => lastChunkOf.get(runAt) === i / 1000,
    );
    const now = Date.now();
    await queue.addBulk(
      instants.map((runAt) => ({
        name: 'reminders-due',
        data: { runAt },
        opts: {
          ...DEFAULT_JOB_OPTIONS,
          jobId: JOBS['reminders-due'].jobId({ runAt }),
          delay: Math.max(0, runAt - now),
        },
      })),
    );
  }
  return Date.now();
}
