// A batch of due reminder timers is claimed, read and stored in one transaction whose statements go
// out in five round trips (issue #20, the 09:00 burst: a sender's rate is its chain of round trips),
// with every guarantee of a plain one: the timers claimed and the deadlines locked before their
// reports and the log are read, one inbox message per reminder, the timers settled in the same
// transaction, nothing twice.
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ManualClock } from '@app/common';
import { PIPELINE_DATA_SOURCE } from '@app/persistence';
import { ReminderBatch } from '../../apps/worker/src/deadlines/reminder-batch';
import { ReminderScheduler } from '../../apps/worker/src/deadlines/reminder-scheduler';
import { ReminderTimerRepository } from '../../apps/worker/src/deadlines/reminder-timer.repository';
import { startWorker } from '../support/apps';
import { createUnit, createUser } from '../support/factories';
import { countReminders, seedDueReminders } from '../support/reminder-seed';
import { scratchDatabase } from '../support/scratch-db';

const DAY = 86_400_000;

type Send = (text: string, values: unknown[], callback: (error: unknown, raw: unknown) => void) => void;

/**
 * Records the SQL text of each round trip where it leaves for the server: the connection of every
 * query runner (transactions, TypeORM's own statements) and the pool (statements outside one).
 */
function recordRoundTrips(dataSource: DataSource, sent: string[]): void {
  const createRunner = dataSource.createQueryRunner.bind(dataSource);
  jest.spyOn(dataSource, 'createQueryRunner').mockImplementation((mode) => {
    const runner = createRunner(mode);
    const connect = runner.connect.bind(runner);
    runner.connect = (async () => {
      const connection = (await connect()) as { query: Send };
      const query: Send = (text, values, callback) => {
        sent.push(text);
        connection.query(text, values, callback);
      };
      return { query };
    }) as typeof runner.connect;
    return runner;
  });
  const pool = (dataSource.driver as unknown as { pool: { query: Send } }).pool;
  const query = pool.query.bind(pool);
  jest.spyOn(pool, 'query').mockImplementation((text, values, callback) => {
    sent.push(text);
    query(text, values, callback);
  });
}

describe('a batch of due reminders', () => {
  // Ten days back while seeding: the reconciler of the worker's start finds nothing due yet.
  const clock = new ManualClock(new Date(Date.now() - 10 * DAY));
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let unitId: string;
  let timers: Array<{ deadlineId: string; deadlineVersion: number; occurrence: string; runAt: Date }>;
  const timersLeft = async () =>
    Number((await dataSource.query('SELECT COUNT(*) AS n FROM reminder_timers'))[0].n);
  let sent: string[] = [];

  beforeAll(async () => {
    const scratch = await scratchDatabase('reminder_round_trips');
    await scratch.dataSource.destroy();
    worker = await startWorker({
      clock,
      env: {
        DATABASE_URL: scratch.url,
        LATE_REMINDERS: 'immediately',
        // No periodic work of the worker's own while the round trips are counted.
        OUTBOX_RELAY_INTERVAL_MS: '60000',
        RECONCILE_INTERVAL_MS: '3600000',
        FAILED_JOB_SWEEP_INTERVAL_MS: '3600000',
      },
    });
    dataSource = worker.get(DataSource);
    unitId = (await createUnit(dataSource, null)).id;
    const drafter = await createUser(dataSource, unitId, ['drafter']);
    const reportIds = await seedDueReminders(dataSource, unitId, drafter.id, 20);
    const deadlines: Array<{ id: string }> = await dataSource.query(
      'SELECT id FROM deadlines WHERE report_id IN (?)',
      [reportIds],
    );
    clock.set(new Date());
    timers = deadlines.map((d) => ({
      deadlineId: d.id,
      deadlineVersion: 1,
      occurrence: 'on-day',
      runAt: new Date(Date.now() - 60_000),
    }));
    await worker.get(ReminderTimerRepository).add(timers, clock.now());
    // The calendar is read once and cached: read it now, so that the batches below read only theirs.
    await worker.get(ReminderScheduler).planner();
    recordRoundTrips(dataSource, (sent = []));
    recordRoundTrips(worker.get<DataSource>(PIPELINE_DATA_SOURCE), sent);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await worker?.close();
  });

  /** The batch's round trips (the session's isolation level aside: set once per connection). */
  const roundTrips = () => sent.filter((text) => !text.startsWith('SET SESSION'));

  it('claims, reads, stores and settles 20 reminders in five round trips', async () => {
    sent.length = 0;
    const batch = await worker.get(ReminderBatch).drainOnce(250);
    const trips = roundTrips();
    expect(batch).toEqual({ claimed: 20, sent: 20, skipped: 0, deferredTo: [] });
    expect(await countReminders(dataSource, unitId)).toEqual({
      notifications: 20,
      distinctDeadlines: 20,
      log: 20,
    });
    expect(await timersLeft()).toBe(0);
    expect(trips).toHaveLength(5);
    // The timers are claimed first (other senders skip them); the reports and the log are read once
    // the deadlines are locked, in the same round trip.
    expect(trips[0]).toMatch(
      /^START TRANSACTION;\s*select .* from `reminder_timers` .* for update skip locked$/is,
    );
    expect(trips[1]).toMatch(
      /^select \* from `deadlines` .* for update;\s*select .* from `reports` .*;\s*select .* from `reminder_log`/is,
    );
    expect(trips[2]).toMatch(/from `user_roles`.*;\s*select .* from `units`/is);
    expect(trips[3]).toMatch(/^insert ignore into `reminder_log`.*;\s*insert ignore into `notifications`/is);
    expect(trips[4]).toMatch(/^delete from `reminder_timers` .*;\s*COMMIT$/is);
  });

  it('run again, finds nothing to send; a timer written again is "already sent", no message added', async () => {
    sent.length = 0;
    expect(await worker.get(ReminderBatch).drainOnce(250)).toEqual({
      claimed: 0,
      sent: 0,
      skipped: 0,
      deferredTo: [],
    });
    // The same timers written back (a restore from an older backup, say): each is found in the log.
    await worker.get(ReminderTimerRepository).add(timers, clock.now());
    sent.length = 0;
    const batch = await worker.get(ReminderBatch).drainOnce(250);
    const trips = roundTrips();
    expect(batch).toEqual({ claimed: 20, sent: 0, skipped: 20, deferredTo: [] });
    expect(await countReminders(dataSource, unitId)).toEqual({
      notifications: 20,
      distinctDeadlines: 20,
      log: 20,
    });
    expect(await timersLeft()).toBe(0);
    // Nothing fresh to store: the claim, the locked reads, the recipients, then the settling commit.
    expect(trips).toHaveLength(4);
  });
});
