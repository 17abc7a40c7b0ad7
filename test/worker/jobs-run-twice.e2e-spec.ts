import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { startApi, startWorker, drainQueues } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { scratchDatabase } from '../support/scratch-db';
import { reportClient, submitDraft } from '../reports/report-helpers';
import { SelfCheckHandler } from '../../apps/worker/src/system/self-check.handler';
import { TransitionNotifyHandler } from '../../apps/worker/src/notifications/transition-notify.handler';
import { DeadlinesChangedHandler } from '../../apps/worker/src/deadlines/deadlines-changed.handler';
import { waitFor } from '../support/wait';

/** Every job may run more than once (retries, relays after a crash): the second run must change nothing. */
describe('jobs are idempotent', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let worker: INestApplicationContext;
  let demo: Awaited<ReturnType<typeof loadDemo>>;

  beforeAll(async () => {
    // A database of its own: a starting worker reconciles every open deadline it finds, and on the
    // shared test database that alone took most of a minute.
    const { url, dataSource } = await scratchDatabase('jobs_twice');
    await dataSource.destroy();
    const env = { DATABASE_URL: url };
    api = await startApi({ env });
    worker = await startWorker({ env });
    demo = await loadDemo(api.dataSource);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.app.close();
  });

  it('transition-notify: a second run delivers nothing more', async () => {
    const drafter = reportClient(api.http, await tokenFor(api.http, 'cjjt-drafter'));
    const created = await drafter
      .create({ unitId: demo.unitIds['cj-transport'], reportYear: 2013 })
      .expect(201);
    await submitDraft(drafter, created.body.id);
    await drainQueues(worker);
    const dataSource = api.app.get(DataSource);
    const [event] = await dataSource.query(
      "SELECT id FROM audit_events WHERE report_id = ? AND action = 'submit'",
      [created.body.id],
    );
    const count = async () =>
      Number(
        (
          await dataSource.query('SELECT COUNT(*) AS n FROM notifications WHERE report_id = ?', [
            created.body.id,
          ])
        )[0].n,
      );
    const delivered = await count();
    expect(delivered).toBe(1); // the department reviewer of 昌吉州交通运输局

    const handler = worker.get(TransitionNotifyHandler);
    const again = await handler.handle({ auditEventId: Number(event.id) });
    expect(again).toEqual({ status: 'skipped', reason: 'already delivered' });
    expect(await count()).toBe(delivered);
  });

  it('transition-notify: an unknown event is skipped, not retried forever', async () => {
    const outcome = await worker.get(TransitionNotifyHandler).handle({ auditEventId: 987654321 });
    expect(outcome.status).toBe('skipped');
  });

  it('self-check: a second run is skipped and keeps the first result', async () => {
    const admin = `Bearer ${await tokenFor(api.http, 'cj-admin')}`;
    const created = await api.http().post('/system/self-checks').set('Authorization', admin).expect(202);
    await drainQueues(worker);
    const first = await api
      .http()
      .get(`/system/self-checks/${created.body.id}`)
      .set('Authorization', admin)
      .expect(200);
    expect(first.body.processedAt).not.toBeNull();
    const again = await worker.get(SelfCheckHandler).handle({ selfCheckId: created.body.id });
    expect(again.status).toBe('skipped');
    const second = await api
      .http()
      .get(`/system/self-checks/${created.body.id}`)
      .set('Authorization', admin)
      .expect(200);
    expect(second.body.processedAt).toBe(first.body.processedAt);
  });

  it('deadlines-changed: a run held behind a change of the report writes the deadlines that change left', async () => {
    const drafter = reportClient(api.http, await tokenFor(api.http, 'cjjt-drafter'));
    const created = await drafter
      .create({ unitId: demo.unitIds['cj-transport'], reportYear: 2014 })
      .expect(201);
    const reportId = created.body.id as string;
    const submitted = await submitDraft(drafter, reportId);
    await drainQueues(worker);
    const dataSource = api.app.get(DataSource);
    const dueRow = async () =>
      (
        await dataSource.query(
          "SELECT DATE_FORMAT(due_at, '%Y-%m-%d %H:%i') AS due FROM deadlines WHERE report_id = ? AND kind = 'due' AND closed_at IS NULL",
          [reportId],
        )
      )[0]?.due as string | undefined;
    // Another transaction holds the report and its deadlines and moves its due date, as an
    // extension's does; a job of the earlier version starts meanwhile and must wait for it.
    const mover = dataSource.createQueryRunner();
    await mover.connect();
    try {
      await mover.startTransaction();
      await mover.query('SELECT id FROM reports WHERE id = ? FOR UPDATE', [reportId]);
      await mover.query('SELECT id FROM deadlines WHERE report_id = ? FOR UPDATE', [reportId]);
      await mover.query("UPDATE reports SET due_at = '2015-03-02 15:59:59' WHERE id = ?", [reportId]);
      const run = worker
        .get(DeadlinesChangedHandler)
        .handle({ reportId, reportVersion: submitted.version as number });
      // Waiting: a statement of this database's locking reads runs on another connection (a user
      // sees its own connections in the process list without the PROCESS privilege).
      await waitFor('the job to wait for the locks held', async () => {
        const [row] = await dataSource.query(
          `SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST
            WHERE DB = DATABASE() AND ID <> CONNECTION_ID() AND COMMAND <> 'Sleep'
              AND INFO LIKE '%for update%' AND INFO LIKE ?`,
          [`%${reportId}%`],
        );
        return Number(row.n) > 0;
      });
      await mover.commitTransaction();
      expect((await run).status).toBe('done');
    } finally {
      await mover.release();
    }
    // 2015-03-02 15:59:59 UTC is 23:59:59 China time; the row is stored in UTC.
    expect(await dueRow()).toBe('2015-03-02 15:59');
  });
});
