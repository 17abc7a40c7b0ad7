import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Clock, ManualClock } from '@app/common';
import { AppConfig, loadConfig } from '@app/config';
import { JobProducer, OutboxRelay, QUEUES } from '@app/queue';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/http/configure-app';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { waitFor } from './wait';

export interface TestOptions {
  clock?: Clock;
  env?: Record<string, string>;
}

function configFor(options: TestOptions): AppConfig {
  return loadConfig({ ...process.env, ...(options.env ?? {}) }, '');
}

/** The real API (same module, same configureApp as main.ts) on the real test database and Redis. */
export async function startApi(options: TestOptions = {}): Promise<{
  app: NestExpressApplication;
  http: () => ReturnType<typeof request>;
  dataSource: DataSource;
}> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(AppConfig)
    .useValue(configFor(options))
    .overrideProvider(Clock)
    .useValue(options.clock ?? new ManualClock(new Date()))
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false });
  configureApp(app);
  await app.init();
  return { app, http: () => request(app.getHttpServer()), dataSource: app.get(DataSource) };
}

/** The real worker (all processors and handlers) in this process. */
export async function startWorker(options: TestOptions = {}): Promise<INestApplicationContext> {
  const moduleRef = await Test.createTestingModule({ imports: [WorkerModule] })
    .overrideProvider(AppConfig)
    .useValue(configFor(options))
    .overrideProvider(Clock)
    .useValue(options.clock ?? new ManualClock(new Date()))
    .compile();
  const worker = moduleRef.createNestApplication({
    logger: process.env.TEST_LOGS ? ['log', 'warn', 'error'] : false,
  });
  await worker.init();
  return worker;
}

/**
 * Waits until the outbox is relayed and no queue has waiting or active jobs (delayed jobs that are
 * not yet due are left alone). Bounded by `timeoutMs`: the queues are shared by the e2e files that
 * run in parallel (a 3,000-unit campaign's jobs included), so the bound leaves room for theirs.
 */
export async function drainQueues(
  app: INestApplication | INestApplicationContext,
  timeoutMs = 45_000,
): Promise<void> {
  const relay = app.get(OutboxRelay);
  const producer = app.get(JobProducer);
  const dataSource = app.get(DataSource);
  const queues: Queue[] = Object.values(QUEUES).map((name) => producer.queue(name));
  await waitFor(
    'the outbox and the queues to drain',
    async () => {
      await relay.relayAll();
      const [{ pending }] = await dataSource.query(
        'SELECT COUNT(*) AS pending FROM outbox WHERE relayed_at IS NULL',
      );
      if (Number(pending) > 0) return false;
      const counts = await Promise.all(queues.map((q) => q.getJobCounts('waiting', 'active', 'prioritized')));
      return counts.every((c) => Object.values(c).every((n) => n === 0));
    },
    { timeoutMs, intervalMs: 50 },
  );
}
