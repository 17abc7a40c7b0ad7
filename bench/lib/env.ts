import { resolve } from 'node:path';
import { redisTopology, type RedisTopology } from '@app/config';

/** Where the benchmarks run: their own database and their own Redis key prefix, never the app's. */
export interface BenchTarget {
  databaseUrl: string;
  /** The Redis the product's own settings name: one server, a Sentinel set or a Cluster. */
  redis: RedisTopology;
  /** Those settings (REDIS_URL, or REDIS_SENTINELS..., or REDIS_CLUSTER_NODES + REDIS_PASSWORD), for the product processes. */
  redisEnv: Record<string, string>;
  /** BullMQ prefix of the product processes (a hash tag on a Cluster); the floor uses `${prefix}floor`. */
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
  const redisEnv = Object.fromEntries(
    REDIS_SETTINGS.filter((name) => env[name]).map((name) => [name, env[name] as string]),
  );
  if (!redisEnv.REDIS_SENTINELS && !redisEnv.REDIS_CLUSTER_NODES)
    redisEnv.REDIS_URL ??= 'redis://127.0.0.1:16379';
  const redis = redisTopology(redisEnv);
  return {
    databaseUrl: url.toString(),
    redis,
    redisEnv,
    prefix: env.BENCH_QUEUE_PREFIX ?? (redis.kind === 'cluster' ? '{rfbench}' : 'rfbench'),
  };
}

const REDIS_SETTINGS = [
  'REDIS_URL',
  'REDIS_SENTINELS',
  'REDIS_SENTINEL_NAME',
  'REDIS_SENTINEL_PASSWORD',
  'REDIS_PASSWORD',
  'REDIS_CLUSTER_NODES',
] as const;

/** The environment every product process of a benchmark gets (the bench's database and prefix). */
export function productEnv(target: BenchTarget, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'production',
    // A fixed secret: production refuses the built-in development one.
    JWT_SECRET: 'reportflow-benchmark-secret-0123456789abcdef',
    DATABASE_URL: target.databaseUrl,
    // Empty means unset: a REDIS_URL inherited from the shell must not compete with a Cluster's nodes.
    ...Object.fromEntries(REDIS_SETTINGS.map((name) => [name, ''])),
    ...target.redisEnv,
    QUEUE_PREFIX: target.prefix,
    LOG_LEVEL: 'warn',
    // Logins of the load generator's users would otherwise hit the per-IP limit.
    LOGIN_THROTTLE_PER_MINUTE: '10000',
    // Reminders in a benchmark are sent when due, whatever the hour it runs at.
    LATE_REMINDERS: 'immediately',
    ...extra,
  };
}
