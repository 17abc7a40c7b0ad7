import type { Pool } from 'mysql2/promise';
import { newId } from '@app/common';
import { pool } from '../lib/database';
import { productEnv, type BenchTarget } from '../lib/env';
import { loginAll } from '../lib/http';
import type { Machine } from '../lib/machine';
import { cpuMsOf, freePort, startApi, stopProcess, type Running } from '../lib/processes';
import { checksTable, table, type BenchResult, type Check } from '../lib/report';
import { BENCH_PASSWORD, closeDeadlines, createUnitUsers, type Unit } from '../lib/seed';
import { latency, round, type Latency } from '../lib/stats';
import { workingDayAhead } from '../reminders/seed';

/**
 * The region-level view of a cascade (逐级下发): a province issues to its prefectures, each
 * prefecture cascades to its county bureaus, and the province's coordinator opens the board of its
 * own campaign: a row per prefecture, and the roll-up (totals of every target below, by state,
 * light and progress; per prefecture in `children`), not a row per bureau.
 */
export interface RollupOptions {
  prefectures: number;
  bureausPerPrefecture: number;
  requests: number;
}

export const ROLLUP_FULL: RollupOptions = { prefectures: 10, bureausPerPrefecture: 3000, requests: 20 };

export interface RollupFigures {
  prefectures: number;
  /** Targets counted in the roll-up: the prefectures and every bureau below them. */
  rolledUp: number;
  /** The ten cascades issued through POST /campaigns, one after another. */
  cascadesIssuedMs: number;
  /** GET /campaigns/:id/board of the province's campaign, gzip accepted. */
  /** `apiCpuMs`: CPU milliseconds of the API process per request (/proc), steadier than the latency. */
  board: { requests: number; latencyMs: Latency; bytesOnWire: number; apiCpuMs: number };
}

/** A province (division code 65) with `prefectures` prefectures and `perPrefecture` bureaus under each. */
async function rollupTree(
  db: Pool,
  label: string,
  prefectures: number,
  perPrefecture: number,
): Promise<{ province: Unit; prefectures: Unit[] }> {
  const now = new Date();
  const provinceId = newId();
  const province = { id: provinceId, path: `/${provinceId}/`, name: `${label}省` };
  await db.query(
    `INSERT INTO units (id, parent_id, path, depth, name, kind, level, division_code, created_at)
     VALUES (?, NULL, ?, 0, ?, 'government', 'province', '65', ?)`,
    [province.id, province.path, province.name, now],
  );
  const prefs: Unit[] = Array.from({ length: prefectures }, (_, p) => {
    const id = newId();
    return { id, path: `${province.path}${id}/`, name: `${label}地区${String(p + 1).padStart(2, '0')}` };
  });
  await db.query(
    `INSERT INTO units (id, parent_id, path, depth, name, kind, level, created_at) VALUES ${prefs
      .map(() => "(?, ?, ?, 1, ?, 'government', 'prefecture', ?)")
      .join(', ')}`,
    prefs.flatMap((u) => [u.id, province.id, u.path, u.name, now]),
  );
  for (const [p, pref] of prefs.entries()) {
    const bureaus = Array.from({ length: perPrefecture }, (_, i) => {
      const id = newId();
      return [
        id,
        pref.id,
        `${pref.path}${id}/`,
        `${label}县局-${p + 1}-${String(i + 1).padStart(4, '0')}`,
        now,
      ];
    });
    for (let i = 0; i < bureaus.length; i += 1000) {
      const batch = bureaus.slice(i, i + 1000);
      await db.query(
        `INSERT INTO units (id, parent_id, path, depth, name, kind, level, created_at) VALUES ${batch
          .map(() => "(?, ?, ?, 2, ?, 'department', 'county', ?)")
          .join(', ')}`,
        batch.flat(),
      );
    }
  }
  return { province, prefectures: prefs };
}

async function issue(base: string, token: string, body: Record<string, unknown>): Promise<string> {
  const res = await fetch(`${base}/campaigns`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { id: string };
  if (res.status !== 201) throw new Error(`issuing failed: ${res.status} ${JSON.stringify(json)}`);
  return json.id;
}

/** A January mix over the cascaded reports, straight in SQL: still drafting to submitted, some late. */
async function mixStates(db: Pool, campaignIds: string[]): Promise<void> {
  await db.query(
    `UPDATE reports r JOIN campaign_targets t ON t.report_id = r.id
        SET r.state = ELT(1 + CRC32(r.id) % 4, 'drafting', 'dept_review', 'legal_review', 'submitted'),
            r.submitted_at = IF(CRC32(r.id) % 4 = 3, NOW() - INTERVAL CRC32(r.id) % 5 DAY, NULL)
      WHERE t.campaign_id IN (?)`,
    [campaignIds],
  );
}

export async function runRollup(
  target: BenchTarget,
  machine: Machine,
  options: RollupOptions = ROLLUP_FULL,
  log: (line: string) => void = console.log,
): Promise<BenchResult<RollupFigures>> {
  const started = Date.now();
  const db = pool(target.databaseUrl);
  let api: Running | null = null;
  try {
    const total = options.prefectures * options.bureausPerPrefecture;
    log(`rollup: seeding ${options.prefectures} prefectures × ${options.bureausPerPrefecture} bureaus`);
    const label = `汇总压测${Date.now().toString(36)}`;
    const { province, prefectures } = await rollupTree(
      db,
      label,
      options.prefectures,
      options.bureausPerPrefecture,
    );
    const [coordinator] = await createUnitUsers(db, [province], ['coordinator'], 'ruc');
    const prefectureCoordinators = await createUnitUsers(db, prefectures, ['coordinator'], 'rup');
    const port = await freePort();
    api = await startApi(productEnv(target, { API_PORT: String(port) }));
    const base = `http://127.0.0.1:${port}`;
    const [token, ...prefectureTokens] = await loginAll(
      base,
      [coordinator.username, ...prefectureCoordinators.map((c) => c.username)],
      BENCH_PASSWORD,
      2,
    );
    const dueDate = workingDayAhead(10);
    const campaignId = await issue(base, token, {
      reportYear: Number(workingDayAhead(0).slice(0, 4)),
      title: `${label}法治政府建设年度报告报送`,
      body: '请各地区按时报送并组织所辖单位报送法治政府建设年度报告。',
      dueDate,
      targets: { select: { nameContains: `${label}地区` } },
    });
    const cascadeStarted = performance.now();
    const cascades: string[] = [];
    for (const [p, prefecture] of prefectures.entries()) {
      log(`rollup: cascade ${p + 1}/${prefectures.length}`);
      cascades.push(
        await issue(base, prefectureTokens[p], {
          parentId: campaignId,
          issuingUnitId: prefecture.id,
          title: `${prefecture.name}转发${label}法治政府建设年度报告报送`,
          body: '请所辖各单位按时报送。',
          dueDate,
          targets: { select: { nameContains: `${label}县局-${p + 1}-` } },
        }),
      );
    }
    const cascadesIssuedMs = round(performance.now() - cascadeStarted);
    await mixStates(db, cascades);
    const url = `${base}/campaigns/${campaignId}/board`;
    const get = async () => {
      const res = await fetch(url, {
        headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' },
      });
      const body = await res.text();
      if (res.status !== 200) throw new Error(`${url}: ${res.status} ${body.slice(0, 300)}`);
      const board = JSON.parse(body) as { rollup: { targets: number } };
      return {
        rolledUp: board.rollup.targets,
        wire: Number(res.headers.get('content-length') ?? body.length),
      };
    };
    const first = await get();
    await get();
    const samples: number[] = [];
    let wire = first.wire;
    const cpuBefore = cpuMsOf(api.child.pid!);
    for (let i = 0; i < options.requests; i++) {
      const t0 = performance.now();
      wire = (await get()).wire;
      samples.push(performance.now() - t0);
    }
    const board = {
      requests: options.requests,
      latencyMs: latency(samples),
      bytesOnWire: wire,
      apiCpuMs: round((cpuMsOf(api.child.pid!) - cpuBefore) / options.requests),
    };
    log(`rollup: board of ${first.rolledUp} rolled-up targets p95 ${board.latencyMs.p95} ms`);
    const [targets] = (await db.query('SELECT report_id FROM campaign_targets WHERE campaign_id IN (?)', [
      [campaignId, ...cascades],
    ])) as unknown as [Array<{ report_id: string }>];
    await closeDeadlines(
      db,
      targets.map((t) => t.report_id),
    );
    if (first.rolledUp !== total + options.prefectures)
      throw new Error(
        `the roll-up counted ${first.rolledUp} targets, expected ${total + options.prefectures}`,
      );
    const figures: RollupFigures = {
      prefectures: options.prefectures,
      rolledUp: first.rolledUp,
      cascadesIssuedMs,
      board,
    };
    return {
      name: 'rollup',
      machine,
      durationS: round((Date.now() - started) / 1000),
      checks: rollupChecks(figures),
      figures,
    };
  } finally {
    await stopProcess(api);
    await db.end();
  }
}

export function rollupChecks(f: RollupFigures): Check[] {
  return [
    {
      target: `roll-up of ${f.rolledUp.toLocaleString('en')} targets: board p95 ≤ 300 ms, gzip on`,
      measured: `${f.board.latencyMs.p95} ms`,
      met: f.board.latencyMs.p95 <= 300,
    },
  ];
}

export function rollupMarkdown(result: BenchResult<RollupFigures>): string {
  const f = result.figures;
  return [
    `A province's campaign to ${f.prefectures} prefectures, each cascading it (逐级下发) to its county bureaus: ${f.rolledUp.toLocaleString('en')} targets in the roll-up. The province's coordinator reads the board of its campaign (a row per prefecture, the totals of everything below, per prefecture and overall), one request after another, gzip accepted. The ${f.prefectures} cascades took ${f.cascadesIssuedMs} ms to issue, one after another.`,
    '',
    table(
      ['request', 'requests', 'p50 ms', 'p95 ms', 'p99 ms', 'KB on the wire', 'API CPU ms each'],
      [
        [
          'GET /campaigns/:id/board (roll-up)',
          f.board.requests,
          f.board.latencyMs.p50,
          f.board.latencyMs.p95,
          f.board.latencyMs.p99,
          Math.round(f.board.bytesOnWire / 1024),
          f.board.apiCpuMs,
        ],
      ],
    ),
    '',
    checksTable(result.checks),
  ].join('\n');
}
