import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import { ROOT } from './env';

/**
 * Drops and recreates the bench database, then applies the migrations with the compiled CLI
 * (`npm run build` first). Refuses any database whose name does not contain "bench" or "test".
 */
export async function freshDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  if (!/bench|test/.test(name)) throw new Error(`refusing to recreate database ${name}`);
  url.pathname = '/';
  const connection = await mysql.createConnection(url.toString());
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
  migrate(databaseUrl);
}

/** Applies pending migrations (idempotent). */
export function migrate(databaseUrl: string): void {
  const cli = join(ROOT, 'dist/libs/persistence/src/cli/migrate.js');
  if (!existsSync(cli)) throw new Error('dist/ is missing: run `npm run build` first');
  const run = spawnSync('node', [cli], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`migrations failed: ${run.stderr || run.stdout}`);
}

/**
 * Claims the bench database and Redis prefix for this run, with MariaDB named locks held on a
 * connection of their own until `release`. Two runs on the same server would otherwise drop each
 * other's database and delete each other's queue halfway through, and both report nonsense; the
 * second now stops at once and says which setting to change.
 */
export async function claimBenchTarget(
  databaseUrl: string,
  redisPrefix: string,
): Promise<{ release: () => Promise<void> }> {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = '/';
  const connection = await mysql.createConnection(url.toString());
  // The server going away mid-run frees the claim; the run itself will fail on its own connections.
  connection.on('error', (error: Error) =>
    console.warn(`bench: lost the claim's connection: ${error.message}`),
  );
  const claims = [
    { lock: `reportflow-bench-db:${name}`, what: `database ${name}`, setting: 'BENCH_DATABASE_URL' },
    {
      lock: `reportflow-bench-redis:${redisPrefix}`,
      what: `Redis prefix ${redisPrefix}`,
      setting: 'BENCH_QUEUE_PREFIX',
    },
  ];
  for (const claim of claims) {
    const [rows] = await connection.query<mysql.RowDataPacket[]>('SELECT GET_LOCK(?, 0) AS got', [
      claim.lock,
    ]);
    if (Number(rows[0]?.got) !== 1) {
      await connection.end();
      throw new Error(
        `another benchmark is running on the ${claim.what} of this server: wait for it, or set ` +
          `${claim.setting} to one of your own (see BENCHMARKS.md, "Running the benchmarks")`,
      );
    }
  }
  // Named locks end with their connection, so a bench that crashes frees them by itself. A run that
  // ends frees them first: the server drops a closed connection's locks a moment after the client
  // has moved on, and a run started at once was refused (a CI run, stop 50, the claim test).
  return {
    release: async () => {
      for (const claim of claims) await connection.query('SELECT RELEASE_LOCK(?)', [claim.lock]);
      await connection.end();
    },
  };
}

/** A small pool for seeding and reading results (not used for anything that is measured). */
export function pool(databaseUrl: string, connectionLimit = 8): mysql.Pool {
  return mysql.createPool({ uri: databaseUrl, connectionLimit, timezone: 'Z', supportBigNumbers: true });
}
