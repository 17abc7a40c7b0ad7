import type { AddressInfo } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import { SMTPServer } from 'smtp-server';
import { SystemClock } from '@app/common';
import { Reconciler } from '../../apps/worker/src/deadlines/reconciler';
import { startApi, startWorker } from '../support/apps';
import { scratchDatabase } from '../support/scratch-db';
import { loadDemo } from '../support/demo';
import { createUnit, createUser, unitById } from '../support/factories';
import { seedDueReminders } from '../support/reminder-seed';
import { waitFor } from '../support/wait';

/** A real SMTP peer on loopback (smtp-server, by the authors of nodemailer) receives the reminder. */
describe('email reminders over SMTP', () => {
  const received: Array<{ to: string[]; raw: string }> = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        done();
      });
    },
  });
  let api: Awaited<ReturnType<typeof startApi>>;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    // A database of its own: the reconciler then scans only this file's deadlines.
    const scratch = await scratchDatabase('email');
    await scratch.dataSource.destroy();
    const env = {
      DATABASE_URL: scratch.url,
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      SMTP_FROM: 'reportflow@example.gov.cn',
      LATE_REMINDERS: 'immediately',
    };
    api = await startApi({ clock: new SystemClock(), env });
    worker = await startWorker({ clock: new SystemClock(), env });
  });
  afterAll(async () => {
    await worker?.close();
    await api?.app.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('mails each reminder once to the person who must act', async () => {
    const demo = await loadDemo(api.dataSource);
    const unit = await createUnit(api.dataSource, await unitById(api.dataSource, demo.unitIds.xj), {
      kind: 'department',
      level: 'province',
    });
    const drafter = await createUser(api.dataSource, unit.id, ['drafter']);
    await api.dataSource.query("UPDATE users SET email = 'zhang.san@example.gov.cn' WHERE id = ?", [
      drafter.id,
    ]);
    await seedDueReminders(api.dataSource, unit.id, demo.userIds['xj-admin'], 1);
    await worker.get(Reconciler).runOnce();
    await waitFor('the mail to arrive', () => received.length > 0, { timeoutMs: 30_000 });
    await worker.get(Reconciler).runOnce();
    await new Promise((r) => setTimeout(r, 500));
    expect(received).toHaveLength(1);
    expect(received[0].to).toEqual(['zhang.san@example.gov.cn']);
    expect(received[0].raw).toMatch(/^Subject: =\?UTF-8\?/m);
    const [delivery] = await api.dataSource.query(
      "SELECT status FROM deliveries WHERE unit_id = ? AND channel = 'email'",
      [unit.id],
    );
    expect(delivery.status).toBe('sent');
  });
});
