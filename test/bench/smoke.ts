import type { BenchTarget } from '../../bench/lib/env';
import { describeMachine, type Machine } from '../../bench/lib/machine';
import { scratchDatabase } from '../support/scratch-db';

/**
 * The smoke versions of the benchmarks run with tiny sizes: they prove the benchmark code still
 * runs against the product, not how fast it is. Each gets a fresh database of its own next to the
 * test database and this test file's queue prefix (test/support/env.ts): the open deadlines they
 * seed would otherwise be found, and reminded of, by every later test whose worker reconciles.
 */
export async function smokeTarget(name: string): Promise<BenchTarget> {
  const scratch = await scratchDatabase(`bench_${name}`);
  await scratch.dataSource.destroy();
  const redisEnv = { REDIS_URL: process.env.REDIS_URL! };
  return {
    databaseUrl: scratch.url,
    redis: { kind: 'single', url: redisEnv.REDIS_URL },
    redisEnv,
    prefix: process.env.QUEUE_PREFIX!,
  };
}

export function smokeMachine(target: BenchTarget): Promise<Machine> {
  return describeMachine(target.databaseUrl, target.redis);
}

export const quiet = () => undefined;
