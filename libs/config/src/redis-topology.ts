import { z } from 'zod';

/** One Redis server or Sentinel, as `host:port` in the settings. */
export interface RedisNodeAddress {
  host: string;
  port: number;
}

/**
 * Where the queues live. `single`: one server (REDIS_URL). `sentinel`: a master watched by Sentinels,
 * which name the current master after a failover. `cluster`: Redis Cluster, found from seed nodes.
 */
export type RedisTopology =
  | { kind: 'single'; url: string }
  | {
      kind: 'sentinel';
      /** The name in sentinel.conf's `sentinel monitor <name> ...`. */
      masterName: string;
      sentinels: RedisNodeAddress[];
      sentinelPassword?: string;
      /** requirepass of the master and replicas. */
      password?: string;
    }
  | { kind: 'cluster'; nodes: RedisNodeAddress[]; password?: string };

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:16379';
/** The queue prefix when QUEUE_PREFIX is unset; a Cluster gets it as a hash tag. */
export const DEFAULT_QUEUE_PREFIX = { plain: 'rf', cluster: '{rf}' } as const;

const NODE = /^(?:\[([0-9A-Fa-f:.]+)\]|([A-Za-z0-9.-]+)):(\d{1,5})$/;

/** `host:port,host:port` (IPv6 in brackets) or null when any entry is not of that form. */
export function parseNodeList(value: string): RedisNodeAddress[] | null {
  const entries = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const nodes: RedisNodeAddress[] = [];
  for (const entry of entries) {
    const match = NODE.exec(entry);
    const port = match ? Number(match[3]) : 0;
    if (!match || port < 1 || port > 65535) return null;
    nodes.push({ host: match[1] ?? match[2], port });
  }
  return nodes.length > 0 ? nodes : null;
}

export const redisNodeList = z.string().refine((v) => parseNodeList(v) !== null, {
  message:
    'expected comma-separated host:port pairs like 10.0.0.1:26379,10.0.0.2:26379 ([::1]:26379 for IPv6)',
});

/** The Redis settings as they arrive, after each one's own format has been checked. */
export interface RedisSettings {
  REDIS_URL?: string;
  REDIS_SENTINELS?: string;
  REDIS_SENTINEL_NAME?: string;
  REDIS_SENTINEL_PASSWORD?: string;
  REDIS_PASSWORD?: string;
  REDIS_CLUSTER_NODES?: string;
  QUEUE_PREFIX?: string;
}

/**
 * Refuses combinations that would connect somewhere other than the operator meant, each with the
 * fix in the message: two topologies at once, a Sentinel setting without the set, a password that
 * nothing would use, a Cluster prefix without a hash tag (BullMQ's scripts touch several keys of a
 * queue at once, and a Cluster only allows that when they hash to one slot).
 */
export function checkRedisSettings(env: RedisSettings, ctx: z.RefinementCtx): void {
  const problem = (path: keyof RedisSettings, message: string) =>
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });
  const chosen = (['REDIS_URL', 'REDIS_SENTINELS', 'REDIS_CLUSTER_NODES'] as const).filter((k) => env[k]);
  if (chosen.length > 1) {
    problem(
      chosen[1],
      `set only one of REDIS_URL (one server), REDIS_SENTINELS (a Sentinel set) or REDIS_CLUSTER_NODES (a Cluster); ${chosen.join(' and ')} are both set`,
    );
    return;
  }
  if (env.REDIS_SENTINELS && !env.REDIS_SENTINEL_NAME)
    problem(
      'REDIS_SENTINEL_NAME',
      'must be set with REDIS_SENTINELS: the master name from sentinel.conf (`sentinel monitor <name> ...`)',
    );
  for (const name of ['REDIS_SENTINEL_NAME', 'REDIS_SENTINEL_PASSWORD'] as const)
    if (env[name] && !env.REDIS_SENTINELS)
      problem(
        name,
        'is a Sentinel setting: set REDIS_SENTINELS (the Sentinels as host:port,...) too, or remove it',
      );
  if (env.REDIS_PASSWORD && !env.REDIS_SENTINELS && !env.REDIS_CLUSTER_NODES)
    problem(
      'REDIS_PASSWORD',
      'is used with REDIS_SENTINELS or REDIS_CLUSTER_NODES; for one server put it in REDIS_URL (redis://:password@host:6379)',
    );
  if (env.REDIS_CLUSTER_NODES && env.QUEUE_PREFIX && !/^\{.+\}$/.test(env.QUEUE_PREFIX))
    problem(
      'QUEUE_PREFIX',
      `on a Redis Cluster must be a hash tag such as {${env.QUEUE_PREFIX}}, so that each queue's keys share one slot`,
    );
}

/** The topology the checked settings describe; REDIS_URL's default when nothing is set. */
export function redisTopology(env: RedisSettings): RedisTopology {
  if (env.REDIS_SENTINELS)
    return {
      kind: 'sentinel',
      masterName: env.REDIS_SENTINEL_NAME ?? '',
      sentinels: parseNodeList(env.REDIS_SENTINELS) ?? [],
      sentinelPassword: env.REDIS_SENTINEL_PASSWORD,
      password: env.REDIS_PASSWORD,
    };
  if (env.REDIS_CLUSTER_NODES)
    return {
      kind: 'cluster',
      nodes: parseNodeList(env.REDIS_CLUSTER_NODES) ?? [],
      password: env.REDIS_PASSWORD,
    };
  return { kind: 'single', url: env.REDIS_URL ?? DEFAULT_REDIS_URL };
}
