import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { AppConfig } from '@app/config';
import { createRedisClient, type RedisClient } from '@app/queue';

/** Pings Redis on a dedicated connection that fails fast instead of queueing commands. */
@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private client: RedisClient | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly health: HealthIndicatorService,
  ) {}

  private connection(): RedisClient {
    // Fail a ping within the race below instead of queueing it forever while Redis is away.
    this.client ??= createRedisClient(this.config.redis.topology, 'fail-fast');
    this.client.on('error', () => undefined);
    return this.client;
  }

  async isHealthy(key: string) {
    const indicator = this.health.check(key);
    try {
      const pong = await Promise.race([
        this.connection().ping(),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('timeout after 1000 ms')), 1000).unref(),
        ),
      ]);
      return pong === 'PONG' ? indicator.up() : indicator.down({ message: `unexpected reply ${pong}` });
    } catch (error) {
      return indicator.down({
        message: `Redis unreachable: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }

  onModuleDestroy(): void {
    this.client?.disconnect();
  }
}
