/**
 * The reminders floor, run as its own process: a bare BullMQ worker on the same Redis, with the
 * product's concurrency, that does nothing with a job but note when it started it. Prints
 * "floor worker ready", exits once FLOOR_EXPECTED distinct jobs were seen (plus a second for late
 * duplicates) or on SIGTERM, writing `[[jobId, startedAtMs], ...]` to FLOOR_OUT.
 */
import { writeFileSync } from 'node:fs';
import { Worker } from 'bullmq';
import { redisTopology } from '@app/config';
import { bullMqConnection, JOB_RETENTION, QUEUES } from '@app/queue';

const expected = Number(process.env.FLOOR_EXPECTED);
const seen: Array<[string, number]> = [];
const distinct = new Set<string>();
let finishing = false;

const worker = new Worker(
  QUEUES.deadlines,
  async (job) => {
    seen.push([job.id ?? '', Date.now()]);
    distinct.add(job.id ?? '');
    if (distinct.size >= expected && !finishing) {
      finishing = true;
      setTimeout(finish, 1000);
    }
  },
  {
    // The Redis the bench names (one server, a Sentinel set or a Cluster), as the product reads it.
    connection: bullMqConnection(redisTopology(process.env)),
    prefix: process.env.FLOOR_PREFIX,
    concurrency: Number(process.env.FLOOR_CONCURRENCY ?? 50),
    // The same retention as the product's workers, so both leave the same completed set behind.
    ...JOB_RETENTION,
  },
);

async function finish(): Promise<void> {
  writeFileSync(process.env.FLOOR_OUT ?? '/dev/null', JSON.stringify(seen));
  await worker.close();
  process.exit(0);
}

process.once('SIGTERM', () => void finish());
void worker.waitUntilReady().then(() => console.log('floor worker ready'));
