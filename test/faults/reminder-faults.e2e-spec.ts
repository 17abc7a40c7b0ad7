import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { loadDemo } from '../support/demo';
import { scratchDatabase } from '../support/scratch-db';
import { createUnit, createUser, unitById } from '../support/factories';
import { spawnApp, stop } from '../support/processes';
import { countReminders, seedDueReminders } from '../support/reminder-seed';
import { waitFor } from '../support/wait';

/**
 * Real worker processes, killed and doubled, against the real servers: every due reminder is
 * delivered exactly once. (BullMQ state, MySQL and the worker are all real; nothing is mocked.)
 */
describe('reminders under faults', () => {
  let dataSource: DataSource;
  let xj: { id: string; path: string };
  let owner: string;
  const N = 5000;
  const env = (prefix: string) => ({
    QUEUE_PREFIX: prefix,
    DATABASE_URL: databaseUrl,
    WORKER_LOCK_MS: '2000',
    WORKER_CONCURRENCY: '50',
    // Late reminders go out at once here, whatever the hour the suite runs at.
    LATE_REMINDERS: 'immediately',
  });

  let databaseUrl: string;

  beforeAll(async () => {
    ({ url: databaseUrl, dataSource } = await scratchDatabase('faults'));
    const demo = await loadDemo(dataSource);
    xj = await unitById(dataSource, demo.unitIds.xj);
    owner = demo.userIds['xj-admin'];
  });
  afterAll(() => dataSource?.destroy());

  async function freshUnitWithDrafter() {
    const unit = await createUnit(dataSource, xj, { kind: 'department', level: 'province' });
    await createUser(dataSource, unit.id, ['drafter']);
    return unit;
  }

  const exactlyOnce = async (unitId: string) => {
    await waitFor(
      'every reminder to be delivered',
      async () => (await countReminders(dataSource, unitId)).log === N,
      {
        timeoutMs: 120_000,
        intervalMs: 500,
      },
    );
    // Give a duplicate every chance to show up before counting.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await countReminders(dataSource, unitId)).toEqual({
      notifications: N,
      distinctDeadlines: N,
      log: N,
    });
  };

  it(`kill -9 the worker while ${N} reminders are due, restart it: each delivered exactly once`, async () => {
    const unit = await freshUnitWithDrafter();
    await seedDueReminders(dataSource, unit.id, owner, N);
    const prefix = `rfkill${Date.now()}`;
    const first = spawnApp('worker', env(prefix));
    await waitFor(
      'the first worker to deliver some',
      async () => (await countReminders(dataSource, unit.id)).log > 200,
      { timeoutMs: 120_000, intervalMs: 100 },
    );
    await stop(first, 'SIGKILL');
    const delivered = (await countReminders(dataSource, unit.id)).log;
    expect(delivered).toBeLessThan(N);
    const second = spawnApp('worker', env(prefix));
    try {
      await exactlyOnce(unit.id);
    } finally {
      await stop(second);
    }
  }, 300_000);

  it(`FLUSH Redis with ${N} reminders scheduled: the reconciler restores them, each delivered once`, async () => {
    const unit = await freshUnitWithDrafter();
    await seedDueReminders(dataSource, unit.id, owner, N);
    const prefix = `rfflush${Date.now()}`;
    // Timers are created by a worker that is stopped before it can run them all, then Redis loses everything.
    const planner = spawnApp('worker', { ...env(prefix), WORKER_CONCURRENCY: '1' });
    await waitFor('timers to be planned', async () => (await countReminders(dataSource, unit.id)).log > 0, {
      timeoutMs: 120_000,
      intervalMs: 100,
    });
    await stop(planner, 'SIGKILL');
    const redis = new IORedis(process.env.REDIS_URL!, { maxRetriesPerRequest: 1 });
    let cursor = '0';
    let deleted = 0;
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) deleted += await redis.del(...keys);
    } while (cursor !== '0');
    await redis.quit();
    expect(deleted).toBeGreaterThan(0);
    const restarted = spawnApp('worker', env(prefix));
    try {
      await exactlyOnce(unit.id);
    } finally {
      await stop(restarted);
    }
  }, 300_000);

  it(`two worker processes at once: ${N} reminders, no duplicates`, async () => {
    const unit = await freshUnitWithDrafter();
    await seedDueReminders(dataSource, unit.id, owner, N);
    const prefix = `rftwo${Date.now()}`;
    const workers = [spawnApp('worker', env(prefix)), spawnApp('worker', env(prefix))];
    try {
      await exactlyOnce(unit.id);
    } finally {
      await Promise.all(workers.map((w) => stop(w)));
    }
  }, 300_000);
});
