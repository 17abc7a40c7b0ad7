import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { checkReplicaSettings, replicaUrlList } from './database-replicas';
import { checkRedisSettings, redisNodeList } from './redis-topology';

/**
 * Every setting the apps read, validated once at start. Defaults match the local stack that
 * scripts/stack.sh starts, so a newcomer needs no .env at all.
 */
const mysqlUrl = z
  .string()
  .url('expected a URL like mysql://user:password@host:3306/database')
  .refine((v) => /^mysql:\/\/[^/]+\/[A-Za-z0-9_$-]+$/.test(v), {
    message: 'expected a URL like mysql://user:password@host:3306/database',
  });
const redisUrl = z
  .string()
  .url('expected a URL like redis://host:6379 or redis://:password@host:6379/0')
  .refine((v) => /^rediss?:\/\//.test(v), { message: 'expected a URL starting with redis:// or rediss://' });
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const HOSTNAME =
  /^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
/** A hostname, an IP address or a CIDR (checked by ipaddr.js, which the webhook guard uses too). */
function isHostOrCidr(entry: string): boolean {
  return HOSTNAME.test(entry) || isAddressOrCidr(entry);
}
/** An IP address (IPv6 with or without brackets) or a CIDR. */
function isAddressOrCidr(entry: string): boolean {
  try {
    if (entry.includes('/')) ipaddr.parseCIDR(entry);
    else ipaddr.parse(entry.replace(/^\[|\]$/g, ''));
    return true;
  } catch {
    return false;
  }
}

/** The names Express's `trust proxy` understands besides addresses and CIDRs. */
const PROXY_KEYWORDS = new Set(['loopback', 'linklocal', 'uniquelocal']);

// A development-only secret: refused when NODE_ENV=production (see superRefine below).
const DEV_JWT_SECRET = 'reportflow-local-development-secret-do-not-use-in-production';

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    API_PORT: int(0, 65535).default(3000),
    /**
     * API processes behind the one port (node:cluster): `auto` is one per core. Each process is a
     * whole API; login limits are kept in Redis so they hold across processes.
     */
    API_PROCESSES: z.union([z.literal('auto'), int(1, 64)]).default(1),
    API_HOST: z.string().min(1).default('127.0.0.1'),
    PUBLIC_BASE_URL: z.string().url().optional(),
    DATABASE_URL: mysqlUrl.default('mysql://reportflow:reportflow-local@127.0.0.1:13306/reportflow'),
    DATABASE_POOL_SIZE: int(1, 500).default(20),
    /**
     * Read replicas of DATABASE_URL (comma-separated mysql:// URLs). Unset: one pool, every query on
     * the primary. Set: reads marked lag-tolerant (boards, lists, history) in GET requests go to a replica.
     */
    DATABASE_REPLICA_URLS: replicaUrlList.optional(),
    /**
     * Read-your-writes: after a user's non-GET request, that user's reads stay on the primary this long
     * (across API processes: the mark is kept in Redis). Above the replica lag you alert on.
     */
    DATABASE_READ_YOUR_WRITES_MS: int(100, 600000).default(5000),
    // ---- Redis: one server (REDIS_URL), a Sentinel set or a Cluster; redis-topology.ts checks the mix ----
    /** One Redis server; the default (redis://127.0.0.1:16379) when no Sentinel set or Cluster is named. */
    REDIS_URL: redisUrl.optional(),
    /** The Sentinels of a Sentinel set, host:port,host:port; they name the current master. */
    REDIS_SENTINELS: redisNodeList.optional(),
    /** The master name the Sentinels watch (`sentinel monitor <name> ...`). */
    REDIS_SENTINEL_NAME: z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,64}$/, 'expected a master name like reportflow (letters, digits, . _ -)')
      .optional(),
    /** The Sentinels' own password (their requirepass), when they have one. */
    REDIS_SENTINEL_PASSWORD: z.string().optional(),
    /** The password of the Redis servers behind REDIS_SENTINELS or REDIS_CLUSTER_NODES. */
    REDIS_PASSWORD: z.string().optional(),
    /** Seed nodes of a Redis Cluster, host:port,host:port; the rest is discovered from them. */
    REDIS_CLUSTER_NODES: redisNodeList.optional(),
    /** BullMQ key prefix; lets several environments (or test runs) share one Redis. */
    // A Redis Cluster needs every key of a queue in one slot: a hash tag such as {rf-65} does that.
    // Unset: rf, or {rf} on a Cluster.
    QUEUE_PREFIX: z
      .string()
      .regex(
        /^(?:[A-Za-z0-9_-]{1,32}|\{[A-Za-z0-9_-]{1,30}\})$/,
        'expected 1-32 letters, digits, - or _, or a Redis Cluster hash tag like {rf-65}',
      )
      .optional(),
    JWT_SECRET: z.string().min(32, 'expected at least 32 characters').default(DEV_JWT_SECRET),
    JWT_ACCESS_TTL_SECONDS: int(60, 86400).default(900),
    REFRESH_TTL_DAYS: int(1, 90).default(14),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /**
     * `auto`: short human lines when the process writes to a terminal outside production (what a
     * developer running start.sh wants), JSON otherwise (log collectors, CI, production).
     */
    LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
    /** Kept for existing .env files: LOG_PRETTY=true means LOG_FORMAT=pretty. */
    LOG_PRETTY: bool.optional(),
    /** When set, the process writes this file once it is ready and removes it when it stops (start.sh waits on it). */
    READY_FILE: z.string().min(1).optional(),
    /** Comma-separated allowed origins; empty means CORS is closed. */
    CORS_ORIGINS: z.string().default(''),
    BODY_LIMIT: z
      .string()
      .regex(/^\d+(kb|mb)$/, 'expected a size like 512kb or 2mb')
      .default('1mb'),
    REQUEST_TIMEOUT_MS: int(1000, 600000).default(30000),
    /** Login attempts on one account per minute (and refreshes of one session), whatever the address. */
    LOGIN_THROTTLE_PER_MINUTE: int(1, 10000).default(10),
    /**
     * Failed logins and refreshes from one client address per minute; beyond it, logins from that
     * address answer 429 except from browsers that have logged in to the account before. Only
     * failures count: an office behind one NAT logs in together. Unset: 3 x LOGIN_THROTTLE_PER_MINUTE.
     */
    LOGIN_FAILURES_PER_ADDRESS_PER_MINUTE: int(1, 100000).optional(),
    /**
     * Login, refresh and password-change requests from one client address per minute, failed or not:
     * bounds the password hashing one address can make the API do. Shared by everyone behind one NAT.
     */
    LOGIN_REQUESTS_PER_ADDRESS_PER_MINUTE: int(1, 100000).default(600),
    /**
     * Which proxies' X-Forwarded-For the API believes when it takes a request's client address (for
     * the login and public-page limits and the logs): `none` (the default: the API's listener faces
     * the clients, and any client could write the header), `loopback` (a proxy on the same host), or
     * comma-separated addresses and CIDRs of the proxies or balancers in front of it. A trusted proxy
     * must set the header itself (nginx: `$proxy_add_x_forwarded_for`), not pass the client's on.
     */
    TRUST_PROXY: z
      .string()
      .default('none')
      .transform((value, ctx) => {
        const entries = value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        if (entries.length === 1 && entries[0] === 'none') return [];
        const bad = entries.filter((e) => !PROXY_KEYWORDS.has(e) && !isAddressOrCidr(e));
        if (entries.length === 0 || bad.length > 0) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            message: `expected loopback, none, or comma-separated proxy addresses or CIDRs like 10.8.0.5,10.9.0.0/24 (bad: ${bad.join(', ') || 'empty'})`,
          });
          return z.NEVER;
        }
        return entries.map((e) => e.replace(/^\[|\]$/g, ''));
      }),
    /**
     * Where login attempts are counted. `redis` holds across API processes and hosts; `memory` only
     * within one process. `auto`: redis in production or with more than one API process.
     */
    LOGIN_THROTTLE_STORE: z.enum(['auto', 'redis', 'memory']).default('auto'),
    LOGIN_LOCK_AFTER_FAILURES: int(3, 100).default(10),
    LOGIN_LOCK_MINUTES: int(1, 1440).default(15),
    ATTACHMENT_DIR: z.string().min(1).default('.local/attachments'),
    ATTACHMENT_MAX_BYTES: int(1024, 100 * 1024 * 1024).default(10 * 1024 * 1024),
    OUTBOX_RELAY_INTERVAL_MS: int(50, 60000).default(500),
    WORKER_CONCURRENCY: int(1, 1000).default(50),
    /**
     * The worker's V8 heap may grow to (1 + this/100) times what the last full GC left live (V8's
     * --heap-growing-percent); 0 leaves V8's own factor (up to 4x). The reconciler's pass over
     * 100,000 deadlines keeps about 50 MB live but, at V8's factor, let the heap reach 150-190 MB
     * before collecting: 260-280 MB RSS against 150 MB at 20.
     */
    WORKER_HEAP_GROWING_PERCENT: int(0, 300).default(20),
    /** How long a job stays locked to a worker that stopped answering before another may take it. */
    WORKER_LOCK_MS: int(1000, 600000).default(30000),
    /** First retry delay of a failed job (doubles each attempt). */
    JOB_BACKOFF_MS: int(10, 600000).default(1000),
    /** Stage time limit used when a report has no campaign that sets one (working days). */
    DEFAULT_STAGE_LIMIT_WORKING_DAYS: int(1, 60).default(5),
    /**
     * Separation of duties in the review chain for units without their own setting: `enforced` (the
     * submitter may not approve, nobody approves twice in one round) or `relaxed` (allowed, recorded).
     */
    DUTY_SEPARATION: z.enum(['enforced', 'relaxed']).default('enforced'),
    CALENDAR_DIR: z.string().min(1).default('config/calendar'),
    /**
     * Memory per API process for built campaign boards (bytes, least recently used out), reused
     * while their fingerprint shows nothing changed (apps/api/src/campaigns/board-cache/). A board of
     * 3,000 units takes about 3 MB (its JSON and the same gzipped). 0 turns the cache off.
     */
    BOARD_CACHE_BYTES: int(0, 16 * 1024 ** 3).default(64 * 1024 * 1024),
    /**
     * How long (ms) a board's fingerprint, once read, is reused while no process of ReportFlow has
     * written a table the board reads (TableEpochs, in Redis). Bounds how late a board shows a change
     * made outside ReportFlow (SQL by hand) or whose signal was lost; 0 reads it on every request.
     */
    BOARD_FINGERPRINT_TRUST_MS: int(0, 3_600_000).default(10_000),
    /** Outgoing mail for reminders, e.g. smtp://user:password@mail.example.gov.cn:587; unset = no email channel. */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^\s/]+(:\d+)?\/?$/, 'expected a URL like smtp://user:password@host:587')
      .optional(),
    SMTP_FROM: z
      .string()
      .regex(/^[^\s@]+@[^\s@]+$/, 'expected an address like reportflow@example.gov.cn')
      .default('reportflow@localhost'),
    WEBHOOK_TIMEOUT_MS: int(100, 60000).default(5000),
    /**
     * A reminder found late (after an outage or a Redis loss) waits for the next office hours
     * (09:00-17:30 on a working day) by default; `immediately` sends it at once.
     */
    LATE_REMINDERS: z.enum(['office-hours', 'immediately']).default('office-hours'),
    /** How often the worker compares open deadlines in MySQL with the timers in Redis. */
    RECONCILE_INTERVAL_MS: int(1000, 24 * 3600 * 1000).default(5 * 60 * 1000),
    /**
     * How often the worker runs again the jobs that failed for good but are still owed (inbox
     * messages, deliveries, deadline changes: catalogue.ts, whenFailed 'sweep'); also at start.
     */
    FAILED_JOB_SWEEP_INTERVAL_MS: int(100, 24 * 3600 * 1000).default(60 * 1000),
    /**
     * How many times the sweep runs one failed job again (each time with its full attempts and
     * backoff) before it gives up, logs it, and (for an email/webhook) moves it to the dead letters.
     */
    FAILED_JOB_SWEEP_RETRIES: int(0, 1000).default(10),
    // ---- Operations and outbound network (issue #15): the queue board, webhooks, /metrics and /docs ----
    /** Bull Board shows the queues but refuses pause, promote, retry, clean... unless set to false. */
    QUEUE_BOARD_READ_ONLY: bool.default('true'),
    /**
     * Webhook hosts the worker may post to although they resolve to a private, loopback or other
     * internal address (an intranet 政务微信 server): comma-separated hostnames and/or CIDRs.
     */
    WEBHOOK_ALLOWED_HOSTS: z
      .string()
      .default('')
      .superRefine((value, ctx) => {
        const bad = value
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s && !isHostOrCidr(s));
        if (bad.length > 0)
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            message: `expected comma-separated hostnames or CIDRs like robot.intranet.gov.cn,10.8.0.0/16 (bad: ${bad.join(', ')})`,
          });
      }),
    /** Serve GET /metrics on the API's listener; unset = on except when NODE_ENV=production. */
    METRICS_ENABLED: bool.optional(),
    /** Serve the OpenAPI document at /docs; unset = on except when NODE_ENV=production. */
    DOCS_ENABLED: bool.optional(),
  })
  .superRefine((env, ctx) => {
    checkRedisSettings(env, ctx);
    checkReplicaSettings(env, ctx);
    if (env.NODE_ENV === 'production' && env.JWT_SECRET === DEV_JWT_SECRET) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['JWT_SECRET'],
        message: 'must be set to your own secret in production (the built-in one is for local development)',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;
