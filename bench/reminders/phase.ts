import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pool } from 'mysql2/promise';
import type { RedisTopology } from '@app/config';
import { cpuMsOf, startProcess, stopProcess } from '../lib/processes';
import { latency, round, sleep, type Latency } from '../lib/stats';
import { addProductTimers, addTimedJobs, closeQueue, deadlinesQueue, type TimedJob } from './jobs';

export interface PhaseResult {
  system: 'product' | 'floor';
  pattern: 'spread' | 'burst';
  expected: number;
  delivered: number;
  lost: number;
  duplicates: number;
  latenessMs: Latency;
  /** Delivered reminders per second, from the first due time to the last delivery. */
  perSecond: number;
  /** Reminders per second the bench wrote (the product: timer rows and their instants' jobs; the floor: jobs). */
  addedPerSecond: number;
  /** True when adding the jobs finished after the first was due (lateness then includes the bench's own delay). */
  addOverran: boolean;
  /** CPU ms the worker process (product or floor) used per delivered reminder. */
  cpuMsPerReminder?: number;
}

function summarise(
  system: PhaseResult['system'],
  pattern: PhaseResult['pattern'],
  jobs: TimedJob[],
  deliveries: Array<{ key: number; at: number }>,
  addMs: { started: number; done: number },
): PhaseResult {
  const latenessSamples: number[] = [];
  const seen = new Set<number>();
  let duplicates = 0;
  let last = 0;
  for (const d of deliveries) {
    if (seen.has(d.key)) {
      duplicates++;
      continue;
    }
    seen.add(d.key);
    latenessSamples.push(d.at - jobs[d.key].dueAt);
    last = Math.max(last, d.at);
  }
  const firstDue = Math.min(...jobs.slice(0, 1000).map((j) => j.dueAt));
  return {
    system,
    pattern,
    expected: jobs.length,
    delivered: seen.size,
    lost: jobs.length - seen.size,
    duplicates,
    latenessMs: latency(latenessSamples),
    perSecond: last > firstDue ? round(seen.size / ((last - firstDue) / 1000)) : 0,
    addedPerSecond: round(jobs.length / ((addMs.done - addMs.started) / 1000)),
    addOverran: addMs.done > firstDue,
  };
}

/**
 * The product: the bench writes the reminder timers and their instants' jobs as the scheduler
 * would, the running worker sends them, and the inbox rows say when each arrived
 * (notifications.created_at) and whether any came twice.
 */
export async function productPhase(opts: {
  db: Pool;
  redis: RedisTopology;
  prefix: string;
  pattern: PhaseResult['pattern'];
  jobs: TimedJob[];
  /** The report of each job, in job order: an inbox row names its report. */
  reportIds: string[];
  recipientIds: string[];
  timeoutMs: number;
  /** The worker processes whose CPU time is charged to the reminders. */
  workerPids?: number[];
}): Promise<PhaseResult> {
  const keyOf = new Map(opts.reportIds.map((id, i) => [id, i]));
  const cpu = () => (opts.workerPids ?? []).reduce((sum, pid) => sum + cpuMsOf(pid), 0);
  const cpuBefore = cpu();
  const [[{ maxId }]] = (await opts.db.query(
    'SELECT COALESCE(MAX(id), 0) AS maxId FROM notifications',
  )) as unknown as [[{ maxId: number }]];
  const queue = deadlinesQueue(opts.redis, opts.prefix);
  const started = Date.now();
  const done = await addProductTimers(opts.db, queue, opts.jobs);
  await closeQueue(queue);
  const count = async () => {
    const [[{ n }]] = (await opts.db.query(
      'SELECT COUNT(*) AS n FROM notifications WHERE id > ? AND user_id IN (?)',
      [maxId, opts.recipientIds],
    )) as unknown as [[{ n: number }]];
    return Number(n);
  };
  const until = Date.now() + opts.timeoutMs;
  while (Date.now() < until && (await count()) < opts.jobs.length) await sleep(1000);
  // A duplicate would come late, from a retry: give it time to show up before counting.
  await sleep(2000);
  const [rows] = (await opts.db.query(
    'SELECT report_id, created_at FROM notifications WHERE id > ? AND user_id IN (?)',
    [maxId, opts.recipientIds],
  )) as unknown as [Array<{ report_id: string; created_at: Date }>];
  const cpuMs = cpu() - cpuBefore;
  const deliveries = rows
    .filter((r) => keyOf.has(r.report_id))
    .map((r) => ({ key: keyOf.get(r.report_id)!, at: new Date(r.created_at).getTime() }));
  const result = summarise('product', opts.pattern, opts.jobs, deliveries, { started, done });
  return opts.workerPids
    ? { ...result, cpuMsPerReminder: round(cpuMs / Math.max(1, result.delivered), 3) }
    : result;
}

/** The floor: the same jobs, same timing, to a bare BullMQ worker process that only notes the time. */
export async function floorPhase(opts: {
  redis: RedisTopology;
  /** The same Redis as settings, for the floor worker's process. */
  redisEnv: Record<string, string>;
  prefix: string;
  pattern: PhaseResult['pattern'];
  jobs: TimedJob[];
  concurrency: number;
  timeoutMs: number;
}): Promise<PhaseResult> {
  const out = join(tmpdir(), `rf-floor-${process.pid}-${Date.now()}.json`);
  const floor = await startProcess(
    'dist/bench/reminders/floor-worker.js',
    {
      ...opts.redisEnv,
      FLOOR_PREFIX: opts.prefix,
      FLOOR_EXPECTED: String(opts.jobs.length),
      FLOOR_CONCURRENCY: String(opts.concurrency),
      FLOOR_OUT: out,
    },
    /floor worker ready/,
  );
  try {
    const keyOf = new Map(opts.jobs.map((j, i) => [j.jobId, i]));
    const queue = deadlinesQueue(opts.redis, opts.prefix);
    const started = Date.now();
    const done = await addTimedJobs(queue, opts.jobs);
    await closeQueue(queue);
    const cpuBefore = cpuMsOf(floor.child.pid!);
    let cpuMs = 0;
    const exited = new Promise<void>((resolve) => floor.child.once('exit', () => resolve()));
    // The floor exits by itself once it has seen every job; read its CPU time just before.
    const watch = setInterval(() => {
      try {
        cpuMs = cpuMsOf(floor.child.pid!) - cpuBefore;
      } catch {
        // The process is gone: keep the last reading.
      }
    }, 200);
    await Promise.race([exited, sleep(opts.timeoutMs)]);
    clearInterval(watch);
    await stopProcess(floor);
    const seen = JSON.parse(readFileSync(out, 'utf8')) as Array<[string, number]>;
    const deliveries = seen.filter(([id]) => keyOf.has(id)).map(([id, at]) => ({ key: keyOf.get(id)!, at }));
    const result = summarise('floor', opts.pattern, opts.jobs, deliveries, { started, done });
    return { ...result, cpuMsPerReminder: round(cpuMs / Math.max(1, result.delivered), 3) };
  } finally {
    await stopProcess(floor);
    rmSync(out, { force: true });
  }
}
