import { existsSync } from 'node:fs';
import { DEFAULT_QUEUE_PREFIX, redisTopology, type RedisTopology } from './redis-topology';
import { envSchema, type Env } from './schema';

export interface DatabaseSettings {
  /** The primary: every write, every transaction, and every read not marked lag-tolerant. */
  url: string;
  poolSize: number;
  /** Read replicas; empty means one pool on the primary. */
  replicaUrls: string[];
  /** How long a user's reads stay on the primary after a write of theirs. */
  readYourWritesMs: number;
}

/** Typed, validated settings. One instance per process, built by loadConfig(). */
export class AppConfig {
  constructor(readonly env: Env) {}

  get isProduction(): boolean {
    return this.env.NODE_ENV === 'production';
  }

  get database(): DatabaseSettings {
    return {
      url: this.env.DATABASE_URL,
      poolSize: this.env.DATABASE_POOL_SIZE,
      replicaUrls: this.env.DATABASE_REPLICA_URLS ?? [],
      readYourWritesMs: this.env.DATABASE_READ_YOUR_WRITES_MS,
    };
  }

  /** Where the queues live (one server, a Sentinel set or a Cluster) and the prefix of every key. */
  get redis(): { topology: RedisTopology; prefix: string } {
    const topology = redisTopology(this.env);
    const fallback = topology.kind === 'cluster' ? DEFAULT_QUEUE_PREFIX.cluster : DEFAULT_QUEUE_PREFIX.plain;
    return { topology, prefix: this.env.QUEUE_PREFIX ?? fallback };
  }

  /**
   * Login attempts are counted in Redis wherever more than one process may answer (production, where
   * hosts sit behind a balancer, or several API processes); one development process counts in memory.
   */
  get loginThrottleStore(): 'redis' | 'memory' {
    const setting = this.env.LOGIN_THROTTLE_STORE;
    if (setting !== 'auto') return setting;
    return this.isProduction || this.env.API_PROCESSES !== 1 ? 'redis' : 'memory';
  }

  /** Failed logins (and refreshes) from one address per minute before that address is slowed. */
  get loginFailuresPerAddressPerMinute(): number {
    return this.env.LOGIN_FAILURES_PER_ADDRESS_PER_MINUTE ?? this.env.LOGIN_THROTTLE_PER_MINUTE * 3;
  }

  get corsOrigins(): string[] {
    return this.env.CORS_ORIGINS.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Validates the environment (plus an optional .env file in the working directory) and lists every
 * bad variable in one line, e.g. `DATABASE_URL: expected a URL like mysql://... (got "nonsense")`.
 */
export function loadConfig(source: NodeJS.ProcessEnv = process.env, envFile = '.env'): AppConfig {
  if (source === process.env && envFile && existsSync(envFile)) {
    // Node's own loader: values already in the environment win over the file.
    process.loadEnvFile(envFile);
  }
  // Empty strings count as "not set" so that `FOO= npm start` falls back to the default.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      const got = cleaned[name];
      const shown = got === undefined ? 'missing' : `got ${JSON.stringify(redactIfSecret(name, got))}`;
      return `${name}: ${issue.message} (${shown})`;
    });
    throw new ConfigError(problems);
  }
  return new AppConfig(parsed.data);
}

function redactIfSecret(name: string, value: string): string {
  if (/SECRET|PASSWORD|TOKEN/.test(name)) return '<redacted>';
  // A URL's password (DATABASE_URL, REDIS_URL, SMTP_URL, each of DATABASE_REPLICA_URLS) is a secret
  // too: keep the rest, for the diagnosis.
  return value.replace(/(^|,\s*)([a-z][a-z0-9+.-]*:\/\/[^:/?#@\s,]*):[^/?#\s,]*@/gi, '$1$2:<redacted>@');
}
