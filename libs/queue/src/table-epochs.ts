import { randomBytes } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { ANY_TABLE, Transactions } from '@app/persistence';
import { createRedisClient, type RedisClient } from './redis-connection';

/**
 * 写入标记: per table, a token that changes after every committed write to it by any process of the
 * deployment (API or worker), kept in Redis. A reader that reuses an answer built from some tables
 * (the board cache) reads their tokens first: unchanged tokens mean no process of ReportFlow has
 * written those tables since, so an exact but costly check of the data can be skipped.
 *
 * Tokens are random, never counters: a Redis that lost its keys (a restart without persistence, a
 * failover to a lagging replica) gives "no token", which matches nothing remembered, instead of a
 * counter starting again at a value a reader remembers. A signal can still be lost (Redis away at
 * the moment of the write; a write made outside ReportFlow, by SQL in a console): readers bound how
 * long they trust unchanged tokens for that (BOARD_FINGERPRINT_TRUST_MS).
 */
@Injectable()
export class TableEpochs implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(TableEpochs.name);
  private client: RedisClient | null = null;
  /**
   * Signals this process failed to store. Part of every token read here, so this process at least
   * never trusts what it remembered from before a lost signal of its own.
   */
  private lost = 0;

  constructor(
    private readonly config: AppConfig,
    private readonly transactions: Transactions,
  ) {}

  onModuleInit(): void {
    this.transactions.onCommittedWrites((tables) => this.changed(tables));
  }

  /**
   * New tokens for `tables`, sent at once: on the same connection as this process's reads of the
   * tokens, so a read issued after a write's answer (the writer's own next request) sees them.
   */
  changed(tables: ReadonlySet<string>): void {
    const token = randomBytes(9).toString('base64url');
    const pairs = [...tables].flatMap((table) => [table, token]);
    this.connection()
      .mset(pairs)
      .catch((error: unknown) => {
        this.lost += 1;
        this.logger.warn(`change signal for ${[...tables].join(', ')} not stored: ${String(error)}`);
      });
  }

  /**
   * The current tokens of `tables` (and of writes that could name no table) as one string, or null
   * when Redis does not answer: then nothing may be trusted.
   */
  async tokensOf(tables: readonly string[]): Promise<string | null> {
    try {
      const values = await this.connection().mget([ANY_TABLE, ...tables]);
      return `${this.lost}|${values.map((value) => value ?? '-').join(',')}`;
    } catch {
      return null;
    }
  }

  private connection(): RedisClient {
    if (!this.client) {
      // Fail fast: a board read must not wait for Redis to come back (it checks the data instead).
      // Under the queue prefix, so on a Cluster the keys share its hash slot and MSET/MGET work.
      this.client = createRedisClient(
        this.config.redis.topology,
        'fail-fast',
        tableEpochKeyPrefix(this.config.redis.prefix),
      );
      this.client.on('error', () => undefined);
    }
    return this.client;
  }

  onModuleDestroy(): void {
    this.client?.disconnect();
  }
}

/** Where the tokens live: `<queue prefix>:table-epoch:<table>`. */
export function tableEpochKeyPrefix(queuePrefix: string): string {
  return `${queuePrefix}:table-epoch:`;
}
