import IORedis from 'ioredis';

/** Deletes every key under `prefix:` (the benchmark's own queues), in pages. */
export async function deletePrefix(redisUrl: string, prefix: string): Promise<number> {
  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 1 });
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 2000);
      cursor = next;
      if (keys.length) deleted += await redis.unlink(...keys);
    } while (cursor !== '0');
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
  redisUrl: string,
  prefix: string,
): Promise<{ keys: number; bytes: number; usedMemory: number }> {
  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    let keys = 0;
    let bytes = 0;
    do {
      const [next, page] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 2000);
      cursor = next;
      if (page.length === 0) continue;
      const pipeline = redis.pipeline();
      // SAMPLES 0: measure every element of the big sorted sets, not an estimate.
      for (const key of page) pipeline.call('MEMORY', 'USAGE', key, 'SAMPLES', '0');
      for (const [, value] of (await pipeline.exec()) ?? []) bytes += Number(value ?? 0);
      keys += page.length;
    } while (cursor !== '0');
    return { keys, bytes, usedMemory: await usedMemory(redis) };
  } finally {
    redis.disconnect();
  }
}

export async function usedMemory(redis: IORedis): Promise<number> {
  const info = await redis.info('memory');
  return Number(/^used_memory:(\d+)/m.exec(info)?.[1] ?? NaN);
}

/**
 * Waits until the worker's reconciler has finished `runs` passes (it counts them in Redis). A
 * benchmark that adds its own reminder jobs must start after the start-up pass: a pass still
 * paging through new deadlines would schedule their timers first, and the bench's jobs (same ids)
 * would then be ignored.
 */
export async function waitForReconciler(
  redisUrl: string,
  prefix: string,
  runs = 1,
  timeoutMs = 120_000,
): Promise<void> {
  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 1 });
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
