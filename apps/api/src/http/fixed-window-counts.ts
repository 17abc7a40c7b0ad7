import { Logger, type OnModuleDestroy } from '@nestjs/common';
import type { AppConfig } from '@app/config';
import { createRedisClient, type RedisClient } from '@app/queue';

/** One client address's count in one fixed one-minute window. */
export interface WindowCount {
  client: string;
  /** The window's start (ms since the epoch, a multiple of a minute by the injected clock). */
  windowStart: number;
}

export const WINDOW_MS = 60_000;

/** The start of the one-minute window an instant (ms) falls in, and the whole seconds left in it. */
export function windowOf(now: number): { windowStart: number; secondsLeft: number } {
  const windowStart = now - (now % WINDOW_MS);
  return { windowStart, secondsLeft: Math.max(1, Math.ceil((windowStart + WINDOW_MS - now) / 1000)) };
}

/**
 * Counts per client address and one-minute window, for the limits that must hold across API
 * processes (API_PROCESSES) and hosts behind a balancer, or a client gets the allowance once per
 * process: kept in the same store as the login counts (LOGIN_THROTTLE_STORE: Redis in production or
 * with several processes). Redis not answering must not take logins or the public pages down: the
 * count then falls back to this process's memory, which still limits. Each subclass names its own
 * keys (`namespace`), under the queue prefix so that on a Cluster they share its hash slot.
 */
export abstract class FixedWindowCounts implements OnModuleDestroy {
  private readonly logger = new Logger(this.constructor.name);
  private client: RedisClient | null = null;
  private local = { windowStart: -1, counts: new Map<string, number>() };
  private warned = false;

  protected constructor(
    private readonly config: AppConfig,
    private readonly namespace: string,
  ) {}

  /** Counts one for the client and answers its count in the window, this one included. */
  increment(key: WindowCount): Promise<number> {
    return this.add(key, 1);
  }

  /** Takes one back (an attempt counted before it was known to succeed). */
  async decrement(key: WindowCount): Promise<void> {
    await this.add(key, -1);
  }

  private async add(key: WindowCount, by: 1 | -1): Promise<number> {
    if (this.config.loginThrottleStore === 'redis') {
      try {
        return await this.addShared(key, by);
      } catch (error) {
        if (!this.warned) this.logger.warn(`${this.namespace} counts kept per process: ${String(error)}`);
        this.warned = true;
      }
    }
    return this.addLocal(key, by);
  }

  private async addShared({ client, windowStart }: WindowCount, by: 1 | -1): Promise<number> {
    const key = `${windowStart}:${client}`;
    const [[incrError, count], [expireError]] = (await this.connection()
      .multi()
      .incrby(key, by)
      .pexpire(key, WINDOW_MS * 2)
      .exec()) as [[Error | null, number], [Error | null, unknown]];
    if (incrError ?? expireError) throw incrError ?? expireError;
    this.warned = false;
    return count;
  }

  private addLocal({ client, windowStart }: WindowCount, by: 1 | -1): number {
    // Only the current window is kept: memory stays bounded by one minute's client addresses.
    if (this.local.windowStart !== windowStart) this.local = { windowStart, counts: new Map() };
    const count = (this.local.counts.get(client) ?? 0) + by;
    this.local.counts.set(client, count);
    return count;
  }

  private connection(): RedisClient {
    if (!this.client) {
      // Fail fast: a login or a public page must not wait for Redis to come back.
      const prefix = `${this.config.redis.prefix}:${this.namespace}:`;
      this.client = createRedisClient(this.config.redis.topology, 'fail-fast', prefix);
      this.client.on('error', () => undefined);
    }
    return this.client;
  }

  onModuleDestroy(): void {
    this.client?.disconnect();
  }
}
