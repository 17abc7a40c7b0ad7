import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import { SystemClock } from '@app/common';
import { Reconciler } from '../../apps/worker/src/deadlines/reconciler';
import { drainQueues, startApi, startWorker } from '../support/apps';
import { scratchDatabase } from '../support/scratch-db';
import { loadDemo, tokenFor } from '../support/demo';
import { createUnit, createUser, unitById } from '../support/factories';
import { seedDueReminders } from '../support/reminder-seed';
import { waitFor } from '../support/wait';

/** A webhook endpoint that fails the first `failures` posts, then answers 200; it records what it got. */
function webhookPeer(failures: number) {
  const received: Array<{ status: number; body: { msgtype: string; text: { content: string } } }> = [];
  let remaining = failures;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const status = remaining > 0 ? 500 : 200;
      if (remaining > 0) remaining--;
      received.push({ status, body: JSON.parse(raw) });
      res.writeHead(status).end();
    });
  });
  return {
    received,
    heal: () => (remaining = 0),
    start: () =>
      new Promise<string>((done) =>
        server.listen(0, '127.0.0.1', () =>
          done(`http://127.0.0.1:${(server.address() as AddressInfo).port}/robot`),
        ),
      ),
    stop: () => new Promise<void>((done) => server.close(() => done())),
  };
}

describe('notification channels: retries, dead letters, bad configuration', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let worker: INestApplicationContext;
  let xj: { id: string; path: string };
  let admin: { Authorization: string };
  let owner: string;
  const env: Record<string, string> = {
    // Late reminders go out at once here, whatever the hour the suite runs at.
    LATE_REMINDERS: 'immediately',
    JOB_BACKOFF_MS: '50',
    SMTP_URL: 'smtp://127.0.0.1:9',
    SMTP_FROM: 'reportflow@example.gov.cn',
    // The webhook peers below listen on loopback, which is refused unless allow-listed.
    WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
  };

  beforeAll(async () => {
    // A database of its own: the reconciler then scans only this file's deadlines.
    const scratch = await scratchDatabase('channels');
    await scratch.dataSource.destroy();
    env.DATABASE_URL = scratch.url;
    api = await startApi({ clock: new SystemClock(), env });
    worker = await startWorker({ clock: new SystemClock(), env });
    const demo = await loadDemo(api.dataSource);
    xj = await unitById(api.dataSource, demo.unitIds.xj);
    owner = demo.userIds['xj-admin'];
    admin = { Authorization: `Bearer ${await tokenFor(api.http, 'xj-admin')}` };
  });
  afterAll(async () => {
    await worker?.close();
    await api?.app.close();
  });

  async function unitWithWebhook(url: string) {
    const unit = await createUnit(api.dataSource, xj, { kind: 'department', level: 'province' });
    const drafter = await createUser(api.dataSource, unit.id, ['drafter']);
    await api.dataSource.query("UPDATE users SET email = 'drafter@example.gov.cn' WHERE id = ?", [
      drafter.id,
    ]);
    await api.http().put(`/units/${unit.id}/webhook`).set(admin).send({ url }).expect(200);
    await seedDueReminders(api.dataSource, unit.id, owner, 1);
    await worker.get(Reconciler).runOnce();
    return { unit, drafter };
  }

  const deliveries = (unitId: string) =>
    api.dataSource.query(
      'SELECT id, channel, status, attempts, last_error FROM deliveries WHERE unit_id = ? ORDER BY channel',
      [unitId],
    );

  it('a webhook that fails 3 times then succeeds gets the message once; an unreachable SMTP server blocks no other channel', async () => {
    const peer = webhookPeer(3);
    const { unit, drafter } = await unitWithWebhook(await peer.start());
    try {
      await waitFor('the webhook delivery to be sent', async () =>
        (await deliveries(unit.id)).find(
          (d: { channel: string; status: string }) => d.channel === 'webhook' && d.status === 'sent',
        ),
      );
      expect(peer.received.map((r) => r.status)).toEqual([500, 500, 500, 200]);
      expect(peer.received[3].body).toMatchObject({
        msgtype: 'text',
        text: { content: expect.stringContaining('催办') },
      });
      await drainQueues(worker);
      // The in-app inbox got it too, and the email to the unreachable server ended in the dead-letter list.
      const inbox = await api.dataSource.query(
        "SELECT COUNT(*) AS n FROM notifications WHERE user_id = ? AND kind = 'reminder'",
        [drafter.id],
      );
      expect(Number(inbox[0].n)).toBe(1);
      const email = await waitFor('the email to be dead-lettered', async () =>
        (await deliveries(unit.id)).find(
          (d: { channel: string; status: string }) => d.channel === 'email' && d.status === 'dead',
        ),
      );
      expect(email.last_error).toMatch(/ECONNREFUSED|connect/);
    } finally {
      await peer.stop();
    }
  });

  it('a webhook that always fails ends in the dead-letter list, visible to the admin and replayable', async () => {
    const peer = webhookPeer(1000);
    const { unit } = await unitWithWebhook(await peer.start());
    try {
      const dead = await waitFor('the webhook delivery to be dead-lettered', async () =>
        (await deliveries(unit.id)).find(
          (d: { channel: string; status: string }) => d.channel === 'webhook' && d.status === 'dead',
        ),
      );
      expect(dead.attempts).toBe(5);
      const list = await api.http().get('/admin/dead-letters').set(admin).expect(200);
      const entry = list.body.find((d: { id: number }) => d.id === Number(dead.id));
      expect(entry).toMatchObject({
        channel: 'webhook',
        unit: { id: unit.id },
        lastError: 'webhook answered 500',
      });

      peer.heal();
      await api.http().post(`/admin/dead-letters/${dead.id}/replay`).set(admin).expect(202);
      await waitFor('the replayed delivery to be sent', async () =>
        (await deliveries(unit.id)).find(
          (d: { channel: string; status: string }) => d.channel === 'webhook' && d.status === 'sent',
        ),
      );
      expect(peer.received.filter((r) => r.status === 200)).toHaveLength(1);
      // A second replay of a delivered message is refused.
      await api.http().post(`/admin/dead-letters/${dead.id}/replay`).set(admin).expect(409);
    } finally {
      await peer.stop();
    }
  });

  it('a webhook at a closed port is dead-lettered as "webhook unreachable", not with the network error', async () => {
    // Admins read the dead-letter list: "ECONNREFUSED" there told a closed port from an open one.
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    const { unit } = await unitWithWebhook(`http://127.0.0.1:${port}/robot`);
    const dead = await waitFor('the webhook delivery to be dead-lettered', async () =>
      (await deliveries(unit.id)).find(
        (d: { channel: string; status: string }) => d.channel === 'webhook' && d.status === 'dead',
      ),
    );
    const list = await api.http().get('/admin/dead-letters').set(admin).expect(200);
    expect(list.body.find((d: { id: number }) => d.id === Number(dead.id)).lastError).toBe(
      'webhook unreachable',
    );
  });

  it('refuses an invalid webhook URL with a clear 400', async () => {
    const unit = await createUnit(api.dataSource, xj, { kind: 'department', level: 'province' });
    const res = await api
      .http()
      .put(`/units/${unit.id}/webhook`)
      .set(admin)
      .send({ url: 'ftp://robot' })
      .expect(400);
    expect(res.body.message).toMatch(/url must be an http\(s\) URL/);
  });

  it('exposes queue depth, dead letters and reconciler repairs as Prometheus metrics', async () => {
    const res = await api.http().get('/metrics').expect(200);
    expect(res.text).toMatch(/reportflow_queue_jobs\{queue="deadlines",state="delayed"\} \d+/);
    expect(res.text).toMatch(/reportflow_dead_letters \d+/);
    expect(res.text).toMatch(/reportflow_reconciler_total\{what="runs"\} [1-9]/);
  });
});
