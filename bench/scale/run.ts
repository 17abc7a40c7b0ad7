import { Queue } from 'bullmq';
import { bullMqConnection, QUEUES } from '@app/queue';
import { pool } from '../lib/database';
import { productEnv, type BenchTarget } from '../lib/env';
import { loginAll } from '../lib/http';
import type { Machine } from '../lib/machine';
import { freePort, startApi, startWorker, stopProcess, type Running } from '../lib/processes';
import { deletePrefix, waitForReconciler } from '../lib/redis';
import { checksTable, table, type BenchResult, type Check } from '../lib/report';
import {
  BENCH_PASSWORD,
  closeDeadlines,
  createDraftReports,
  createUnitTree,
  createUnitUsers,
  relaxDutySeparation,
} from '../lib/seed';
import { round, sleep } from '../lib/stats';
import { reminderJobs } from '../reminders/jobs';
import { productPhase, type PhaseResult } from '../reminders/phase';
import { seedDeadlines, workingDayBefore } from '../reminders/seed';
import { apiLoad } from '../transitions/api-load';
import { CYCLE_ROLES, IdleReports, type LiveReport } from '../transitions/cycle';
import type { LoadResult } from '../transitions/load-result';
import { ledger } from '../transitions/verify';

export interface ScaleOptions {
  units: number;
  reportsPerUnit: number;
  clients: number;
  durationS: number;
  reminders: number;
}

export const FULL: ScaleOptions = {
  units: 100,
  reportsPerUnit: 40,
  clients: 64,
  durationS: 10,
  reminders: 20_000,
};

export interface ScaleFigures {
  oneApi: LoadResult;
  twoApis: LoadResult;
  /** Jobs the two workers ran for those transitions (transition-notify, deadlines-changed), and how fast. */
  transitionJobs: number;
  jobsDrainedS: number;
  auditEvents: number;
  inconsistentReports: number;
  okAnswers: number;
  reminders: PhaseResult;
}

/** Sums two concurrent load runs into one figure (throughput adds, latency is the worse of the two). */
function combine(a: LoadResult, b: LoadResult): LoadResult {
  const worse = (x: number, y: number) => Math.max(x, y);
  return {
    clients: a.clients + b.clients,
    durationS: worse(a.durationS, b.durationS),
    ok: a.ok + b.ok,
    errors: a.errors + b.errors,
    perSecond: a.perSecond + b.perSecond,
    latencyMs: {
      p50: worse(a.latencyMs.p50, b.latencyMs.p50),
      p95: worse(a.latencyMs.p95, b.latencyMs.p95),
      p99: worse(a.latencyMs.p99, b.latencyMs.p99),
      max: worse(a.latencyMs.max, b.latencyMs.max),
    },
  };
}

/**
 * Two API processes and two worker processes on one MySQL and one Redis: transitions through one
 * API, then through both at the same total concurrency; the workers run every job those produce;
 * then a burst of reminders to the two workers at once. Nothing may be lost or doubled.
 */
export async function runScale(
  target: BenchTarget,
  machine: Machine,
  options: ScaleOptions = FULL,
  log: (line: string) => void = console.log,
): Promise<BenchResult<ScaleFigures>> {
  const started = Date.now();
  const db = pool(target.databaseUrl);
  const prefix = `${target.prefix}scale`;
  const scaled = { ...target, prefix };
  const processes: Running[] = [];
  try {
    log(`scale: seeding ${options.units * options.reportsPerUnit} reports, ${options.reminders} deadlines`);
    const { units } = await createUnitTree(db, '扩展压测', options.units);
    const users = await createUnitUsers(db, units, CYCLE_ROLES, 'sb');
    await relaxDutySeparation(db, units);
    const seeded = await createDraftReports(db, units, options.reportsPerUnit, users[0].id);
    const live: LiveReport[] = seeded.map((r) => ({ ...r, state: 'drafting', version: 2 }));
    const ports = [await freePort(), await freePort()];
    // Started side by side (each boots on its own); whatever started is stopped in `finally`.
    const booted = await Promise.allSettled([
      ...ports.map((port) => startApi(productEnv(scaled, { API_PORT: String(port) }))),
      ...[0, 1].map(() => startWorker(productEnv(scaled, { RECONCILE_INTERVAL_MS: '3600000' }))),
    ]);
    for (const s of booted) if (s.status === 'fulfilled') processes.push(s.value);
    const failed = booted.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    await waitForReconciler(target.redis, prefix, 2);
    const bases = ports.map((p) => `http://127.0.0.1:${p}`);
    const tokens = await loginAll(
      bases[0],
      users.map((u) => u.username),
      BENCH_PASSWORD,
    );
    const idle = new IdleReports(live.length);
    const load = (baseUrl: string, clients: number) =>
      apiLoad({ baseUrl, clients, durationS: options.durationS, reports: live, idle, tokens });
    const warm = await load(bases[0], 16);
    const oneApi = await load(bases[0], options.clients);
    const [a, b] = await Promise.all(bases.map((base) => load(base, options.clients / 2)));
    const twoApis = combine(a, b);
    log(`scale: one API ${oneApi.perSecond}/s, two APIs ${twoApis.perSecond}/s`);

    // The workers finish what the transitions produced.
    const queues = [QUEUES.notifications, QUEUES.deadlines].map(
      (name) => new Queue(name, { connection: bullMqConnection(target.redis), prefix }),
    );
    const t0 = Date.now();
    const pending = async () => {
      const [[{ n }]] = (await db.query(
        'SELECT COUNT(*) AS n FROM outbox WHERE relayed_at IS NULL',
      )) as unknown as [[{ n: number }]];
      const counts = await Promise.all(queues.map((q) => q.getJobCounts('waiting', 'active', 'prioritized')));
      return Number(n) + counts.reduce((s, c) => s + Object.values(c).reduce((x, y) => x + y, 0), 0);
    };
    while (Date.now() - t0 < 120_000 && (await pending()) > 0) await sleep(250);
    const jobsDrainedS = round((Date.now() - t0) / 1000, 1);
    const transitionJobs = (await Promise.all(queues.map((q) => q.getCompletedCount()))).reduce(
      (s, n) => s + n,
      0,
    );
    await Promise.all(queues.map(async (q) => (await q.close(), await q.disconnect())));
    const books = await ledger(
      db,
      live.map((r) => r.id),
    );

    // A burst of reminders shared by the two workers.
    const drafters = users.map((u) => u.id);
    const deadlines = await seedDeadlines(db, units, users[0].id, options.reminders, workingDayBefore(3));
    const dueAt = Date.now() + 3000 + Math.ceil(options.reminders / 5);
    const reminders = await productPhase({
      db,
      redis: target.redis,
      prefix,
      pattern: 'burst',
      jobs: reminderJobs(deadlines, 1, () => dueAt),
      reportIds: deadlines.map((d) => d.reportId),
      recipientIds: drafters,
      timeoutMs: 180_000,
    });
    log(
      `scale: two workers, ${reminders.delivered}/${reminders.expected} reminders, ${reminders.duplicates} duplicates`,
    );
    await closeDeadlines(db, [...live.map((r) => r.id), ...deadlines.map((d) => d.reportId)]);
    const figures: ScaleFigures = {
      oneApi,
      twoApis,
      transitionJobs,
      jobsDrainedS,
      auditEvents: books.events,
      inconsistentReports: books.inconsistent,
      okAnswers: 0,
      reminders,
    };
    figures.okAnswers = warm.ok + oneApi.ok + twoApis.ok;
    return {
      name: 'scale',
      machine,
      durationS: round((Date.now() - started) / 1000),
      checks: scaleChecks(figures),
      figures,
    };
  } finally {
    for (const p of processes.reverse()) await stopProcess(p);
    await db.end();
    await deletePrefix(target.redis, prefix);
  }
}

export function scaleChecks(f: ScaleFigures): Check[] {
  return [
    { target: 'no errors through two APIs', measured: `${f.twoApis.errors}`, met: f.twoApis.errors === 0 },
    {
      target: 'each transition is one audit event (none lost, none doubled)',
      measured: `${f.auditEvents} events for ${f.okAnswers} answers; ${f.inconsistentReports} reports inconsistent`,
      met: f.inconsistentReports === 0 && f.auditEvents >= f.okAnswers,
    },
    {
      target: 'two workers: 0 reminders lost, 0 duplicates',
      measured: `${f.reminders.lost} lost, ${f.reminders.duplicates} duplicates`,
      met: f.reminders.lost === 0 && f.reminders.duplicates === 0,
    },
  ];
}

export function scaleMarkdown(result: BenchResult<ScaleFigures>): string {
  const f = result.figures;
  const row = (name: string, l: LoadResult) => [
    name,
    l.clients,
    l.perSecond,
    `${l.latencyMs.p50} / ${l.latencyMs.p95} / ${l.latencyMs.p99}`,
    l.errors,
  ];
  return [
    'Two API and two worker processes on the same MariaDB and Redis.',
    '',
    table(
      ['transitions through', 'clients', 'transitions/s', 'p50 / p95 / p99 ms', 'errors'],
      [row('one API', f.oneApi), row('two APIs', f.twoApis)],
    ),
    '',
    `The two workers ran the ${f.transitionJobs} jobs those transitions produced (inbox fan-out, deadline re-planning); ` +
      `the backlog was empty ${f.jobsDrainedS} s after the load stopped. ` +
      `A burst of ${f.reminders.expected.toLocaleString('en')} reminders to both workers: ${f.reminders.delivered} delivered ` +
      `at ${f.reminders.perSecond}/s, ${f.reminders.lost} lost, ${f.reminders.duplicates} duplicates.`,
    '',
    checksTable(result.checks),
  ].join('\n');
}
