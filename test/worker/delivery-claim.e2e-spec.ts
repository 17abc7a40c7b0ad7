import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import { SystemClock } from '@app/common';
import { FailedJobSweep } from '../../apps/worker/src/jobs/failed-job-sweep';
import { DeliverySendHandler } from '../../apps/worker/src/notifications/delivery-send.handler';
import { startApi, startWorker } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { scratchDatabase } from '../support/scratch-db';
import { waitFor } from '../support/wait';

/**
 * A chat robot on loopback that records every post it gets. It answers after `delayMs` (so that a
 * second run of the same job starts while the first is still sending) with the next status of
 * `statuses` (200 once they run out).
 */
function robot() {
  const posts: Array<{ path: string; status: number }> = [];
  const statuses: number[] = [];
  let delayMs = 0;
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const status = statuses.shift() ?? 200;
      posts.push({ path: req.url ?? '', status });
      setTimeout(() => res.writeHead(status).end(), delayMs);
    });
  });
  return {
    postsTo: (path: string) => posts.filter((p) => p.path === path),
    answer: (next: number[], delay = 0) => {
      statuses.push(...next);
      delayMs = delay;
    },
    start: () =>
      new Promise<string>((done) =>
        server.listen(0, '127.0.0.1', () =>
          done(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
        ),
      ),
    stop: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The "must never" of deliveries: the same email/webhook message is not sent twice. */
describe('delivery-send: a delivery is claimed by one run, and sent at most once', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let worker: INestApplicationContext;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  let admin: { Authorization: string };
  const peer = robot();
  let base: string;

  beforeAll(async () => {
    const scratch = await scratchDatabase('delivery_claim');
    await scratch.dataSource.destroy();
    const env = {
      DATABASE_URL: scratch.url,
      JOB_BACKOFF_MS: '50',
      // The robot below listens on loopback, which is refused unless allow-listed.
      WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
    };
    api = await startApi({ clock: new SystemClock(), env });
    worker = await startWorker({ clock: new SystemClock(), env });
    demo = await loadDemo(api.dataSource);
    admin = { Authorization: `Bearer ${await tokenFor(api.http, 'cj-admin')}` };
    base = await peer.start();
  });
  afterAll(async () => {
    await peer.stop();
    await worker?.close();
    await api?.app.close();
  });

  /** A stored webhook delivery to the robot's `path`, in the given state; no job queued for it. */
  async function delivery(
    path: string,
    state: { status: 'pending' | 'sending'; claimedAt?: Date } = { status: 'pending' },
  ): Promise<number> {
    const result = await api.dataSource.query(
      `INSERT INTO deliveries (dedup_key, channel, target, unit_id, subject, body, status, claim_token, claimed_at, created_at)
       VALUES (?, 'webhook', ?, ?, '催办', '请按时报送', ?, ?, ?, NOW(3))`,
      [
        `test-${randomUUID()}`,
        `${base}${path}`,
        demo.unitIds['cj-transport'],
        state.status,
        state.claimedAt ? randomUUID() : null,
        state.claimedAt ?? null,
      ],
    );
    return Number(result.insertId);
  }

  const row = async (id: number) =>
    (
      await api.dataSource.query(
        'SELECT status, attempts, dead_reason, last_error FROM deliveries WHERE id = ?',
        [id],
      )
    )[0] as { status: string; attempts: number; dead_reason: string | null; last_error: string | null };

  const run = (deliveryId: number, attempt = 1) =>
    worker
      .get(DeliverySendHandler)
      .handle({ deliveryId, replay: 0 }, { jobId: `test-${deliveryId}`, attempt });

  it('two runs of the same job at once: the robot gets one post', async () => {
    const id = await delivery('/twice');
    // The first post is still unanswered when the second run starts (a lock that lapsed mid-send).
    peer.answer([], 300);
    const outcomes = await Promise.all([run(id), run(id)]);
    peer.answer([], 0);
    expect(peer.postsTo('/twice')).toHaveLength(1);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['done', 'skipped']);
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('a run that finds a fresh claim sends nothing: the run that holds it is sending', async () => {
    const id = await delivery('/fresh', { status: 'sending', claimedAt: new Date() });
    await expect(run(id, 2)).resolves.toEqual({
      status: 'skipped',
      reason: 'another run of this job is sending it',
    });
    expect(peer.postsTo('/fresh')).toHaveLength(0);
    expect((await row(id)).status).toBe('sending');
  });

  it('a stale claim (its sender died mid-send) is dead-lettered "unconfirmed", unsent; the admin sees why and a replay sends it once', async () => {
    const id = await delivery('/stale', { status: 'sending', claimedAt: new Date(Date.now() - 30 * 60_000) });
    await expect(run(id, 2)).resolves.toMatchObject({ status: 'done' });
    expect(peer.postsTo('/stale')).toHaveLength(0);
    expect(await row(id)).toMatchObject({ status: 'dead', dead_reason: 'unconfirmed' });

    const list = await api.http().get('/admin/dead-letters').set(admin).expect(200);
    expect(list.body.find((d: { id: number }) => d.id === id)).toMatchObject({
      reason: 'unconfirmed',
      lastError: expect.stringContaining('may have been sent'),
    });

    await api.http().post(`/admin/dead-letters/${id}/replay`).set(admin).expect(202);
    await waitFor('the replayed delivery to be sent', async () => (await row(id)).status === 'sent', {
      timeoutMs: 30_000,
    });
    expect(peer.postsTo('/stale')).toHaveLength(1);
    expect((await row(id)).dead_reason).toBeNull();
    // The job of that replay, run once more, sends nothing more.
    await expect(run(id)).resolves.toMatchObject({ status: 'skipped', reason: 'delivery is sent' });
    expect(peer.postsTo('/stale')).toHaveLength(1);
  });

  it('a claim abandoned after its job completed is found by the failed-job sweep: dead-lettered "unconfirmed", unsent', async () => {
    const id = await delivery('/abandoned', {
      status: 'sending',
      claimedAt: new Date(Date.now() - 30 * 60_000),
    });
    const result = await worker.get(FailedJobSweep).runOnce();
    expect(result.unconfirmed).toBeGreaterThanOrEqual(1);
    expect(await row(id)).toMatchObject({ status: 'dead', dead_reason: 'unconfirmed' });
    expect(peer.postsTo('/abandoned')).toHaveLength(0);
  });

  it('the normal path sends once; a run after it sends nothing', async () => {
    const id = await delivery('/normal');
    await expect(run(id)).resolves.toEqual({ status: 'done', detail: 'sent by webhook' });
    await expect(run(id)).resolves.toMatchObject({ status: 'skipped' });
    expect(peer.postsTo('/normal')).toEqual([{ path: '/normal', status: 200 }]);
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('a failed attempt gives the claim back for the retry, which sends it once', async () => {
    const id = await delivery('/retry');
    peer.answer([500]);
    await expect(run(id, 1)).rejects.toThrow('webhook answered 500');
    expect(await row(id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      last_error: 'webhook answered 500',
    });
    await expect(run(id, 2)).resolves.toEqual({ status: 'done', detail: 'sent by webhook' });
    await expect(run(id, 3)).resolves.toMatchObject({ status: 'skipped' });
    expect(peer.postsTo('/retry').map((p) => p.status)).toEqual([500, 200]);
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 2, dead_reason: null });
  });

  it('a delivery failing every attempt is dead-lettered as "failed"', async () => {
    const id = await delivery('/failing');
    peer.answer([500]);
    await expect(run(id, 5)).resolves.toMatchObject({ status: 'done' });
    expect(await row(id)).toMatchObject({ status: 'dead', dead_reason: 'failed' });
    const list = await api.http().get('/admin/dead-letters').set(admin).expect(200);
    expect(list.body.find((d: { id: number }) => d.id === id)).toMatchObject({ reason: 'failed' });
  });
});
