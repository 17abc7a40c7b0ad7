import type { INestApplicationContext } from '@nestjs/common';
import { ManualClock } from '@app/common';
import { JOBS, JobProducer, QUEUES } from '@app/queue';
import { Reconciler } from '../../apps/worker/src/deadlines/reconciler';
import { RemindersDueHandler } from '../../apps/worker/src/deadlines/reminders-due.handler';
import { drainQueues, startApi, startWorker } from '../support/apps';
import { loadDemo } from '../support/demo';
import { createUnit, createUser, unitById } from '../support/factories';
import { countReminders, seedDueReminders } from '../support/reminder-seed';
import { scratchDatabase } from '../support/scratch-db';
import { waitFor } from '../support/wait';

const DAY = 86_400_000;

/**
 * An instant's reminder job promoted by hand (the queue board's "promote") or run by a clock ahead
 * of ours must not reach the drafter before its due time (伊犁's drafter got a 催办 five days early):
 * the handler checks the time itself and puts the job back under the same id; at its time the
 * reminder goes out once, and a second run sends nothing more.
 */
describe('a reminder that runs before its time', () => {
  // Ten days before "now": the seeded on-the-day reminders (two working days ago) lie ahead.
  const clock = new ManualClock(new Date(Date.now() - 10 * DAY));
  let api: Awaited<ReturnType<typeof startApi>>;
  let worker: INestApplicationContext;
  let unitId: string;
  let runAt: Date;

  beforeAll(async () => {
    // A database of its own: the reconciler then scans only this file's deadlines.
    const scratch = await scratchDatabase('reminder_early');
    await scratch.dataSource.destroy();
    const env = { DATABASE_URL: scratch.url, LATE_REMINDERS: 'immediately' };
    api = await startApi({ clock, env });
    worker = await startWorker({ clock, env });
    const demo = await loadDemo(api.dataSource);
    const xj = await unitById(api.dataSource, demo.unitIds.xj);
    const unit = await createUnit(api.dataSource, xj, { kind: 'department', level: 'province' });
    unitId = unit.id;
    await createUser(api.dataSource, unit.id, ['drafter']);
    const [reportId] = await seedDueReminders(api.dataSource, unit.id, demo.userIds['xj-admin'], 1);
    const [deadline] = await api.dataSource.query('SELECT id, due_at FROM deadlines WHERE report_id = ?', [
      reportId,
    ]);
    // The on-the-day reminder goes out at 09:00 China time on the due day.
    runAt = new Date(
      `${new Date(deadline.due_at.getTime() + 8 * 3600_000).toISOString().slice(0, 10)}T01:00:00Z`,
    );
  });
  afterAll(async () => {
    await worker?.close();
    await api?.app.close();
  });

  it('is deferred, not sent, when its handler runs early', async () => {
    const outcome = await worker.get(RemindersDueHandler).handle({ runAt: runAt.getTime() });
    expect(outcome).toEqual({
      status: 'deferred',
      delayMs: runAt.getTime() - clock.now().getTime(),
      reason: `not due until ${runAt.toISOString()}`,
    });
    expect(await countReminders(api.dataSource, unitId)).toEqual({
      notifications: 0,
      distinctDeadlines: 0,
      log: 0,
    });
  });

  it('promoted on the queue board, it goes back to waiting under the same id, with no attempt spent', async () => {
    await worker.get(Reconciler).runOnce();
    const queue = worker.get(JobProducer).queue(QUEUES.deadlines);
    // The reconciler wrote the reminder's timer and gave its instant a job.
    const [timer] = await api.dataSource.query(
      'SELECT run_at FROM reminder_timers t JOIN deadlines d ON d.id = t.deadline_id JOIN reports r ON r.id = d.report_id WHERE r.unit_id = ?',
      [unitId],
    );
    expect(new Date(timer.run_at).toISOString()).toBe(runAt.toISOString());
    const id = JOBS['reminders-due'].jobId({ runAt: runAt.getTime() });
    const job = await queue.getJob(id);
    expect(await job!.getState()).toBe('delayed');
    await job!.promote();
    await waitFor('the promoted job to run and be put back', async () => {
      const again = await queue.getJob(id);
      return again && (await again.getState()) === 'delayed' && again.processedOn ? again : false;
    });
    const back = await queue.getJob(id);
    expect(back!.attemptsMade).toBe(0);
    // Waits for its own time again (days away here), not for a retry's backoff.
    expect(Math.abs(back!.delay - (runAt.getTime() - clock.now().getTime()))).toBeLessThan(60_000);
    expect((await countReminders(api.dataSource, unitId)).notifications).toBe(0);
  });

  it('at its time goes out exactly once; running it again sends nothing more', async () => {
    clock.set(new Date(runAt.getTime() + 60_000));
    await worker.get(Reconciler).runOnce(); // promotes the due job
    await drainQueues(worker);
    const sent = await waitFor('the reminder to be sent', async () => {
      const counts = await countReminders(api.dataSource, unitId);
      return counts.log === 1 ? counts : false;
    });
    expect(sent).toEqual({ notifications: 1, distinctDeadlines: 1, log: 1 });
    // Its timer went with it: a second run of the instant finds nothing to send.
    const again = await worker.get(RemindersDueHandler).handle({ runAt: runAt.getTime() });
    expect(again).toEqual({ status: 'done', detail: '0 sent, 0 skipped, 0 put off' });
    expect(await countReminders(api.dataSource, unitId)).toEqual(sent);
  });
});
