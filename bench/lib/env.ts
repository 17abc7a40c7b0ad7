import { resolve } from 'node:path';

/** Where the benchmarks run: their own database and their own Redis key prefix, never the app's. */
export interface BenchTarget {
  databaseUrl: string;
  redisUrl: string;
  /** BullMQ prefix of the product processes; the floor uses `${prefix}floor`. */
  prefix: string;
}

export const ROOT = resolve(__dirname, '../..').replace(/\/dist$/, '');

/**
 * The bench database is the server of DATABASE_URL with the database name `reportflow_bench`
 * (or BENCH_DATABASE_URL), so running the benchmarks can never wipe the development database.
 */
export function benchTarget(env: NodeJS.ProcessEnv = process.env): BenchTarget {
  const base = env.DATABASE_URL ?? 'mysql://reportflow:reportflow-local@127.0.0.1:13306/reportflow';
  const url = new URL(env.BENCH_DATABASE_URL ?? base);
  if (!env.BENCH_DATABASE_URL) url.pathname = '/reportflow_bench';
  return {
    databaseUrl: url.toString(),
    redisUrl: env.REDIS_URL ?? 'redis://127.0.0.1:16379',
    prefix: env.BENCH_QUEUE_PREFIX ?? 'rfbench',
  };
}

/** The environment every product process of a benchmark gets (the bench's database and prefix). */
export function productEnv(target: BenchTarget, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'production',
    // A fixed secret: production refuses the built-in development one.
    JWT_SECRET: 'reportflow-benchmark-secret-0123456789abcdef',
    DATABASE_URL: target.databaseUrl,
    REDIS_URL: target.redisUrl,
    QUEUE_PREFIX: target.prefix,
    LOG_LEVEL: 'warn',
    // Logins of the load generator's users would otherwise hit the per-IP limit.
    LOGIN_THROTTLE_PER_MINUTE: '10000',
    // Reminders in a benchmark are sent when due, whatever the hour it runs at.
    LATE_REMINDERS: 'immediately',
    ...extra,
  };
}
