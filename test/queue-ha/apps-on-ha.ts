import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SystemClock } from '@app/common';
import { SystemQueueConsumer } from '../../apps/worker/src/jobs/queue-consumers';
import { startApi, startWorker } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { scratchDatabase } from '../support/scratch-db';
import { waitFor } from '../support/wait';

/**
 * The real API and worker (in this process) on a Sentinel set or a Cluster: their queues, workers,
 * outbox relay and health probe all connect through the connection factory, from the settings alone.
 */
export interface AppsOnHa {
  /** POST /system/self-checks, then a bounded wait until the worker has processed it; returns its id. */
  selfCheckRoundTrip(what: string, timeoutMs?: number): Promise<string>;
  /** How many times the worker completed the self-check job of `selfCheckId`. */
  completions(selfCheckId: string): number;
  /** GET /health/ready: the API's own Redis probe. */
  readiness(): Promise<number>;
  close(): Promise<void>;
}

export async function startAppsOnHa(
  databaseSuffix: string,
  redisSettings: Record<string, string>,
  prefix: (tag: string) => string,
): Promise<AppsOnHa> {
  const { url, dataSource } = await scratchDatabase(databaseSuffix);
  await dataSource.destroy();
  const env = {
    DATABASE_URL: url,
    // The shared test setup points at the single node; empty means unset, so only the HA set counts.
    REDIS_URL: '',
    ...redisSettings,
    QUEUE_PREFIX: prefix(`rftha-${randomBytes(3).toString('hex')}`),
  };
  const api = await startApi({ clock: new SystemClock(), env });
  let worker: INestApplicationContext | undefined;
  try {
    worker = await startWorker({ clock: new SystemClock(), env });
  } catch (error) {
    await api.app.close();
    throw error;
  }
  const completed = new Map<string, number>();
  worker.get(SystemQueueConsumer).worker.on('completed', (job) => {
    completed.set(job.id ?? '', (completed.get(job.id ?? '') ?? 0) + 1);
  });
  await loadDemo(api.dataSource);
  const admin = `Bearer ${await tokenFor(api.http, 'cj-admin')}`;
  const started = worker;

  return {
    async selfCheckRoundTrip(what, timeoutMs = 30_000) {
      const created = await api.http().post('/system/self-checks').set('Authorization', admin).expect(202);
      const id: string = created.body.id;
      await waitFor(
        what,
        async () => {
          const res = await api
            .http()
            .get(`/system/self-checks/${id}`)
            .set('Authorization', admin)
            .expect(200);
          // Both halves: the handler ran (processedAt) and BullMQ recorded the job as completed.
          if (!res.body.processedAt) throw new Error('not processed by the worker yet');
          if (!completed.get(`self-check-${id}`))
            throw new Error('processed, but BullMQ has not completed the job yet');
          return true;
        },
        { timeoutMs, intervalMs: 200 },
      );
      return id;
    },
    completions: (selfCheckId) => completed.get(`self-check-${selfCheckId}`) ?? 0,
    async readiness() {
      return (await api.http().get('/health/ready')).status;
    },
    async close() {
      await started.close();
      await (api.app as NestExpressApplication).close();
    },
  };
}

/** Kills the process whose pid is in `pidFile` and waits (bounded) until it is gone. */
export async function killProcess(pidFile: string, signal: NodeJS.Signals): Promise<void> {
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  process.kill(pid, signal);
  await waitFor(
    `process ${pid} to exit`,
    () => {
      try {
        process.kill(pid, 0);
        return false;
      } catch {
        return true;
      }
    },
    { timeoutMs: 10_000, intervalMs: 100 },
  );
}
