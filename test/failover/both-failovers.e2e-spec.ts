import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { buildDataSourceOptions } from '@app/persistence';
import { killProcess } from '../queue-ha/apps-on-ha';
import { haStack } from '../queue-ha/ha-stack';
import { AddressForwarder } from '../replica/address-forwarder';
import {
  call,
  createReports,
  describeAnswer,
  DrillPhases,
  DrillProcesses,
  login,
  seedBureaus,
  seedRemindedUnit,
  settledReminders,
  TransitionLoad,
  type Attempt,
} from '../replica/failover-drill';
import { replicaStack } from '../replica/replica-stack';
import { expectEveryTransitionNotified, printTransitionInbox } from '../replica/transition-inbox';
import { stop } from '../support/processes';
import { countReminders } from '../support/reminder-seed';
import { waitFor } from '../support/wait';

/**
 * A past year: a deliberation's meeting date must fall between the report year's start and today.
 * (The database is this file's own, on its own mariadbd, so no other file shares its years.)
 */
const REPORT_YEAR = 2024;
const UNITS = 12;
const ACTORS = 4;
const REMINDERS = 5000;

/**
 * Both failovers in one run, as a provincial deployment would live them: two API processes and a
 * worker on a MariaDB primary + semi-synchronous replica (the primary behind one moving address,
 * replica reads on) AND a Redis Sentinel set (1 master, 2 replicas, 3 Sentinels), under a steady load
 * of transitions and 5,000 due reminders:
 *
 *  1. the MariaDB primary is killed (-9), the address moved, the replica promoted;
 *  2. then, same processes and load going on, with 5,000 more reminders falling due, the Redis
 *     master is killed (-9) and the Sentinels promote a replica.
 *
 * After each (the actors held for a moment, failed requests retried with their Idempotency-Key):
 * every transition answered 200 is in its report's audit chain exactly once, every chain verifies,
 * nothing waits in the outbox, every reminder was delivered exactly once; and no process exited.
 * Loopback ports: MariaDB 13766/13767, Redis 16730-16732, Sentinels 16830-16832.
 */
describe('MariaDB primary failover, then Redis Sentinel failover, in one run under load', () => {
  const PRIMARY_PORT = 13766;
  const REDIS_BASE_PORT = 16730;
  const DATABASE = 'reportflow_test_both_failovers';
  const mariadb = replicaStack({ primaryPort: PRIMARY_PORT, database: DATABASE, semiSync: true });
  const redis = haStack('sentinel', {
    basePort: REDIS_BASE_PORT,
    password: 'failover-redis-pw',
    sentinelPassword: 'failover-sentinel-pw',
  });
  const forwarder = new AddressForwarder(PRIMARY_PORT);
  let processes: DrillProcesses | undefined;
  let dataSource: DataSource | undefined;

  const redisMaster = async () =>
    Number(
      (await redis.cli(REDIS_BASE_PORT + 100, 'sentinel', 'get-master-addr-by-name', 'reportflow')).split(
        '\n',
      )[1],
    );

  beforeAll(async () => {
    await Promise.all([mariadb.up(), redis.up()]);
    const address = await forwarder.start();
    const { DATABASE_REPLICA_URLS } = await mariadb.settings();
    const env = {
      DATABASE_URL: `mysql://reportflow:reportflow-local@127.0.0.1:${address}/${DATABASE}`,
      // Reads that tolerate lag go to the replica's own address (after the promotion, the new primary).
      DATABASE_REPLICA_URLS,
      // The shared test setup points at the single node; empty means unset, so only the Sentinels count.
      REDIS_URL: '',
      ...(await redis.settings()),
      QUEUE_PREFIX: `rf-both-failovers-${randomBytes(3).toString('hex')}`,
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
    };
    dataSource = await new DataSource(
      buildDataSourceOptions(loadConfig({ ...process.env, ...env }, '')),
    ).initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    processes = new DrillProcesses(env);
  }, 480_000);

  afterAll(async () => {
    await Promise.all((processes?.all() ?? []).map((child) => stop(child, 'SIGKILL')));
    await dataSource?.destroy().catch(() => undefined);
    await forwarder.stop();
    await Promise.all([mariadb.down(), redis.down()]);
  }, 90_000);

  it('the apps ride out both failovers by themselves: nothing acknowledged lost, nothing doubled', async () => {
    const db = dataSource!;
    const apps = processes!;
    const world = await seedBureaus(db, UNITS);
    const firstReminded = await seedRemindedUnit(db, world, '切换州催办一局', REMINDERS);
    await mariadb.caughtUp();

    await apps.startApis(2);
    const coordinatorToken = await login(apps.apis[0].port, world.coordinator.username);
    const reports = await createReports(apps.apis[0].port, world, REPORT_YEAR);
    apps.startWorker();
    const load = new TransitionLoad(apps, reports, coordinatorToken);
    load.start(ACTORS);
    const phases = new DrillPhases(db, apps, load, reports);

    // --- 1. the MariaDB primary dies; the address moves to the replica, which is promoted
    const firstBeforeKill = await phases.underWay(firstReminded);
    await mariadb.stop('primary', 'SIGKILL');
    // The address moves first; for a moment the replica is still read-only and refuses writes.
    forwarder.pointAt(PRIMARY_PORT + 1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await mariadb.promote();
    load.phase = 'after the database failover';
    await phases.loadRecovers();
    const afterDatabase = await phases.checkAfter();
    const firstReminders = await settledReminders(db, firstReminded, REMINDERS, apps);
    const reportIds = reports.map((r) => r.id);
    await printTransitionInbox('after the database failover', db, apps.env, reportIds);

    // --- 2. same processes, load going on, 5,000 more reminders due: the Redis master dies
    const secondReminded = await seedRemindedUnit(db, world, '切换州催办二局', REMINDERS);
    load.phase = 'before the Redis failover';
    load.resume();
    const secondBeforeKill = await phases.underWay(secondReminded);
    await killProcess(redis.pidFile(REDIS_BASE_PORT), 'SIGKILL');
    const promoted = await waitFor(
      'the Sentinels to promote a Redis replica',
      async () => {
        const port = await redisMaster();
        return port !== REDIS_BASE_PORT ? port : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    load.phase = 'after the Redis failover';
    await phases.loadRecovers();
    const afterRedis = await phases.checkAfter();
    const secondReminders = await settledReminders(db, secondReminded, REMINDERS, apps);
    await load.stop();

    const summary = {
      attempts: load.attempts.length,
      acknowledged: load.acknowledged(),
      acknowledgedAfterDatabase: load.acknowledged('after the database failover'),
      acknowledgedAfterRedis: load.acknowledged('after the Redis failover'),
      failedAroundDatabase: afterDatabase.failed.length,
      failedAroundRedis: afterRedis.failed.length,
      firstBeforeKill,
      secondBeforeKill,
      promoted,
    };
    console.log(`both failovers: ${JSON.stringify(summary)}`);
    console.log(`failed around the Redis failover: ${afterRedis.failed.map(describeAnswer).join('; ')}`);
    await expectEveryTransitionNotified('both failovers', db, apps.env, reportIds);

    // --- what a user would notice
    expect(apps.exits).toEqual([]);
    for (const api of apps.apis)
      expect((await call(api.port, 'GET', '/health/ready', null)).status).toBe(200);
    expect([REDIS_BASE_PORT + 1, REDIS_BASE_PORT + 2]).toContain(promoted);
    // Each failover happened under load: reminders half-way, transitions went on after it.
    expect(firstBeforeKill).toBeLessThan(REMINDERS);
    expect(secondBeforeKill).toBeLessThan(REMINDERS);
    // A request that failed said so in words a client can act on: 503, retry later.
    const notRetryable = (a: Attempt) => a.status !== 503 || a.error !== 'DATABASE_UNAVAILABLE';
    expect(afterDatabase.failed.filter(notRetryable).map(describeAnswer)).toEqual([]);
    // Retried with its key, each was answered (applied once, or its stored answer, or refused).
    expect(afterDatabase.unansweredAfterRetry).toEqual([]);
    expect(afterRedis.unansweredAfterRetry).toEqual([]);
    // Every acknowledged move exactly once in a chain that verifies, after each failover.
    expect(afterDatabase.violations).toEqual([]);
    expect(afterRedis.violations).toEqual([]);
    // Every reminder exactly once, the first batch across the database failover, the second across Redis'.
    const exactlyOnce = { notifications: REMINDERS, distinctDeadlines: REMINDERS, log: REMINDERS };
    expect(firstReminders).toEqual(exactlyOnce);
    expect(secondReminders).toEqual(exactlyOnce);
    expect(await countReminders(db, firstReminded)).toEqual(exactlyOnce);
  }, 900_000);
});
