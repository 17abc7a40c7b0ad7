import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { createRedisClient, type RedisClient } from '@app/queue';

/** One client address's requests in one fixed one-minute window. */
export interface WindowCount {
  client: string;
  /** The window's start (ms since the epoch, a multiple of a minute by the injected clock). */
  windowStart: number;
}

export const PUBLIC_WINDOW_MS = 60_000;

/**
 * Where the public pages' request counts live. Several API processes (API_PROCESSES) or hosts
 * behind a balancer must share them, or a crawler gets the allowance once per process: the same
 * store as the login counts (LOGIN_THROTTLE_STORE: Redis in production or with several processes).
 * Redis not answering must not take the public pages down: the count then falls back to this
 * process's memory, which still limits.
 */
@Injectable()
export class PublicRequestCounts implements OnModuleDestroy {
  private readonly logger = new Logger(PublicRequestCounts.name);
  private client: RedisClient | null = null;
  private local = { windowStart: -1, counts: new Map<string, number>() };
  private warned = false;

  constructor(private readonly config: AppConfig) {}

  /** Counts this request and answers how many the client made in the window, this one included. */
  async increment(key: WindowCount): Promise<number> {
    if (this.config.loginThrottleStore === 'redis') {
      try {
        return await this.incrementShared(key);
      } catch (error) {
        if (!this.warned) this.logger.warn(`public request counts kept per process: ${String(error)}`);
        this.warned = true;
      }
    }
    return this.incrementLocal(key);
  }

  private async incrementShared({ client, windowStart }: WindowCount): Promise<number> {
    const key = `${windowStart}:${client}`;
    const [[incrError, count], [expireError]] = (await this.connection()
      .multi()
      .incr(key)
      .pexpire(key, PUBLIC_WINDOW_MS * 2)
      .exec()) as [[Error | null, number], [Error | null, unknown]];
    if (incrError ?? expireError) throw incrError ?? expireError;
    this.warned = false;
    return count;
  }

  private incrementLocal({ client, windowStart }: WindowCount): number {
    // Only the current window is kept: memory stays bounded by one minute's client addresses.
    if (this.local.windowStart !== windowStart) this.local = { windowStart, counts: new Map() };
    const count = (this.local.counts.get(client) ?? 0) + 1;
    this.local.counts.set(client, count);
    return count;
  }

  private connection(): RedisClient {
    if (!this.client) {
      // Fail fast: a public page must not wait for Redis to come back. Under the queue prefix, so
      // on a Cluster the keys share its hash slot.
      const prefix = `${this.config.redis.prefix}:public-requests:`;
      this.client = createRedisClient(this.config.redis.topology, 'fail-fast', prefix);
      this.client.on('error', () => undefined);
    }
    return this.client;
  }

  onModuleDestroy(): void {
    this.client?.disconnect();
  }
}
