import type { ConnectionOptions } from 'bullmq';
import IORedis, { Cluster, type ClusterOptions, type RedisOptions } from 'ioredis';
import type { RedisTopology } from '@app/config';

/**
 * The one factory for Redis connections: queues, workers, the outbox relay (through the queues),
 * health checks and test helpers all get theirs here, for one server, a Sentinel set or a Cluster.
 */
export type RedisClient = IORedis | Cluster;

/**
 * `wait`: queues and workers block on Redis and must ride out an outage or a failover, so commands
 * wait and reconnection never gives up. `fail-fast`: a health probe or a tool wants an answer now.
 */
export type WhenRedisUnavailable = 'wait' | 'fail-fast';

const FAIL_FAST_MS = 1000;

/** Reconnect quickly at first, then every 2 s: a Sentinel failover or a restarted master takes seconds. */
const reconnectDelay = (times: number): number => Math.min(times * 200, 2000);

/**
 * A master that Sentinel demoted answers writes with READONLY; reconnecting asks the Sentinels (or
 * the Cluster) again and reaches the new master instead of failing every write until restart.
 */
const reconnectOnReadOnly = (error: Error): boolean => error.message.startsWith('READONLY');

function behaviour(whenUnavailable: WhenRedisUnavailable): RedisOptions {
  return whenUnavailable === 'wait'
    ? // BullMQ workers need this to block on Redis; a lost connection is retried, not thrown.
      { maxRetriesPerRequest: null, reconnectOnError: reconnectOnReadOnly }
    : { maxRetriesPerRequest: 1, connectTimeout: FAIL_FAST_MS, reconnectOnError: reconnectOnReadOnly };
}

/** ioredis options for one server given as redis://[user:password@]host:port[/db] (rediss:// for TLS). */
export function redisOptionsFromUrl(url: string): RedisOptions {
  const u = new URL(url);
  const db = u.pathname && u.pathname !== '/' ? Number(u.pathname.slice(1)) : 0;
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 6379,
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: Number.isFinite(db) ? db : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    retryStrategy: reconnectDelay,
    ...behaviour('wait'),
  };
}

/** ioredis options for a single server or a Sentinel set (a Cluster has its own, see below). */
function serverOptions(
  topology: Exclude<RedisTopology, { kind: 'cluster' }>,
  whenUnavailable: WhenRedisUnavailable,
): RedisOptions {
  if (topology.kind === 'single')
    return { ...redisOptionsFromUrl(topology.url), ...behaviour(whenUnavailable) };
  return {
    // ioredis asks the Sentinels for the current master, and asks again on every reconnection.
    sentinels: topology.sentinels,
    name: topology.masterName,
    sentinelPassword: topology.sentinelPassword,
    password: topology.password,
    // No failoverDetector (ioredis' +switch-master listener): it outlives the connection it was made
    // for, and a +switch-master that arrives while that client is asking the Sentinels for the master
    // (reconnecting after the old one died) cancels the attempt, which ioredis 5 treats as final: the
    // client goes to status "end" and never reconnects. BullMQ revives its blocking connections, but
    // not the queue's own, so the outbox relay and the workers' moveToActive failed until a restart
    // (the post-failover stall, 1 run in 3 under load). Without it a failover is still followed: the
    // dead master's sockets close, and Sentinel closes the clients of a master it demotes.
    failoverDetector: false,
    retryStrategy: reconnectDelay,
    sentinelRetryStrategy: reconnectDelay,
    ...behaviour(whenUnavailable),
  };
}

function clusterOptions(
  topology: Extract<RedisTopology, { kind: 'cluster' }>,
  whenUnavailable: WhenRedisUnavailable,
): ClusterOptions {
  return {
    redisOptions: { password: topology.password, ...behaviour(whenUnavailable) },
    // No ready check (CLUSTER INFO must say cluster_state:ok before "ready"). When it fails, ioredis
    // reconnects on a timer of its own but never settles the promise of the connect() that ran it.
    // BullMQ revives a worker's blocking connection after a master restart with exactly such a
    // connect() and awaits it: while the restarted master's slots were still unserved the check
    // failed, and that worker stopped taking jobs and its close() never returned (the Cluster e2e's
    // shutdown hang, ~4 runs in 11). Without the check the client is ready once it has the slot map;
    // a command sent while slots are unserved gets CLUSTERDOWN and is retried (retryDelayOnClusterDown).
    enableReadyCheck: false,
    clusterRetryStrategy: reconnectDelay,
    // While a restarted master's slots are unserved (CLUSTERDOWN) or moving, retry instead of failing.
    retryDelayOnClusterDown: 300,
    retryDelayOnFailover: 300,
    retryDelayOnTryAgain: 300,
  };
}

/**
 * A new connection of its own, which the caller closes (quit/disconnect). `keyPrefix` is put before
 * every key the connection touches; on a Cluster it must start with the hash-tagged queue prefix so
 * that a multi-key script stays in one slot.
 */
export function createRedisClient(
  topology: RedisTopology,
  whenUnavailable: WhenRedisUnavailable = 'wait',
  keyPrefix?: string,
): RedisClient {
  if (topology.kind === 'cluster')
    return new Cluster(topology.nodes, { ...clusterOptions(topology, whenUnavailable), keyPrefix });
  return new IORedis({ ...serverOptions(topology, whenUnavailable), keyPrefix });
}

/**
 * What BullMQ gets as `connection` for one queue and its workers. One server or a Sentinel set:
 * options, from which BullMQ opens (and closes) its own connections. A Cluster: BullMQ needs a
 * Cluster instance; each call makes a new one, owned by that queue (ClusterConnectionCloser closes
 * it at shutdown); BullMQ duplicates it for a worker's blocking connection.
 */
export function bullMqConnection(topology: RedisTopology): ConnectionOptions {
  if (topology.kind === 'cluster') return createRedisClient(topology, 'wait');
  return serverOptions(topology, 'wait');
}
