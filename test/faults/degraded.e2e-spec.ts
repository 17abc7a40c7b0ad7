import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { reportClient, submitDraft } from '../reports/report-helpers';
import { TcpProxy } from '../support/tcp-proxy';
import { waitFor } from '../support/wait';

/** MySQL or Redis goes away under a running API: clear answers, nothing lost, no restart needed. */
describe('degraded behaviour', () => {
  const db = new URL(process.env.DATABASE_URL!);
  const redis = new URL(process.env.REDIS_URL!);
  const dbProxy = new TcpProxy(db.hostname, Number(db.port || 3306));
  const redisProxy = new TcpProxy(redis.hostname, Number(redis.port || 6379));
  let api: Awaited<ReturnType<typeof startApi>>;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  let token: string;

  beforeAll(async () => {
    const viaDb = new URL(db);
    viaDb.port = String(await dbProxy.start());
    const viaRedis = new URL(redis);
    viaRedis.port = String(await redisProxy.start());
    api = await startApi({
      env: {
        DATABASE_URL: viaDb.toString(),
        REDIS_URL: viaRedis.toString(),
        OUTBOX_RELAY_INTERVAL_MS: '200',
      },
    });
    demo = await loadDemo(api.dataSource);
    token = await tokenFor(api.http, 'mns-drafter');
  });
  afterAll(async () => {
    await api?.app.close();
    await dbProxy.stop();
    await redisProxy.stop();
  });

  it('answers 503 with a clear message while MySQL is down, and works again when it is back', async () => {
    await dbProxy.cut();
    try {
      const res = await api.http().get('/reports').set('Authorization', `Bearer ${token}`);
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({
        error: 'DATABASE_UNAVAILABLE',
        message: expect.stringMatching(/database is unavailable/),
      });
    } finally {
      await dbProxy.restore();
    }
    await waitFor(
      'the API to answer again',
      async () => (await api.http().get('/reports').set('Authorization', `Bearer ${token}`)).status === 200,
      {
        timeoutMs: 30_000,
        intervalMs: 200,
      },
    );
  });

  it('commits transitions while Redis is down and relays their effects when it returns', async () => {
    const drafter = reportClient(api.http, token);
    const created = await drafter
      .create({ unitId: demo.unitIds['mns-transport'], reportYear: 2007 })
      .expect(201);
    await redisProxy.cut();
    try {
      await submitDraft(drafter, created.body.id);
      expect((await drafter.get(created.body.id)).body.state).toBe('dept_review');
      const [pending] = await api.dataSource.query(
        `SELECT COUNT(*) AS n FROM outbox o WHERE o.relayed_at IS NULL AND JSON_EXTRACT(o.payload, '$.auditEventId') IN
           (SELECT id FROM audit_events WHERE report_id = ?)`,
        [created.body.id],
      );
      expect(Number(pending.n)).toBe(1);
    } finally {
      await redisProxy.restore();
    }
    await waitFor(
      'the outbox to be relayed after Redis returns',
      async () => {
        const [left] = await api.dataSource.query(
          `SELECT COUNT(*) AS n FROM outbox o WHERE o.relayed_at IS NULL AND JSON_EXTRACT(o.payload, '$.auditEventId') IN
             (SELECT id FROM audit_events WHERE report_id = ?)`,
          [created.body.id],
        );
        return Number(left.n) === 0;
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );
  });
});
