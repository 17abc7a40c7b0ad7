/**
 * Preloaded (`node --require`) into every measured process when BENCH_SQL_COUNT_DIR is set: counts
 * the SQL statements the process sends through mysql2, by statement shape (its first 80 characters),
 * and writes them, most frequent first, to `<dir>/sql-<pid>.json` every second and on exit.
 * Statements per transition are what the API's CPU follows (each is a socket write and a reply),
 * and unlike time they do not depend on how busy the shared machine is.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const dir = process.env.BENCH_SQL_COUNT_DIR;
if (dir) {
  // The class every mysql2 connection (pooled or not) is made from (by path: the package does not export it).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Connection = require(join(dirname(require.resolve('mysql2')), 'lib/base/connection.js')) as {
    prototype: Record<'query' | 'execute', (this: unknown, sql: unknown, ...rest: unknown[]) => unknown>;
  };
  const counts = new Map<string, number>();
  for (const method of ['query', 'execute'] as const) {
    const original = Connection.prototype[method];
    Connection.prototype[method] = function (this: unknown, sql: unknown, ...rest: unknown[]) {
      const text = typeof sql === 'object' && sql !== null ? (sql as { sql?: unknown }).sql : sql;
      const shape = String(text).replace(/\s+/g, ' ').trim().slice(0, 80);
      counts.set(shape, (counts.get(shape) ?? 0) + 1);
      return original.call(this, sql, ...rest);
    };
  }
  const write = () =>
    writeFileSync(
      join(dir, `sql-${process.pid}.json`),
      JSON.stringify(
        [...counts].sort((a, b) => b[1] - a[1]).map(([statement, count]) => ({ count, statement })),
        null,
        1,
      ),
    );
  setInterval(write, 1000).unref();
  process.on('exit', write);
}
