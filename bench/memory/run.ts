import { createRedisClient } from '@app/queue';
import { pool } from '../lib/database';
import { productEnv, type BenchTarget } from '../lib/env';
import type { Machine } from '../lib/machine';
import { memoryOf, startWorker, stopProcess, type Running } from '../lib/processes';
import { deletePrefix, prefixMemory, usedMemory } from '../lib/redis';
import { checksTable, table, type BenchResult, type Check } from '../lib/report';
import { closeDeadlines, createUnitTree, createUnitUsers } from '../lib/seed';
import { round, sleep } from '../lib/stats';
import { seedDeadlines, workingDayAhead } from '../reminders/seed';

export interface MemoryOptions {
  count: number;
  units: number;
  timeoutMs: number;
}

export const FULL: MemoryOptions = { count: 100_000, units: 100, timeoutMs: 240_000 };

export interface MemoryFigures {
  scheduled: number;
  /** How long the worker's reconciler took to turn the open deadlines into timers. */
  scheduleS: number;
  schedulePerSecond: number;
  workerRssMb: number;
  workerPeakRssMb: number;
  redisKeys: number;
  redisBytes: number;
  redisBytesPerReminder: number;
  /** used_memory grew by this much (the whole server: other users of a shared Redis show up here). */
  usedMemoryDeltaBytes: number;
}

/**
 * 100,000 open deadlines in MySQL; a fresh worker's reconciler writes a reminder timer per reminder
 * (reminder_timers) and one delayed BullMQ job per instant they fall due at (the product's own
 * planning, not the bench's); then the worker's RSS and the Redis memory of the product's keys are
 * read.
 */
export async function runMemory(
  target: BenchTarget,
  machine: Machine,
  options: MemoryOptions = FULL,
  log: (line: string) => void = console.log,
): Promise<BenchResult<MemoryFigures>> {
  const started = Date.now();
  const db = pool(target.databaseUrl);
  const prefix = `${target.prefix}mem`;
  const redis = createRedisClient(target.redis, 'fail-fast');
  let worker: Running | null = null;
  try {
    await deletePrefix(target.redis, prefix);
    log(`memory: seeding ${options.count} open deadlines`);
    const { units } = await createUnitTree(db, '内存压测', options.units);
    const drafters = await createUnitUsers(db, units, ['drafter'], 'mb');
    const seeded = await seedDeadlines(db, units, drafters[0].id, options.count, workingDayAhead(3));
    const before = await usedMemory(redis);
    const t0 = Date.now();
    worker = await startWorker(
      productEnv(target, { QUEUE_PREFIX: prefix, RECONCILE_INTERVAL_MS: '3600000' }),
    );
    // The reconciler records each finished pass in this hash: after the first, every open deadline
    // of the database (this benchmark's and any earlier one's) has its timers.
    const metricsKey = `${prefix}:metrics:reconciler`;
    const until = Date.now() + options.timeoutMs;
    while (Date.now() < until && Number((await redis.hget(metricsKey, 'runs')) ?? 0) < 1) await sleep(250);
    // This run's units' timers (the bench database keeps other runs' units, their deadlines closed).
    const [[{ n }]] = (await db.query(
      `SELECT COUNT(*) AS n FROM reminder_timers t JOIN deadlines d ON d.id = t.deadline_id
         JOIN reports r ON r.id = d.report_id WHERE r.unit_id IN (?)`,
      [units.map((u) => u.id)],
    )) as unknown as [[{ n: number }]];
    const scheduled = Number(n);
    const scheduleS = round((Date.now() - t0) / 1000, 1);
    const rss = memoryOf(worker.child.pid!);
    const keys = await prefixMemory(target.redis, prefix);
    const figures: MemoryFigures = {
      scheduled,
      scheduleS,
      schedulePerSecond: round(scheduled / scheduleS),
      workerRssMb: rss.rssMb,
      workerPeakRssMb: rss.peakRssMb,
      redisKeys: keys.keys,
      redisBytes: keys.bytes,
      redisBytesPerReminder: round(keys.bytes / Math.max(1, scheduled)),
      usedMemoryDeltaBytes: keys.usedMemory - before,
    };
    log(
      `memory: ${scheduled} scheduled in ${scheduleS} s; worker RSS ${rss.rssMb} MB (peak ${rss.peakRssMb}); ` +
        `Redis ${figures.redisBytesPerReminder} B per reminder`,
    );
    await closeDeadlines(
      db,
      seeded.map((d) => d.reportId),
    );
    return {
      name: 'memory',
      machine,
      durationS: round((Date.now() - started) / 1000),
      checks: memoryChecks(figures, options.count),
      figures,
    };
  } finally {
    await stopProcess(worker);
    redis.disconnect();
    await db.end();
    await deletePrefix(target.redis, prefix);
  }
}

export function memoryChecks(f: MemoryFigures, seeded: number): Check[] {
  return [
    {
      target: 'every seeded deadline scheduled',
      measured: `${f.scheduled} timers for ${seeded}`,
      met: f.scheduled >= seeded,
    },
    {
      // Issue #20: at most 200 MB at the peak of the reconciler's pass (it was < 300 MB before).
      target: 'worker peak RSS ≤ 200 MB',
      measured: `${f.workerPeakRssMb} MB peak, ${f.workerRssMb} MB after`,
      met: f.workerPeakRssMb <= 200,
    },
    {
      target: 'Redis < 1 KB per scheduled reminder',
      measured: `${f.redisBytesPerReminder} B`,
      met: f.redisBytesPerReminder < 1024,
    },
  ];
}

export function memoryMarkdown(result: BenchResult<MemoryFigures>): string {
  const f = result.figures;
  return [
    `${f.scheduled.toLocaleString('en')} reminders scheduled by the worker's reconciler from MySQL in ${f.scheduleS} s ` +
      `(${f.schedulePerSecond}/s). Redis bytes are MEMORY USAGE summed over the product's keys; used_memory grew by ` +
      `${Math.round(f.usedMemoryDeltaBytes / 1024 / 1024)} MB on a Redis shared with other work.`,
    '',
    table(
      ['worker RSS MB (peak)', 'Redis keys', 'Redis MB', 'bytes per reminder'],
      [
        [
          `${f.workerRssMb} (${f.workerPeakRssMb})`,
          f.redisKeys,
          round(f.redisBytes / 1024 / 1024, 1),
          f.redisBytesPerReminder,
        ],
      ],
    ),
    '',
    checksTable(result.checks),
  ].join('\n');
}
