import { randomBytes } from 'node:crypto';
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { buildDataSourceOptions } from '@app/persistence';
import { stop } from '../support/processes';
import { countReminders } from '../support/reminder-seed';
import { waitFor } from '../support/wait';
import { AddressForwarder } from './address-forwarder';
import {
  auditViolations,
  call,
  createReports,
  describeAnswer,
  DrillProcesses,
  explained,
  login,
  retryWithSameKey,
  seedBureaus,
  seedRemindedUnit,
  settledReminders,
  TransitionLoad,
  unanswered,
  waitForEmptyOutbox,
} from './failover-drill';
import { replicaStack } from './replica-stack';
import { expectEveryTransitionNotified } from './transition-inbox';

/**
 * A past year: a deliberation's meeting date must fall between the report year's start and today.
 * (The database is this file's own, so no other file's campaigns or deadlines share the year.)
 */
const REPORT_YEAR = 2024;
const UNITS = 12;
const ACTORS = 4;
const REMINDERS = 5000;
/** How long the load goes on once the replica was promoted: the apps must recover within it. */
const LOAD_AFTER_PROMOTION_MS = 12_000;

/**
 * The MariaDB primary dies (kill -9) under a steady load of transitions (two API processes) and
 * 5,000 due reminders (a worker process), all reaching the database through one address, a
 * forwarder standing for the VIP / DNS name / proxy of production. The operator's steps: point the
 * address at the replica (still read-only for a moment: writes are refused), promote it, done.
 * Replication is semi-synchronous, so the replica has every commit the primary acknowledged.
 *
 * Afterwards, with no process restarted: every transition answered 200 is in its report's audit
 * chain exactly once; every request that failed was a 503 in the error shape and, retried with its
 * Idempotency-Key, was answered once and never applied twice; every chain verifies; the outbox is
 * empty; every reminder was delivered exactly once. (Loopback ports 13736/13737.)
 */
describe('MariaDB primary failover under load: nothing acknowledged lost, nothing doubled', () => {
  const PRIMARY_PORT = 13736;
  const stack = replicaStack({
    primaryPort: PRIMARY_PORT,
    database: 'reportflow_test_failover_primary',
    semiSync: true,
  });
  const forwarder = new AddressForwarder(PRIMARY_PORT);
  const env: Record<string, string> = {};
  let processes: DrillProcesses | undefined;
  let dataSource: DataSource | undefined;

  beforeAll(async () => {
    await stack.up();
    const address = await forwarder.start();
    Object.assign(env, {
      DATABASE_URL: `mysql://reportflow:reportflow-local@127.0.0.1:${address}/reportflow_test_failover_primary`,
      QUEUE_PREFIX: `rf-failover-primary-${randomBytes(3).toString('hex')}`,
      LATE_REMINDERS: 'immediately',
      JOB_BACKOFF_MS: '200',
      // Production's lock (30 s): at 2 s, on this machine at load ~20, every job outlived its lock,
      // its finish was refused and nothing completed (BENCHMARKS.md, Round 12, cluster).
      WORKER_LOCK_MS: '30000',
      WORKER_CONCURRENCY: '50',
      RECONCILE_INTERVAL_MS: '2000',
      OUTBOX_RELAY_INTERVAL_MS: '200',
      LOGIN_THROTTLE_PER_MINUTE: '10000',
      DATABASE_POOL_SIZE: '10',
    });
    dataSource = await new DataSource(
      buildDataSourceOptions(loadConfig({ ...process.env, ...env }, '')),
    ).initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    processes = new DrillProcesses(env);
  }, 360_000);

  afterAll(async () => {
    await Promise.all((processes?.all() ?? []).map((child) => stop(child, 'SIGKILL')));
    await dataSource?.destroy().catch(() => undefined);
    await forwarder.stop();
    await stack.down();
    // Its queues were on the shared Redis: ~5,500 keys a run, left behind until now.
    if (env.QUEUE_PREFIX) await dropKeys(process.env.REDIS_URL!, env.QUEUE_PREFIX);
  }, 60_000);

  it('kill -9 the primary, move the address, promote the replica: the apps recover by themselves', async () => {
    const db = dataSource!;
    const world = await seedBureaus(db, UNITS);
    const remindedUnit = await seedRemindedUnit(db, world, '切换州催办局', REMINDERS);
    await stack.caughtUp();

    const apps = processes!;
    await apps.startApis(2);
    const coordinatorToken = await login(apps.apis[0].port, world.coordinator.username);
    const reports = await createReports(apps.apis[0].port, world, REPORT_YEAR);
    // The worker starts delivering the reminders now; the primary dies while it is at it.
    apps.startWorker();
    const load = new TransitionLoad(apps, reports, coordinatorToken);
    load.start(ACTORS);

    // --- the failover, while transitions are acknowledged and reminders go out
    await explained(
      apps,
      db,
      waitFor(
        'transitions acknowledged and reminders under way',
        async () => {
          const delivered = (await countReminders(db, remindedUnit)).log;
          if (load.acknowledged() < 5 || delivered <= 200) {
            const statuses = load.attempts.map((a) => `${a.status}${a.error ? ` ${String(a.error)}` : ''}`);
            throw new Error(
              `${load.acknowledged()} acknowledged (${statuses.slice(-5).join(', ')}), ${delivered} reminders`,
            );
          }
          return true;
        },
        { timeoutMs: 120_000, intervalMs: 100 },
      ),
    );
    const deliveredBeforeKill = (await countReminders(db, remindedUnit)).log;
    await stack.stop('primary', 'SIGKILL');
    // The address moves first; for a moment the replica is still read-only and refuses writes.
    forwarder.pointAt(PRIMARY_PORT + 1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await stack.promote();
    load.phase = 'after promotion';
    await new Promise((resolve) => setTimeout(resolve, LOAD_AFTER_PROMOTION_MS));
    await load.stop();

    // --- a client retries every request that failed, with its Idempotency-Key
    const failed = load.attempts.filter(unanswered);
    const retried = await retryWithSameKey(apps, failed);

    // --- quiesce: the outbox relayed, every reminder delivered
    await waitForEmptyOutbox(db);
    const reminders = await settledReminders(db, remindedUnit, REMINDERS, apps);

    // --- what a user would notice
    const summary = {
      attempts: load.attempts.length,
      acknowledged: load.acknowledged(),
      failed: failed.length,
      deliveredBeforeKill,
    };
    console.log(`primary failover: ${JSON.stringify(summary)}`);
    await expectEveryTransitionNotified(
      'primary failover',
      db,
      apps.env,
      reports.map((r) => r.id),
    );
    expect(apps.exits).toEqual([]);
    for (const api of apps.apis)
      expect((await call(api.port, 'GET', '/health/ready', null)).status).toBe(200);
    // The failover happened under load: reminders were half-way, transitions went on after it.
    expect(deliveredBeforeKill).toBeLessThan(REMINDERS);
    expect(load.acknowledged('after promotion')).toBeGreaterThan(5);
    // A request that failed said so in words a client can act on: 503, retry later.
    expect(
      failed.filter((a) => a.status !== 503 || a.error !== 'DATABASE_UNAVAILABLE').map(describeAnswer),
    ).toEqual([]);
    // Retried with its key, each was answered (applied once, or its stored answer, or refused).
    expect(retried.filter(unanswered).map(describeAnswer)).toEqual([]);
    expect(reminders).toEqual({ notifications: REMINDERS, distinctDeadlines: REMINDERS, log: REMINDERS });

    const acknowledged = [...load.attempts, ...retried].filter((a) => a.status === 200);
    expect(await auditViolations(db, reports, acknowledged)).toEqual([]);
  }, 420_000);
});

/** Deletes the keys of one queue prefix (this file's own, random) from the shared Redis. */
async function dropKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
