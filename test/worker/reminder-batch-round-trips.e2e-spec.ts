// A batch of due reminders stores what it sends in one transaction whose statements go out in
// three round trips (issue #20, the 09:00 burst: a batch's time is its chain of round trips, and
// every job of the batch holds a worker slot until it ends), with every guarantee of a plain one:
// the deadlines locked before the log is read, one inbox message per reminder, nothing twice.
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ManualClock } from '@app/common';
import { PIPELINE_DATA_SOURCE } from '@app/persistence';
import { ReminderBatch } from '../../apps/worker/src/deadlines/reminder-batch';
import { startWorker } from '../support/apps';
import { createUnit, createUser } from '../support/factories';
import { countReminders, seedDueReminders } from '../support/reminder-seed';
import { scratchDatabase } from '../support/scratch-db';

const DAY = 86_400_000;

/** Records, per query runner, the SQL text each round trip sends (where it leaves for the server). */
function recordRoundTrips(dataSource: DataSource, runners: string[][]): void {
  const createRunner = dataSource.createQueryRunner.bind(dataSource);
  jest.spyOn(dataSource, 'createQueryRunner').mockImplementation((mode) => {
    const runner = createRunner(mode);
    const sent: string[] = [];
    runners.push(sent);
    const connect = runner.connect.bind(runner);
    runner.connect = (async () => {
      const connection = (await connect()) as {
        query: (text: string, values: unknown[], callback: (error: unknown, raw: unknown) => void) => void;
      };
      return {
        query: (text: string, values: unknown[], callback: (error: unknown, raw: unknown) => void) => {
          sent.push(text);
          connection.query(text, values, callback);
        },
      };
    }) as typeof runner.connect;
    return runner;
  });
}

describe('a batch of due reminders', () => {
  // Ten days back while seeding: the reconciler of the worker's start finds nothing due yet.
  const clock = new ManualClock(new Date(Date.now() - 10 * DAY));
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let unitId: string;
  let jobs: Array<{ deadlineId: string; deadlineVersion: number; occurrence: string }>;
  const runners: string[][] = [];

  beforeAll(async () => {
    const scratch = await scratchDatabase('reminder_round_trips');
    await scratch.dataSource.destroy();
    worker = await startWorker({ clock, env: { DATABASE_URL: scratch.url, LATE_REMINDERS: 'immediately' } });
    dataSource = worker.get(DataSource);
    unitId = (await createUnit(dataSource, null)).id;
    const drafter = await createUser(dataSource, unitId, ['drafter']);
    const reportIds = await seedDueReminders(dataSource, unitId, drafter.id, 20);
    const deadlines: Array<{ id: string }> = await dataSource.query(
      'SELECT id FROM deadlines WHERE report_id IN (?)',
      [reportIds],
    );
    jobs = deadlines.map((d) => ({ deadlineId: d.id, deadlineVersion: 1, occurrence: 'on-day' }));
    clock.set(new Date());
    recordRoundTrips(dataSource, runners);
    recordRoundTrips(worker.get<DataSource>(PIPELINE_DATA_SOURCE), runners);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await worker?.close();
  });

  /** The round trips of the transaction that locked the deadlines (the session's isolation aside). */
  const storingTransaction = () =>
    runners
      .find((sent) => sent.some((text) => /from `deadlines`.* for update/is.test(text)))
      ?.filter((text) => !text.startsWith('SET SESSION'));

  it('stores 20 reminders in three round trips: lock and log read, log and inbox rows, commit', async () => {
    runners.length = 0;
    const outcomes = await worker.get(ReminderBatch).sendMany(jobs);
    expect(outcomes.map((o) => o.status)).toEqual(jobs.map(() => 'done'));
    expect(await countReminders(dataSource, unitId)).toEqual({
      notifications: 20,
      distinctDeadlines: 20,
      log: 20,
    });
    const trips = storingTransaction();
    expect(trips).toHaveLength(3);
    expect(trips![0]).toMatch(
      /^START TRANSACTION;\s*select .* from `deadlines` .* for update;\s*select .* from `reminder_log`/is,
    );
    expect(trips![1]).toMatch(/^insert ignore into `reminder_log`.*;\s*insert ignore into `notifications`/is);
    expect(trips![2]).toBe('COMMIT');
  });

  it('run again, sends nothing twice: every job is "already sent", no message added', async () => {
    runners.length = 0;
    const outcomes = await worker.get(ReminderBatch).sendMany(jobs);
    expect(outcomes).toEqual(jobs.map(() => ({ status: 'skipped', reason: 'already sent' })));
    expect(await countReminders(dataSource, unitId)).toEqual({
      notifications: 20,
      distinctDeadlines: 20,
      log: 20,
    });
    // Nothing fresh to store: the lock and the log read, then the commit.
    expect(storingTransaction()).toHaveLength(2);
  });
});
