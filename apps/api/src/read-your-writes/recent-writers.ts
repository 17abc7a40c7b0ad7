import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { createRedisClient, type RedisClient } from '@app/queue';

/**
 * Who wrote in the last DATABASE_READ_YOUR_WRITES_MS: one Redis key per user with that TTL, so every
 * API process (and host) sees a write made through another one. Redis being away must not hide a
 * user's own change from them: an unanswered question counts as "wrote recently" (primary).
 */
@Injectable()
export class RecentWriters implements OnModuleDestroy {
  private readonly logger = new Logger(RecentWriters.name);
  private client: RedisClient | null = null;

  constructor(private readonly config: AppConfig) {}

  async mark(userId: string): Promise<void> {
    try {
      await this.connection().set(userId, '1', 'PX', this.config.database.readYourWritesMs);
    } catch (error) {
      // The write itself has committed; failing the request now would invite a retry of it.
      this.logger.warn(`read-your-writes mark not stored for ${userId}: ${String(error)}`);
    }
  }

  async wroteRecently(userId: string): Promise<boolean> {
    try {
      return (await this.connection().exists(userId)) === 1;
    } catch {
      return true;
    }
  }

  private connection(): RedisClient {
    if (!this.client) {
      // Fail fast: a read must not wait for Redis to come back. Under the queue prefix, so on a
      // Cluster the keys share its hash slot.
      const prefix = `${this.config.redis.prefix}:recent-writer:`;
      this.client = createRedisClient(this.config.redis.topology, 'fail-fast', prefix);
      this.client.on('error', () => undefined);
    }
    return this.client;
  }

  onModuleDestroy(): void {
    this.client?.disconnect();
  }
}
