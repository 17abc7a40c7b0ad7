import type { NestExpressApplication } from '@nestjs/platform-express';
import { startApi } from '../support/apps';
import { TcpProxy } from '../support/tcp-proxy';
import { waitFor } from '../support/wait';

describe('health', () => {
  const dbUrl = new URL(process.env.DATABASE_URL!);
  const proxy = new TcpProxy(dbUrl.hostname, Number(dbUrl.port || 3306));
  let api: Awaited<ReturnType<typeof startApi>>;

  beforeAll(async () => {
    const port = await proxy.start();
    const viaProxy = new URL(dbUrl);
    viaProxy.port = String(port);
    api = await startApi({ env: { DATABASE_URL: viaProxy.toString() } });
  });
  afterAll(async () => {
    await (api?.app as NestExpressApplication | undefined)?.close();
    await proxy.stop();
  });

  it('is live and ready when MySQL and Redis answer', async () => {
    await api.http().get('/health/live').expect(200, { status: 'ok' });
    const res = await api.http().get('/health/ready').expect(200);
    expect(res.body).toEqual({
      status: 'ok',
      details: { database: { status: 'up' }, redis: { status: 'up' } },
    });
  });

  it('answers 503 naming the database while MySQL is away, and 200 again when it is back, without a restart', async () => {
    await proxy.cut();
    const down = await api.http().get('/health/ready').expect(503);
    expect(down.body.error).toBe('NOT_READY');
    expect(down.body.message).toBe('Not ready: database is down');
    // Up or down by name only: no host, port or driver error for anyone who asks.
    expect(down.body.details).toEqual({ checks: { database: { status: 'down' }, redis: { status: 'up' } } });
    expect(JSON.stringify({ ...down.body, requestId: undefined })).not.toMatch(
      /127\.0\.0\.1|localhost|\d{4,5}|ECONN|timeout/i,
    );

    await proxy.restore();
    await waitFor(
      'ready to answer 200 again',
      async () => (await api.http().get('/health/ready')).status === 200,
      {
        timeoutMs: 30_000,
        intervalMs: 200,
      },
    );
  });

  it('answers 503 naming Redis when Redis is unreachable', async () => {
    const noRedis = await startApi({ env: { REDIS_URL: 'redis://127.0.0.1:1' } });
    try {
      const res = await noRedis.http().get('/health/ready').expect(503);
      expect(res.body.message).toBe('Not ready: redis is down');
      expect(res.body.details).toEqual({ checks: { database: { status: 'up' }, redis: { status: 'down' } } });
      expect(JSON.stringify(res.body)).not.toMatch(/127\.0\.0\.1|redis:\/\/|ECONN|unreachable/i);
    } finally {
      await noRedis.app.close();
    }
  });

  it('serves the OpenAPI document', async () => {
    const res = await api.http().get('/docs/openapi.json').expect(200);
    expect(res.body.info.title).toBe('ReportFlow API');
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/health/ready', '/system/self-checks']),
    );
  });
});
