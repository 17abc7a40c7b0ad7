import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { killProcess } from '../queue-ha/apps-on-ha';
import { haStack, type HaStack } from '../queue-ha/ha-stack';
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
} from '../replica/failover-drill';
import { expectEveryTransitionNotified, printTransitionInbox } from '../replica/transition-inbox';
import { stop } from '../support/processes';
import { countReminders } from '../support/reminder-seed';
import { scratchDatabase } from '../support/scratch-db';
import { waitFor } from '../support/wait';

/**
 * A past year: the deliberation and submission dates the load enters must fall between the report
 * year's start and today, and the spawned apps run on the real clock (a future year refuses every
 * submit 400 FIELD_INVALID). The database is this file's own, so no other file shares its years.
 */
const REPORT_YEAR = 2024;
const UNITS = 12;
const ACTORS = 4;
const REMINDERS = 5000;

/**
 * A Redis Cluster master dies under load, as it would in a provincial deployment: two API processes
 * and a worker on a 3-master Cluster with one replica per master (six nodes, with a password), a
 * steady load of transitions and 5,000 due reminders. The master that serves the queues' hash slot
 * is killed (-9); the Cluster promotes its replica by itself and the apps must follow it without a
 * restart. Then the killed node is started again (it rejoins as a replica of the promoted one) and
 * 5,000 more reminders fall due under the same load.
 *
 * After each step (the actors held, failed requests retried with their Idempotency-Key): every
 * transition answered 200 is in its report's audit chain exactly once, every chain verifies, nothing
 * waits in the outbox, every reminder was delivered exactly once; and no process exited.
 * Loopback ports: Redis 27200-27205, cluster bus 27300-27305. The database is this file's own.
 */
describe('a Redis Cluster master fails over to its replica under load', () => {
  const BASE_PORT = 27200;
  const redis = haStack('cluster', {
    basePort: BASE_PORT,
    password: 'failover-cluster-pw',
    clusterReplicas: 1,
    clusterBusOffset: 100,
  });
  const tagName = `rf-cluster-failover-${randomBytes(3).toString('hex')}`;
  let processes: DrillProcesses | undefined;
  let dataSource: DataSource | undefined;

  beforeAll(async () => {
    await redis.up();
    const scratch = await scratchDatabase('cluster_failover');
    dataSource = scratch.dataSource;
    const env = {
      DATABASE_URL: scratch.url,
      // The shared test setup points at the single node; empty means unset, so only the Cluster counts.
      REDIS_URL: '',
      ...(await redis.settings()),
      // One hash tag: every key of the queues in one slot, served by one master (and its replica).
      QUEUE_PREFIX: `{${tagName}}`,
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
    processes = new DrillProcesses(env);
  }, 480_000);

  afterAll(async () => {
    await Promise.all((processes?.all() ?? []).map((child) => stop(child, 'SIGKILL')));
    await dataSource?.destroy().catch(() => undefined);
    await redis.down();
  }, 90_000);

  it('the apps follow the promoted replica by themselves, and the old master rejoins: nothing lost, nothing doubled', async () => {
    const db = dataSource!;
    const apps = processes!;
    const world = await seedBureaus(db, UNITS);
    const firstReminded = await seedRemindedUnit(db, world, '集群切换催办一局', REMINDERS);

    await apps.startApis(2);
    const coordinatorToken = await login(apps.apis[0].port, world.coordinator.username);
    const reports = await createReports(apps.apis[0].port, world, REPORT_YEAR);
    apps.startWorker();
    const load = new TransitionLoad(apps, reports, coordinatorToken);
    load.start(ACTORS);
    const phases = new DrillPhases(db, apps, load, reports);

    const slot = Number(await redis.cli(BASE_PORT, 'cluster', 'keyslot', tagName));
    const killed = await masterOf(redis, BASE_PORT, slot);
    const liveNode = killed === BASE_PORT ? BASE_PORT + 1 : BASE_PORT;

    // --- 1. the queues' master dies; the Cluster promotes its replica
    const firstBeforeKill = await phases.underWay(firstReminded);
    await killProcess(redis.pidFile(killed), 'SIGKILL');
    const promoted = await waitFor(
      'the Cluster to promote the replica of the killed master',
      async () => {
        const port = await masterOf(redis, liveNode, slot);
        const state = await redis.cli(liveNode, 'cluster', 'info');
        return port !== killed && /cluster_state:ok/.test(state) ? port : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    load.phase = 'after the Cluster failover';
    await phases.loadRecovers();
    const afterFailover = await phases.checkAfter();
    const firstReminders = await settledReminders(db, firstReminded, REMINDERS, apps);
    const reportIds = reports.map((r) => r.id);
    await printTransitionInbox('after the Cluster failover', db, apps.env, reportIds);

    // --- 2. the killed node starts again and rejoins as a replica; 5,000 more reminders fall due
    await redis.up(false);
    const rejoinedAs = await waitFor(
      'the restarted node to rejoin as a replica of the promoted master',
      async () => {
        const role = await redis.cli(killed, 'info', 'replication');
        return /role:slave/.test(role) && /master_link_status:up/.test(role)
          ? `replica of ${/master_port:(\d+)/.exec(role)?.[1]}`
          : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    const secondReminded = await seedRemindedUnit(db, world, '集群切换催办二局', REMINDERS);
    load.phase = 'after the old master rejoined';
    load.resume();
    const secondUnderWay = await phases.underWay(secondReminded);
    const afterRejoin = await phases.checkAfter();
    const secondReminders = await settledReminders(db, secondReminded, REMINDERS, apps);
    await load.stop();

    const summary = {
      attempts: load.attempts.length,
      acknowledged: load.acknowledged(),
      acknowledgedAfterFailover: load.acknowledged('after the Cluster failover'),
      acknowledgedAfterRejoin: load.acknowledged('after the old master rejoined'),
      failedAroundFailover: afterFailover.failed.length,
      firstBeforeKill,
      secondUnderWay,
      killed,
      promoted,
      rejoinedAs,
    };
    console.log(`cluster failover: ${JSON.stringify(summary)}`);
    console.log(`failed around the failover: ${afterFailover.failed.map(describeAnswer).join('; ')}`);
    await expectEveryTransitionNotified('cluster failover', db, apps.env, reportIds);

    // --- what a user would notice
    expect(apps.exits).toEqual([]);
    for (const api of apps.apis)
      expect((await call(api.port, 'GET', '/health/ready', null)).status).toBe(200);
    expect(promoted).not.toBe(killed);
    expect(rejoinedAs).toBe(`replica of ${promoted}`);
    // The failover happened under load: reminders half-way, transitions went on after it.
    expect(firstBeforeKill).toBeLessThan(REMINDERS);
    expect(load.acknowledged('after the Cluster failover')).toBeGreaterThan(5);
    // Retried with its key, each failed request was answered (applied once, or its stored answer).
    expect(afterFailover.unansweredAfterRetry).toEqual([]);
    expect(afterRejoin.unansweredAfterRetry).toEqual([]);
    // Every acknowledged move exactly once in a chain that verifies, after each step.
    expect(afterFailover.violations).toEqual([]);
    expect(afterRejoin.violations).toEqual([]);
    // Every reminder exactly once: the first batch across the failover, the second after the rejoin.
    const exactlyOnce = { notifications: REMINDERS, distinctDeadlines: REMINDERS, log: REMINDERS };
    expect(firstReminders).toEqual(exactlyOnce);
    expect(secondReminders).toEqual(exactlyOnce);
    expect(await countReminders(db, firstReminded)).toEqual(exactlyOnce);
  }, 900_000);
});

/** The port of the master that serves `slot`, as the node on `askPort` sees the Cluster. */
async function masterOf(stack: HaStack, askPort: number, slot: number): Promise<number> {
  const nodes = (await stack.cli(askPort, 'cluster', 'nodes')).split('\n');
  for (const line of nodes) {
    const [, address, flags, , , , , , ...ranges] = line.trim().split(' ');
    if (!flags || !flags.split(',').includes('master') || flags.includes('fail')) continue;
    const serves = ranges.some((range) => {
      if (range.startsWith('[')) return false; // a slot being migrated
      const [from, to = from] = range.split('-').map(Number);
      return slot >= from && slot <= to;
    });
    if (serves) return Number(/:(\d+)@/.exec(address)![1]);
  }
  throw new Error(`no live master serves slot ${slot} (asked ${askPort})`);
}
