import { pool } from '../lib/database';
import { productEnv, type BenchTarget } from '../lib/env';
import { loginAll } from '../lib/http';
import type { Machine } from '../lib/machine';
import { cpuMsOf, freePort, startApi, stopProcess, type Running } from '../lib/processes';
import { deletePrefix } from '../lib/redis';
import { checksTable, table, type BenchResult, type Check } from '../lib/report';
import {
  BENCH_PASSWORD,
  closeDeadlines,
  createDraftReports,
  createUnitTree,
  createUnitUsers,
  relaxDutySeparation,
  GENESIS_HASH,
} from '../lib/seed';
import { round } from '../lib/stats';
import { apiLoad } from './api-load';
import { CYCLE_ROLES, IdleReports, type LiveReport } from './cycle';
import { floorLoad, type FloorReport } from './floor';
import { ledger } from './verify';
import type { LoadResult } from './load-result';

export interface TransitionsOptions {
  units: number;
  /** Reports per unit for the API, and as many again for the floor. */
  reportsPerUnit: number;
  levels: number[];
  durationS: number;
  warmupS: number;
  /** Extra settings for the API process (e.g. DATABASE_POOL_SIZE). */
  apiEnv?: Record<string, string>;
}

export const FULL: TransitionsOptions = {
  units: 200,
  reportsPerUnit: 50,
  levels: [16, 64, 256],
  durationS: 10,
  warmupS: 3,
};

export interface TransitionsFigures {
  units: number;
  reports: number;
  levels: Array<{ clients: number; api: LoadResult; floor: LoadResult; ratio: number }>;
  /** Audit events the API wrote; at least the 200 answers (more by the requests cut off when a run stopped). */
  auditEvents: number;
  /** Reports whose events, chain head and version disagree: an event lost or doubled. */
  inconsistentReports: number;
  okAnswers: number;
}

/**
 * Transitions through the real API against the mysql2 floor, interleaved per concurrency level
 * (floor, then API) so that both see the same moment's noise on a shared machine.
 */
export async function runTransitions(
  target: BenchTarget,
  machine: Machine,
  options: TransitionsOptions = FULL,
  log: (line: string) => void = console.log,
): Promise<BenchResult<TransitionsFigures>> {
  const started = Date.now();
  const db = pool(target.databaseUrl);
  let api: Running | null = null;
  try {
    log(`transitions: seeding ${options.units} units, ${2 * options.units * options.reportsPerUnit} reports`);
    const { units } = await createUnitTree(db, '转换压测', options.units);
    const users = await createUnitUsers(db, units, CYCLE_ROLES, 'tb');
    await relaxDutySeparation(db, units);
    const apiSet = await createDraftReports(db, units, options.reportsPerUnit, users[0].id);
    const floorSet = await createDraftReports(db, units, options.reportsPerUnit, users[0].id);
    const live: LiveReport[] = apiSet.map((r) => ({ ...r, state: 'drafting', version: 2 }));
    const floor: FloorReport[] = floorSet.map((r) => ({
      ...r,
      state: 'drafting',
      version: 2,
      unitId: units[r.unitIndex].id,
      actorId: users[r.unitIndex].id,
      seq: 0,
      lastHash: GENESIS_HASH,
    }));

    const port = await freePort();
    api = await startApi(productEnv(target, { API_PORT: String(port), ...(options.apiEnv ?? {}) }));
    const baseUrl = `http://127.0.0.1:${port}`;
    log(`transitions: logging ${users.length} users in through the API`);
    const tokens = await loginAll(
      baseUrl,
      users.map((u) => u.username),
      BENCH_PASSWORD,
    );
    let okAnswers = 0;
    const idle = new IdleReports(live.length);
    if (options.warmupS > 0) {
      const warm = await apiLoad({
        baseUrl,
        clients: 16,
        durationS: options.warmupS,
        reports: live,
        idle,
        tokens,
      });
      okAnswers += warm.ok;
    }
    const levels: TransitionsFigures['levels'] = [];
    for (const clients of options.levels) {
      const f = await floorLoad({
        databaseUrl: target.databaseUrl,
        clients,
        durationS: options.durationS,
        reports: floor,
      });
      const cpuBefore = cpuMsOf(api.child.pid!);
      const a = await apiLoad({
        baseUrl,
        clients,
        durationS: options.durationS,
        reports: live,
        idle,
        tokens,
      });
      // CPU the API process spent per transition: steadier than time on a shared machine.
      a.cpuMsPerOp = round((cpuMsOf(api.child.pid!) - cpuBefore) / Math.max(1, a.ok), 2);
      okAnswers += a.ok;
      levels.push({ clients, api: a, floor: f, ratio: round(a.perSecond / f.perSecond, 2) });
      log(
        `transitions: ${clients} clients: API ${a.perSecond}/s p99 ${a.latencyMs.p99} ms (${a.errors} errors); ` +
          `floor ${f.perSecond}/s p99 ${f.latencyMs.p99} ms; ratio ${round(a.perSecond / f.perSecond, 2)}`,
      );
    }
    const books = await ledger(
      db,
      live.map((r) => r.id),
    );
    await closeDeadlines(
      db,
      live.map((r) => r.id),
    );
    const figures: TransitionsFigures = {
      units: options.units,
      reports: live.length,
      levels,
      auditEvents: books.events,
      inconsistentReports: books.inconsistent,
      okAnswers,
    };
    return {
      name: 'transitions',
      machine,
      durationS: round((Date.now() - started) / 1000),
      checks: transitionChecks(figures),
      figures,
    };
  } finally {
    await stopProcess(api);
    await db.end();
    await deletePrefix(target.redis, target.prefix);
  }
}

export function transitionChecks(f: TransitionsFigures): Check[] {
  const at64 = f.levels.find((l) => l.clients === 64);
  const checks: Check[] = [
    {
      target: 'each transition is one audit event (none lost, none doubled)',
      measured: `${f.auditEvents} events for ${f.okAnswers} answers; ${f.inconsistentReports} reports inconsistent`,
      met: f.inconsistentReports === 0 && f.auditEvents >= f.okAnswers,
    },
  ];
  if (at64) {
    checks.push(
      {
        target: '≥ 1,000 transitions/s at 64 clients',
        measured: `${at64.api.perSecond}/s`,
        met: at64.api.perSecond >= 1000,
      },
      {
        target: 'p99 < 100 ms at 64 clients',
        measured: `${at64.api.latencyMs.p99} ms`,
        met: at64.api.latencyMs.p99 < 100,
      },
      {
        target: '≥ 60% of the floor at 64 clients',
        measured: `${Math.round(at64.ratio * 100)}%`,
        met: at64.ratio >= 0.6,
      },
    );
  }
  checks.push({
    target: 'no errors',
    measured: `${f.levels.reduce((s, l) => s + l.api.errors, 0)}`,
    met: f.levels.every((l) => l.api.errors === 0),
  });
  return checks;
}

export function transitionsMarkdown(result: BenchResult<TransitionsFigures>): string {
  const f = result.figures;
  const rows = f.levels.map((l) => [
    l.clients,
    l.api.perSecond,
    `${l.api.latencyMs.p50} / ${l.api.latencyMs.p95} / ${l.api.latencyMs.p99}`,
    l.api.errors,
    l.floor.perSecond,
    `${l.floor.latencyMs.p50} / ${l.floor.latencyMs.p95} / ${l.floor.latencyMs.p99}`,
    `${Math.round(l.ratio * 100)}%`,
    `${l.api.cpuMsPerOp ?? ''} / ${l.floor.cpuMsPerOp ?? ''}`,
  ]);
  return [
    `${f.reports.toLocaleString('en')} reports in ${f.units} units (as many again for the floor); ` +
      `${f.levels[0]?.api.durationS ?? 0} s per run.`,
    '',
    table(
      [
        'clients',
        'API transitions/s',
        'API p50 / p95 / p99 ms',
        'API errors',
        'floor transitions/s',
        'floor p50 / p95 / p99 ms',
        'API / floor',
        'CPU ms per transition: API / floor client',
      ],
      rows,
    ),
    '',
    checksTable(result.checks),
  ].join('\n');
}
