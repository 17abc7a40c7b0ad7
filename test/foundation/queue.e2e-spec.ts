import type { INestApplicationContext } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import IORedis from 'ioredis';
import { SystemClock } from '@app/common';
import { startApi, startWorker } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { scratchDatabase } from '../support/scratch-db';
import { waitFor } from '../support/wait';

/**
 * A database of this file's own: a starting worker reconciles every open deadline it finds, and on
 * the shared test database (deadlines left by every other file) that alone took most of a minute.
 */
async function ownDatabase(suffix: string): Promise<Record<string, string>> {
  const { url, dataSource } = await scratchDatabase(suffix);
  await dataSource.destroy();
  return { DATABASE_URL: url };
}

describe('API -> outbox -> Redis -> worker', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let worker: INestApplicationContext;
  let admin: string;

  beforeAll(async () => {
    const env = await ownDatabase('queue');
    api = await startApi({ clock: new SystemClock(), env });
    worker = await startWorker({ clock: new SystemClock(), env });
    await loadDemo(api.dataSource);
    admin = `Bearer ${await tokenFor(api.http, 'cj-admin')}`;
  });
  afterAll(async () => {
    await worker?.close();
    await (api?.app as NestExpressApplication | undefined)?.close();
  });

  it('a self-check enqueued by the API is processed by the worker through real Redis', async () => {
    const created = await api.http().post('/system/self-checks').set('Authorization', admin).expect(202);
    expect(created.body.processedAt).toBeNull();

    const processed = await waitFor('the worker to process the self-check', async () => {
      const res = await api
        .http()
        .get(`/system/self-checks/${created.body.id}`)
        .set('Authorization', admin)
        .expect(200);
      return res.body.processedAt ? res.body : undefined;
    });
    expect(processed.processedBy).toMatch(/^worker@/);
  });

  it('answers an unknown self-check with 404 in the common error shape', async () => {
    const res = await api
      .http()
      .get('/system/self-checks/01a2009b-0f37-72c6-9c62-59600f57ec04')
      .set('Authorization', admin)
      .expect(404);
    expect(res.body).toEqual({
      statusCode: 404,
      error: 'NOT_FOUND',
      message: 'Self-check not found',
      requestId: expect.any(String),
    });
    expect(res.headers['x-request-id']).toBe(res.body.requestId);
  });

  it('only an administrator may request a self-check (403 names the role)', async () => {
    const drafter = `Bearer ${await tokenFor(api.http, 'htb-drafter')}`;
    const res = await api.http().post('/system/self-checks').set('Authorization', drafter).expect(403);
    expect(res.body.message).toMatch(/needs the role admin/);
  });
});

describe('a Redis Cluster hash-tag queue prefix ({...})', () => {
  it('carries a job from the API to the worker, its queue keys under the tag', async () => {
    // On a Redis Cluster each province's queues would live in one slot: QUEUE_PREFIX={rf-65}.
    const prefix = `{${process.env.QUEUE_PREFIX}}`;
    const env = { QUEUE_PREFIX: prefix, ...(await ownDatabase('queue_tag')) };
    const api = await startApi({ clock: new SystemClock(), env });
    const worker = await startWorker({ clock: new SystemClock(), env });
    try {
      await loadDemo(api.dataSource);
      const admin = `Bearer ${await tokenFor(api.http, 'cj-admin')}`;
      const created = await api.http().post('/system/self-checks').set('Authorization', admin).expect(202);
      await waitFor('the worker to process the self-check', async () => {
        const res = await api
          .http()
          .get(`/system/self-checks/${created.body.id}`)
          .set('Authorization', admin)
          .expect(200);
        return res.body.processedAt ? true : undefined;
      });
      const redis = new IORedis(process.env.REDIS_URL!);
      const keys = await redis.keys(`${prefix}:*`);
      redis.disconnect();
      expect(keys.length).toBeGreaterThan(0);
    } finally {
      await worker.close();
      await api.app.close();
    }
  });
});
