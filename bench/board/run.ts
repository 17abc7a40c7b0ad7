import { randomBytes } from 'node:crypto';
import { createRedisClient, tableEpochKeyPrefix } from '@app/queue';
import { pool } from '../lib/database';
import { productEnv, type BenchTarget } from '../lib/env';
import { loginAll } from '../lib/http';
import type { Machine } from '../lib/machine';
import { cpuMsOf, freePort, startApi, stopProcess, type Running } from '../lib/processes';
import { checksTable, table, type BenchResult, type Check } from '../lib/report';
import { BENCH_PASSWORD, closeDeadlines, createUnitUsers } from '../lib/seed';
import { latency, round, type Latency } from '../lib/stats';
import { workingDayAhead } from '../reminders/seed';
import { boardTree, historyFor } from './seed';

export interface BoardOptions {
  units: number;
  eventsPerReport: number;
  boardRequests: number;
  csvRequests: number;
}

export const FULL: BoardOptions = { units: 3000, eventsPerReport: 10, boardRequests: 40, csvRequests: 20 };

export interface Timed {
  requests: number;
  latencyMs: Latency;
  bytes: number;
  /**
   * CPU milliseconds the API process spent per request (from /proc): unlike the latency, it hardly
   * moves with what else the shared machine runs.
   */
  apiCpuMs: number;
}

export interface BoardFigures {
  units: number;
  auditEvents: number;
  /** POST /campaigns naming every unit: the campaign, a report, a target and a message for each. */
  issueMs: number;
  /** CPU milliseconds the API process spent while the issue request ran. */
  issueApiCpuMs: number;
  board: Timed;
  /**
   * The full board read right after a write it shows (a unit renamed between reads): every one is a
   * miss of the board cache, built as before it plus two fingerprints. `board` reads an unchanged
   * board, so with the cache on all but the first of its warm-ups are verified hits.
   */
  boardMiss?: Timed;
  /**
   * The same board asked with If-None-Match (the console's browser revalidating): nothing changed,
   * so 304 with no body. The board is still computed each time (the ETag hashes it).
   */
  boardConditional: Timed;
  /** The same board, first 100 rows only (`?limit=100`): every row is still computed, not all sent. */
  boardPage: Timed;
  csv: Timed;
}

/**
 * GETs `path` `n` times one after the other (after two unmeasured warm-ups), as a coordinator's
 * browser would. `conditional`: each request sends If-None-Match with the ETag of the warm-up's
 * answer, as a browser revalidating its cached board does, and must be answered 304.
 */
export async function timed(
  url: string,
  token: string,
  n: number,
  cpuMs: () => number,
  conditional = false,
): Promise<Timed> {
  let etag: string | null = null;
  const get = async (ifNoneMatch: string | null) => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    // fetch() adds `Cache-Control: no-cache` to a request with its own If-None-Match unless one is
    // set, and Express never answers 304 to no-cache; a browser revalidating its cache sends max-age=0.
    if (ifNoneMatch) Object.assign(headers, { 'if-none-match': ifNoneMatch, 'cache-control': 'max-age=0' });
    const res = await fetch(url, { headers });
    const body = Buffer.from(await res.arrayBuffer());
    const expected = ifNoneMatch ? 304 : 200;
    if (res.status !== expected) throw new Error(`${url}: ${res.status} ${body.toString().slice(0, 300)}`);
    etag = res.headers.get('etag');
    return body.length;
  };
  await get(null);
  await get(null);
  const samples: number[] = [];
  let bytes = 0;
  const cpuBefore = cpuMs();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    bytes = await get(conditional ? etag : null);
    samples.push(performance.now() - t0);
  }
  return { requests: n, latencyMs: latency(samples), bytes, apiCpuMs: round((cpuMs() - cpuBefore) / n) };
}

/** Board reads each right after a write (not timed): `write` runs before each of `n` reads. */
export async function timedAfterWrites(
  url: string,
  token: string,
  n: number,
  cpuMs: () => number,
  write: () => Promise<unknown>,
): Promise<Timed> {
  const samples: number[] = [];
  let bytes = 0;
  let cpu = 0;
  for (let i = 0; i < n; i++) {
    await write();
    const cpuBefore = cpuMs();
    const t0 = performance.now();
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    const body = Buffer.from(await res.arrayBuffer());
    samples.push(performance.now() - t0);
    cpu += cpuMs() - cpuBefore;
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${body.toString().slice(0, 300)}`);
    bytes = body.length;
  }
  return { requests: n, latencyMs: latency(samples), bytes, apiCpuMs: round(cpu / n) };
}

/** Reads after a write, for the cost of a board cache miss. */
const MISSES = 10;

/** The tracking board and its CSV export for a campaign of `units` targets, through the real API. */
export async function runBoard(
  target: BenchTarget,
  machine: Machine,
  options: BoardOptions = FULL,
  log: (line: string) => void = console.log,
): Promise<BenchResult<BoardFigures>> {
  const started = Date.now();
  const db = pool(target.databaseUrl);
  const signals = createRedisClient(target.redis, 'fail-fast', tableEpochKeyPrefix(target.prefix));
  let api: Running | null = null;
  try {
    log(`board: seeding ${options.units} units`);
    const label = `看板压测${Date.now().toString(36)}`;
    const { prefecture, units } = await boardTree(db, label, options.units);
    // Every bureau has people holding its roles (the board names them: 办理人).
    await createUnitUsers(db, units, ['drafter', 'dept_reviewer'], 'bb');
    const [coordinator] = await createUnitUsers(db, [prefecture], ['coordinator'], 'bbc');
    const port = await freePort();
    // BENCH_BOARD_CACHE_BYTES=0 measures every read built, as before the board cache (round 14).
    const cacheBytes = process.env.BENCH_BOARD_CACHE_BYTES;
    // BENCH_BOARD_FINGERPRINT_TRUST_MS=0 reads the fingerprint on every request, as before round 16.
    const trustMs = process.env.BENCH_BOARD_FINGERPRINT_TRUST_MS;
    api = await startApi(
      productEnv(target, {
        API_PORT: String(port),
        ...(cacheBytes ? { BOARD_CACHE_BYTES: cacheBytes } : {}),
        ...(trustMs ? { BOARD_FINGERPRINT_TRUST_MS: trustMs } : {}),
      }),
    );
    const base = `http://127.0.0.1:${port}`;
    const [token] = await loginAll(base, [coordinator.username], BENCH_PASSWORD, 1);
    const apiCpu = () => cpuMsOf(api!.child.pid!);
    const issueCpu = apiCpu();
    const issueStarted = performance.now();
    const issued = await fetch(`${base}/campaigns`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        reportYear: Number(workingDayAhead(0).slice(0, 4)),
        title: `${label}法治政府建设年度报告报送`,
        body: '请各单位按时报送法治政府建设年度报告。',
        dueDate: workingDayAhead(10),
        targets: { select: { nameContains: `${label}局` } },
      }),
    });
    const campaign = (await issued.json()) as { id: string; targetCount: number };
    const issueMs = round(performance.now() - issueStarted);
    const issueApiCpuMs = apiCpu() - issueCpu;
    if (issued.status !== 201) throw new Error(`issuing the campaign failed: ${JSON.stringify(campaign)}`);
    log(
      `board: campaign with ${campaign.targetCount} targets issued in ${issueMs} ms; writing ${options.eventsPerReport} events each`,
    );
    const reports = await historyFor(db, campaign.id, coordinator.id, prefecture.id, options.eventsPerReport);
    const boardMiss = await timedAfterWrites(
      `${base}/campaigns/${campaign.id}/board`,
      token,
      MISSES,
      apiCpu,
      // A unit's name toggled between reads: the fingerprint moves, so each read builds the board.
      // Written here by SQL, so the change signal a write through ReportFlow sends is sent by hand
      // (without it the board would trust its fingerprint for BOARD_FINGERPRINT_TRUST_MS).
      async () => {
        await db.query(
          "UPDATE units SET name = IF(name LIKE '%·', LEFT(name, CHAR_LENGTH(name) - 1), CONCAT(name, '·')) WHERE id = ?",
          [units[0].id],
        );
        await signals.set('units', randomBytes(9).toString('base64url'));
      },
    );
    const board = await timed(`${base}/campaigns/${campaign.id}/board`, token, options.boardRequests, apiCpu);
    const boardConditional = await timed(
      `${base}/campaigns/${campaign.id}/board`,
      token,
      options.boardRequests,
      apiCpu,
      true,
    );
    const boardPage = await timed(
      `${base}/campaigns/${campaign.id}/board?limit=100`,
      token,
      options.boardRequests,
      apiCpu,
    );
    const csv = await timed(`${base}/campaigns/${campaign.id}/board.csv`, token, options.csvRequests, apiCpu);
    log(
      `board: board p95 ${board.latencyMs.p95} ms (${board.bytes} bytes), 304 p95 ${boardConditional.latencyMs.p95} ms; csv p95 ${csv.latencyMs.p95} ms`,
    );
    // The campaign's deadlines would otherwise get timers in the memory benchmark that follows.
    const [targets] = (await db.query('SELECT report_id FROM campaign_targets WHERE campaign_id = ?', [
      campaign.id,
    ])) as unknown as [Array<{ report_id: string }>];
    await closeDeadlines(
      db,
      targets.map((t) => t.report_id),
    );
    const figures: BoardFigures = {
      units: reports,
      auditEvents: reports * options.eventsPerReport,
      issueMs,
      issueApiCpuMs,
      board,
      boardMiss,
      boardConditional,
      boardPage,
      csv,
    };
    return {
      name: 'board',
      machine,
      durationS: round((Date.now() - started) / 1000),
      checks: boardChecks(figures),
      figures,
    };
  } finally {
    await stopProcess(api);
    await db.end();
    signals.disconnect();
  }
}

export function boardChecks(f: BoardFigures): Check[] {
  return [
    {
      target: `issuing a campaign to ${f.units.toLocaleString('en')} units ≤ 2 s`,
      measured: `${f.issueMs} ms`,
      met: f.issueMs <= 2000,
    },
    { target: 'board p95 < 50 ms', measured: `${f.board.latencyMs.p95} ms`, met: f.board.latencyMs.p95 < 50 },
    {
      target: 'board p95 < 50 ms, If-None-Match unchanged (304)',
      measured: `${f.boardConditional.latencyMs.p95} ms`,
      met: f.boardConditional.latencyMs.p95 < 50,
    },
    {
      target: 'CSV export p95 < 500 ms',
      measured: `${f.csv.latencyMs.p95} ms`,
      met: f.csv.latencyMs.p95 < 500,
    },
  ];
}

export function boardMarkdown(result: BenchResult<BoardFigures>): string {
  const f = result.figures;
  const row = (name: string, t: Timed) => [
    name,
    t.requests,
    t.latencyMs.p50,
    t.latencyMs.p95,
    t.latencyMs.p99,
    Math.round(t.bytes / 1024),
    t.apiCpuMs,
  ];
  return [
    `A campaign of ${f.units.toLocaleString('en')} units, ${f.auditEvents.toLocaleString('en')} audit events; one coordinator's requests one after another. Issuing it (POST /campaigns: a report, a target, deadlines, a job and a message for each unit, in one transaction) took ${f.issueMs} ms (${f.issueApiCpuMs} ms of API CPU).`,
    '',
    table(
      ['request', 'requests', 'p50 ms', 'p95 ms', 'p99 ms', 'KB', 'API CPU ms each'],
      [
        row('GET /campaigns/:id/board', f.board),
        ...(f.boardMiss ? [row('GET /campaigns/:id/board after a write (a cache miss)', f.boardMiss)] : []),
        row('GET /campaigns/:id/board, If-None-Match: 304', f.boardConditional),
        row('GET /campaigns/:id/board?limit=100', f.boardPage),
        row('GET /campaigns/:id/board.csv', f.csv),
      ],
    ),
    '',
    checksTable(result.checks),
  ].join('\n');
}
