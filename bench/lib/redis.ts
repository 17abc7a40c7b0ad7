import type { Cluster } from 'ioredis';
import type { RedisTopology } from '@app/config';
import { createRedisClient, type RedisClient } from '@app/queue';

/** The servers that hold keys: each master of a Cluster, or the one server. */
function keyServers(redis: RedisClient): RedisClient[] {
  return 'nodes' in redis && typeof (redis as Cluster).nodes === 'function' && redis.isCluster
    ? (redis as Cluster).nodes('master')
    : [redis];
}

/** A connected client (a Cluster has its node list once connected). */
async function connect(topology: RedisTopology): Promise<RedisClient> {
  const redis = createRedisClient(topology, 'fail-fast');
  await redis.ping();
  return redis;
}

/** Deletes every key under `prefix:` (the benchmark's own queues), in pages. */
export async function deletePrefix(topology: RedisTopology, prefix: string): Promise<number> {
  const redis = await connect(topology);
  let deleted = 0;
  try {
    for (const server of keyServers(redis)) {
      let cursor = '0';
      do {
        const [next, keys] = await server.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 2000);
        cursor = next;
        // One key at a time on a Cluster node would be slow; a page shares the prefix's hash tag.
        if (keys.length) deleted += await server.unlink(...keys);
      } while (cursor !== '0');
    }
  } finally {
    redis.disconnect();
  }
  return deleted;
}

/**
 * Memory held by the keys under `prefix:`: the sum of MEMORY USAGE over every key (exact, and not
 * disturbed by other users of a shared Redis), plus the server's used_memory for reference.
 */
export async function prefixMemory(
  topology: RedisTopology,
  prefix: string,
): Promise<{ keys: number; bytes: number; usedMemory: number }> {
  const redis = await connect(topology);
  try {
    let keys = 0;
    let bytes = 0;
    for (const server of keyServers(redis)) {
      let cursor = '0';
      do {
        const [next, page] = await server.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 2000);
        cursor = next;
        if (page.length === 0) continue;
        const pipeline = server.pipeline();
        // SAMPLES 0: measure every element of the big sorted sets, not an estimate.
        for (const key of page) pipeline.call('MEMORY', 'USAGE', key, 'SAMPLES', '0');
        for (const [, value] of (await pipeline.exec()) ?? []) bytes += Number(value ?? 0);
        keys += page.length;
      } while (cursor !== '0');
    }
    return { keys, bytes, usedMemory: await usedMemory(redis) };
  } finally {
    redis.disconnect();
  }
}

/** used_memory of the server, or summed over a Cluster's masters. */
export async function usedMemory(redis: RedisClient): Promise<number> {
  let total = 0;
  for (const server of keyServers(redis)) {
    const info = await server.info('memory');
    total += Number(/^used_memory:(\d+)/m.exec(info)?.[1] ?? NaN);
  }
  return total;
}

/**
 * Waits until the worker's reconciler has finished `runs` passes (it counts them in Redis). A
 * benchmark that adds its own reminder jobs must start after the start-up pass: a pass still
 * paging through new deadlines would schedule their timers first, and the bench's jobs (same ids)
 * would then be ignored.
 */
export async function waitForReconciler(
  topology: RedisTopology,
  prefix: string,
  runs = 1,
  timeoutMs = 120_000,
): Promise<void> {
  const redis = await connect(topology);
  try {
    const until = Date.now() + timeoutMs;
    while (Number((await redis.hget(`${prefix}:metrics:reconciler`, 'runs')) ?? 0) < runs) {
      if (Date.now() > until) throw new Error(`the reconciler did not finish a pass in ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    redis.disconnect();
  }
}
