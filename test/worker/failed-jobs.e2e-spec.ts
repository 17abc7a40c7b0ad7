import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Logger, type INestApplicationContext } from '@nestjs/common';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type Redis from 'ioredis';
import { AppConfig } from '@app/config';
import { bullMqConnection, JobProducer, QUEUES, type QueueName } from '@app/queue';
import { FailedJobSweep } from '../../apps/worker/src/jobs/failed-job-sweep';
import { startApi, startWorker } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { scratchDatabase } from '../support/scratch-db';
import { TcpProxy } from '../support/tcp-proxy';
import { waitFor } from '../support/wait';
import { reportClient, submitDraft } from '../reports/report-helpers';

/**
 * A job that failed for good (stalled too often, or its attempts ran out while the database was
 * away) is still owed: the worker's sweep runs it again, nobody is told twice, a kind nobody is owed
 * stays failed, and a job that fails every time is given up after FAILED_JOB_SWEEP_RETRIES.
 */
describe('jobs that failed for good', () => {
  const db = new URL(process.env.DATABASE_URL!);
  let api: Awaited<ReturnType<typeof startApi>>;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  let config: AppConfig;
  let redis: Redis;
  let scratchUrl: string;
  let year = 2010;
  const workers: INestApplicationContext[] = [];
  const env: Record<string, string> = {
    JOB_BACKOFF_MS: '10',
    FAILED_JOB_SWEEP_INTERVAL_MS: '300',
    // The webhook peer below listens on loopback, which is refused unless allow-listed.
    WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
  };

  beforeAll(async () => {
    // A database of its own: a starting worker reconciles every open deadline it finds.
    const scratch = await scratchDatabase('failed_jobs');
    await scratch.dataSource.destroy();
    scratchUrl = scratch.url;
    env.DATABASE_URL = scratch.url;
    // The API alone at first: each test puts its job in the failed state before a worker sees it.
    api = await startApi({ env });
    demo = await loadDemo(api.dataSource);
    config = api.app.get(AppConfig);
    redis = (await api.app.get(JobProducer).queue(QUEUES.notifications).client) as unknown as Redis;
  });
  afterEach(async () => {
    while (workers.length) await workers.pop()!.close();
  });
  afterAll(async () => {
    await api?.app.close();
  });

  async function worker(extra: Record<string, string> = {}): Promise<INestApplicationContext> {
    const started = await startWorker({ env: { ...env, ...extra } });
    workers.push(started);
    return started;
  }

  /** A submitted report: its submit event's transition-notify job (id) and its inbox count. */
  async function submittedReport() {
    const drafter = reportClient(api.http, await tokenFor(api.http, 'cjjt-drafter'));
    const created = await drafter
      .create({ unitId: demo.unitIds['cj-transport'], reportYear: year++ })
      .expect(201);
    const reportId: string = created.body.id;
    await submitDraft(drafter, reportId);
    const [event] = await api.dataSource.query(
      "SELECT id FROM audit_events WHERE report_id = ? AND action = 'submit'",
      [reportId],
    );
    const jobId = `transition-notify-${event.id}`;
    const inbox = async () =>
      Number(
        (
          await api.dataSource.query('SELECT COUNT(*) AS n FROM notifications WHERE report_id = ?', [
            reportId,
          ])
        )[0].n,
      );
    return { reportId, jobId, inbox };
  }

  async function stateOf(queue: QueueName, jobId: string): Promise<string> {
    return api.app.get(JobProducer).queue(queue).getJobState(jobId);
  }

  function bareWorker(queue: QueueName, opts: { lockDuration?: number; maxStalledCount?: number } = {}) {
    return new Worker(queue, null, {
      connection: bullMqConnection(config.redis.topology),
      prefix: config.redis.prefix,
      autorun: false,
      lockDuration: opts.lockDuration ?? 60_000,
      maxStalledCount: opts.maxStalledCount ?? 1,
      stalledInterval: 500,
    });
  }

  /** A bare worker takes the job (it must be the one waiting) with getNextJob and hands it back. */
  async function take(bare: Worker, jobId: string): Promise<{ job: Job; token: string }> {
    const token = randomUUID();
    const job = await waitFor(
      `${jobId} to be taken`,
      async () => (await bare.getNextJob(token, { block: false })) ?? false,
    );
    expect(job.id).toBe(jobId);
    return { job, token };
  }

  /**
   * Fails the job the way BullMQ does once it stalled more than maxStalledCount times: the stalled
   * check marks it, and the worker that takes it next fails it with an UnrecoverableError.
   */
  async function failAsStalled(queue: QueueName, jobId: string): Promise<void> {
    await waitFor(`${jobId} waiting`, async () => (await stateOf(queue, jobId)) === 'waiting');
    const bare = bareWorker(queue);
    try {
      const { job, token } = await take(bare, jobId);
      await job.moveToFailed(new UnrecoverableError('job stalled more than allowable limit'), token);
    } finally {
      await bare.close();
    }
    expect(await stateOf(queue, jobId)).toBe('failed');
  }

  async function sweepMetrics(): Promise<Record<string, number>> {
    const raw = await redis.hgetall(`${config.redis.prefix}:metrics:failed-job-sweep`);
    return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Number(v)]));
  }

  it('a transition notification failed at its stalls reaches the inbox once, whoever sweeps and how often', async () => {
    const report = await submittedReport();
    await failAsStalled(QUEUES.notifications, report.jobId);
    expect(await report.inbox()).toBe(0);

    // Two worker processes, each sweeping at start and every 300 ms.
    const [first, second] = await Promise.all([worker(), worker()]);
    await waitFor('the notification', async () => (await report.inbox()) > 0, { timeoutMs: 30_000 });
    await waitFor(
      'the job completed',
      async () => (await stateOf(QUEUES.notifications, report.jobId)) === 'completed',
    );
    // Sweeping again, from both, changes nothing.
    await Promise.all([first.get(FailedJobSweep).runOnce(), second.get(FailedJobSweep).runOnce()]);
    await first.get(FailedJobSweep).runOnce();
    expect(await report.inbox()).toBe(1); // the department reviewer of 昌吉州交通运输局
    // Retried once, counted once, although two processes swept it.
    const queue = api.app.get(JobProducer).queue(QUEUES.notifications);
    expect(await redis.get(`${queue.toKey('failed-sweeps')}:${report.jobId}`)).toBe('1');
  });

  it('a failed job of a kind nobody is owed (a self-check) stays failed', async () => {
    const admin = `Bearer ${await tokenFor(api.http, 'cj-admin')}`;
    const created = await api.http().post('/system/self-checks').set('Authorization', admin).expect(202);
    const jobId = `self-check-${created.body.id}`;
    await failAsStalled(QUEUES.system, jobId);

    const started = await worker();
    await started.get(FailedJobSweep).runOnce();
    await started.get(FailedJobSweep).runOnce();
    expect(await stateOf(QUEUES.system, jobId)).toBe('failed');
    const check = await api
      .http()
      .get(`/system/self-checks/${created.body.id}`)
      .set('Authorization', admin)
      .expect(200);
    expect(check.body.processedAt).toBeNull();
  });

  it('a job whose worker died twice while holding it still runs (the stall limit)', async () => {
    const report = await submittedReport();
    await waitFor(
      'the job waiting',
      async () => (await stateOf(QUEUES.notifications, report.jobId)) === 'waiting',
    );
    // A worker takes the job and dies (its 1 s lock is never renewed); a second worker's stalled
    // check puts it back to wait; the first takes it again and dies again.
    const dying = bareWorker(QUEUES.notifications, { lockDuration: 1000 });
    const checker = bareWorker(QUEUES.notifications, { maxStalledCount: 100 });
    try {
      await take(dying, report.jobId);
      // The earlier tests' workers checked at their 30 s interval, which holds off every other
      // check of the queue (the stalled-check key) for 30 s: let this one check now.
      await redis.del(api.app.get(JobProducer).queue(QUEUES.notifications).toKey('stalled-check'));
      let stalled = false;
      checker.on('stalled', (id) => (stalled ||= id === report.jobId));
      await checker.startStalledCheckTimer();
      await waitFor('the first stall', () => stalled, { timeoutMs: 30_000 });
      // Stopped before the second death, so that only the product's worker sees the second stall.
      await checker.close();
      await take(dying, report.jobId);
    } finally {
      await checker.close();
      await dying.close();
    }

    // The product's worker finds the second stall. The sweep runs only at start (nothing has failed
    // then), so only the stall limit can let the job run.
    await worker({ WORKER_LOCK_MS: '1000', FAILED_JOB_SWEEP_INTERVAL_MS: String(24 * 3600 * 1000) });
    const final = await waitFor(
      'the job to finish',
      async () => {
        const state = await stateOf(QUEUES.notifications, report.jobId);
        return state === 'completed' || state === 'failed' ? state : false;
      },
      { timeoutMs: 30_000 },
    );
    expect(final).toBe('completed');
    expect(await report.inbox()).toBe(1);
  });

  describe('while the database is away', () => {
    const proxy = new TcpProxy(db.hostname, Number(db.port || 3306));
    let viaProxy: string;
    let away = false;
    const comeBack = async () => {
      if (away) await proxy.restore();
      away = false;
    };

    beforeAll(async () => {
      const url = new URL(scratchUrl);
      url.port = String(await proxy.start());
      viaProxy = url.toString();
    });
    afterEach(comeBack);
    afterAll(async () => {
      await proxy.stop();
    });

    /** A worker whose database goes away once it has started; the API keeps its own. */
    async function workerLosingItsDatabase(extra: Record<string, string>) {
      const started = await worker({ DATABASE_URL: viaProxy, ...extra });
      await proxy.cut();
      away = true;
      return started;
    }

    it('attempts that ran out during the outage: the notification arrives once it is back', async () => {
      await workerLosingItsDatabase({ FAILED_JOB_SWEEP_RETRIES: '50' });
      const report = await submittedReport();
      // Eight attempts, 10 ms backoff doubling: failed for good within a few seconds.
      await waitFor(
        'the job failed for good',
        async () => (await stateOf(QUEUES.notifications, report.jobId)) === 'failed',
        {
          timeoutMs: 30_000,
        },
      );
      await comeBack();
      await waitFor('the notification', async () => (await report.inbox()) > 0, { timeoutMs: 30_000 });
      await waitFor(
        'the job completed',
        async () => (await stateOf(QUEUES.notifications, report.jobId)) === 'completed',
      );
      expect(await report.inbox()).toBe(1);
    });

    it('a job that fails every time is given up after the bound, logged, and left failed', async () => {
      const warnings = jest.spyOn(Logger.prototype, 'warn');
      try {
        const before = (await sweepMetrics()).gave_up ?? 0;
        const started = await workerLosingItsDatabase({ FAILED_JOB_SWEEP_RETRIES: '1' });
        const report = await submittedReport();
        const gaveUp = () =>
          warnings.mock.calls.filter((call) =>
            call.some(
              (arg) => typeof arg === 'string' && arg.includes(`gave up on ${report.jobId} after 1 retries`),
            ),
          );
        await waitFor('the sweep to give up', () => gaveUp().length > 0, { timeoutMs: 60_000 });
        // Counted at the end of the pass that logged it.
        await waitFor('the give-up counted', async () => ((await sweepMetrics()).gave_up ?? 0) > before);
        // The database is back, and the sweep runs on: the given-up job is neither run nor logged again.
        await comeBack();
        await started.get(FailedJobSweep).runOnce();
        await started.get(FailedJobSweep).runOnce();
        expect(await stateOf(QUEUES.notifications, report.jobId)).toBe('failed');
        expect(await report.inbox()).toBe(0);
        const queue = api.app.get(JobProducer).queue(QUEUES.notifications);
        expect(await redis.get(`${queue.toKey('failed-sweeps')}:${report.jobId}`)).toBe('2');
        expect(gaveUp()).toHaveLength(1);
      } finally {
        warnings.mockRestore();
      }
    });
  });

  describe('deliveries (email/webhook)', () => {
    const hits: string[] = [];
    let server: Server;
    let url: string;

    beforeAll(async () => {
      // A robot that never accepts: every post fails.
      server = createServer((req, res) => {
        hits.push(req.url ?? '');
        req.resume();
        req.on('end', () => res.writeHead(500).end());
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      await new Promise<void>((done) => server.close(() => done()));
    });

    /** A stored webhook delivery and its send job, failed for good before any worker ran it. */
    async function delivery(path: string, status: 'pending' | 'sent'): Promise<number> {
      const result = await api.dataSource.query(
        `INSERT INTO deliveries (dedup_key, channel, target, unit_id, subject, body, status, created_at)
         VALUES (?, 'webhook', ?, ?, '催办', '请按时报送', ?, NOW())`,
        [`test-${randomUUID()}`, `${url}${path}`, demo.unitIds['cj-transport'], status],
      );
      const deliveryId = Number(result.insertId);
      await api.app.get(JobProducer).addMany([{ name: 'delivery-send', payload: { deliveryId, replay: 0 } }]);
      await failAsStalled(QUEUES.notifications, `delivery-${deliveryId}-r0`);
      return deliveryId;
    }

    const statusOf = async (id: number) =>
      (await api.dataSource.query('SELECT status, last_error FROM deliveries WHERE id = ?', [id]))[0] as {
        status: string;
        last_error: string | null;
      };

    it('a delivery already sent is not sent again; one that keeps failing ends in the dead letters', async () => {
      const sent = await delivery('/sent', 'sent');
      const failing = await delivery('/failing', 'pending');
      await worker();
      await waitFor(
        'the failing delivery dead-lettered',
        async () => (await statusOf(failing)).status === 'dead',
        {
          timeoutMs: 30_000,
        },
      );
      await waitFor(
        'the sent delivery job done',
        async () => (await stateOf(QUEUES.notifications, `delivery-${sent}-r0`)) === 'completed',
      );
      expect(hits.filter((h) => h === '/sent')).toHaveLength(0);
      // Its attempts counted afresh: five posts, the fifth moving it to the dead letters.
      expect(hits.filter((h) => h === '/failing')).toHaveLength(5);
      const admin = `Bearer ${await tokenFor(api.http, 'cj-admin')}`;
      const list = await api.http().get('/admin/dead-letters').set('Authorization', admin).expect(200);
      expect(list.body.map((d: { id: number }) => Number(d.id))).toContain(failing);
    });

    it('a delivery given up by the sweep goes to the dead letters', async () => {
      const given = await delivery('/given-up', 'pending');
      await worker({ FAILED_JOB_SWEEP_RETRIES: '0' });
      await waitFor('the delivery dead-lettered', async () => (await statusOf(given)).status === 'dead', {
        timeoutMs: 30_000,
      });
      expect((await statusOf(given)).last_error).toContain('failed for good');
      expect(hits.filter((h) => h === '/given-up')).toHaveLength(0);
    });
  });
});
