import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import type { Role } from '@app/workflow';
import { loadDemo, tokenFor } from '../support/demo';
import {
  createUnit,
  createUser,
  FACTORY_PASSWORD,
  relaxDutySeparation,
  uniqueName,
  unitById,
} from '../support/factories';
import { waitFor } from '../support/wait';

const ROOT = resolve(__dirname, '../..');

type Http = Parameters<typeof tokenFor>[0];

/** The one error shape of every 4xx/5xx: { statusCode, error, message, details?, requestId }. */
export function errorShapeProblem(status: number, body: unknown): string | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return 'the body is not a JSON object';
  const b = body as Record<string, unknown>;
  if (b.statusCode !== status) return `statusCode ${String(b.statusCode)} differs from the status ${status}`;
  if (typeof b.error !== 'string' || !/^[A-Z][A-Z0-9_]+$/.test(b.error)) return 'error is not a CODE';
  if (typeof b.message !== 'string' || b.message.length === 0) return 'message is missing';
  if (typeof b.requestId !== 'string' || b.requestId.length < 8) return 'requestId is missing';
  if (b.details !== undefined && (typeof b.details !== 'object' || b.details === null))
    return 'details is not an object';
  const extra = Object.keys(b).filter(
    (k) => !['statusCode', 'error', 'message', 'details', 'requestId'].includes(k),
  );
  if (extra.length > 0) return `unexpected keys ${extra.join(', ')}`;
  // Nothing from the inside: no stack traces, no SQL.
  if (/\bat .+\(.+:\d+:\d+\)|node_modules|SELECT |INSERT |ER_[A-Z_]+/.test(JSON.stringify(b)))
    return 'the body leaks internals';
  return null;
}

export const ALL_ROLES: Role[] = [
  'drafter',
  'dept_reviewer',
  'legal_adviser',
  'party_approver',
  'unit_leader',
  'coordinator',
  'admin',
];

/**
 * A fresh prefecture of our own under the demo region, so nothing a test does (or a hostile request
 * that was wrongly accepted) touches another test's data:
 *   prefecture (government) -> county (government) -> bureau (department)
 * `boss` holds every role in the prefecture (coordinator and admin reach the whole subtree).
 */
export async function sandbox(http: Http, dataSource: DataSource, label = '安全测试') {
  const demo = await loadDemo(dataSource);
  const xj = await unitById(dataSource, demo.unitIds.xj);
  const prefecture = await createUnit(dataSource, xj, {
    kind: 'government',
    level: 'prefecture',
    name: uniqueName(`${label}州`),
  });
  const county = await createUnit(dataSource, prefecture, {
    kind: 'government',
    level: 'county',
    name: uniqueName(`${label}县`),
  });
  const bureau = await createUnit(dataSource, county, {
    kind: 'department',
    level: 'county',
    name: uniqueName(`${label}县交通运输局`),
  });
  const boss = await createUser(dataSource, prefecture.id, ALL_ROLES, uniqueName('sec-boss'));
  // The boss drafts and approves alone, so the prefecture allows it (separation of duties is the default).
  await relaxDutySeparation(dataSource, prefecture.id);
  const bossToken = await tokenFor(http, boss.username, FACTORY_PASSWORD);
  return { demo, xj, prefecture, county, bureau, boss, bossToken };
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

export interface SpawnedApp {
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * A built app (`npm run build`) as its own OS process with stdout and stderr captured, the way
 * production runs it (test/support/processes.ts discards the output; here the output is the point).
 */
export function spawnBuilt(app: 'api' | 'worker', env: Record<string, string>): SpawnedApp {
  const child = spawn('node', [`dist/apps/${app}/src/main.js`], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  child.stdout?.on('data', (c: Buffer) => chunks.push(c));
  child.stderr?.on('data', (c: Buffer) => chunks.push(c));
  return {
    child,
    output: () => Buffer.concat(chunks).toString('utf8'),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((done) => child.once('exit', () => done()));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

/** Waits until GET url answers 200 (bounded). */
export async function waitForHttp(url: string, timeoutMs = 30_000): Promise<void> {
  await waitFor(
    `${url} to answer`,
    async () => {
      const res = await fetch(url).catch(() => null);
      return res?.status === 200;
    },
    { timeoutMs, intervalMs: 100 },
  );
}

/** Row counts of every table: "nothing was stored" is "no count moved". */
export async function rowCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const tables: Array<Record<string, string>> = await dataSource.query('SHOW TABLES');
  const names = tables.map((t) => Object.values(t)[0]).filter((n) => n !== 'migrations');
  const counts: Record<string, number> = {};
  for (const name of names) {
    const [row] = await dataSource.query(`SELECT COUNT(*) AS n FROM \`${name}\``);
    counts[name] = Number(row.n);
  }
  return counts;
}
