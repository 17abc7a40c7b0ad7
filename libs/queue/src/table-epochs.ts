import { randomBytes } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { ANY_TABLE, Transactions } from '@app/persistence';
import { createRedisClient, type RedisClient } from './redis-connection';

/** The longest a committed write waits for its signal to be stored, and a board read for the tokens. */
const SIGNAL_WAIT_MS = 200;
const READ_WAIT_MS = 150;

/**
 * 写入标记: per table, a token that changes after every committed write to it by any process of the
 * deployment (API or worker), kept in Redis. A reader that reuses an answer built from some tables
 * (the board cache) reads their tokens first: unchanged tokens mean no process of ReportFlow has
 * written those tables since, so an exact but costly check of the data can be skipped.
 *
 * The write's caller waits for its signal to be stored (Database awaits the listener after the
 * commit, at most SIGNAL_WAIT_MS), so the signal is in Redis before the writer answers anyone: a
 * read that follows the answer, in whatever API process, sees it. Tokens are random, never counters:
 * a Redis that lost its keys (a restart without persistence) gives "no token", which matches nothing
 * remembered, where a counter would start again at values readers remember. What stays possible is a
 * lost signal: Redis away at the moment of the write (counted in `lost`, which this process's reads
 * include, so at least this process stops trusting), a failover to a replica that had not received
 * the last tokens, a write made outside ReportFlow (SQL by hand, a CLI that builds its own Database:
 * seed-demo, retire-demo-accounts). Readers bound how long they trust unchanged tokens for that
 * (BOARD_FINGERPRINT_TRUST_MS), and read nothing into an answer that does not come in READ_WAIT_MS.
 */
@Injectable()
export class TableEpochs implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(TableEpochs.name);
  private client: RedisClient | null = null;
  /**
   * Signals this process failed to store in time. Part of every token read here, so this process at
   * least never trusts what it remembered from before a lost signal of its own.
   */
  private lost = 0;

  constructor(
    private readonly config: AppConfig,
    private readonly transactions: Transactions,
  ) {}

  onModuleInit(): void {
    this.transactions.onCommittedWrites((tables) => this.changed(tables));
    // Connecting now, not at the first write: that write's signal would wait for the connection.
    this.connection();
  }

  /** New tokens for `tables`; resolves once stored, or after SIGNAL_WAIT_MS (then counted as lost). */
  async changed(tables: ReadonlySet<string>): Promise<void> {
    const token = randomBytes(9).toString('base64url');
    const pairs = [...tables].flatMap((table) => [table, token]);
    const stored = await within(SIGNAL_WAIT_MS, this.connection().mset(pairs));
    if (stored === undefined) {
      this.lost += 1;
      this.logger.warn(`change signal for ${[...tables].join(', ')} not stored in ${SIGNAL_WAIT_MS} ms`);
    }
  }

  /**
   * The current tokens of `tables` (and of writes that could name no table) as one string, or null
   * when Redis does not answer in READ_WAIT_MS: then nothing may be trusted.
   */
  async tokensOf(tables: readonly string[]): Promise<string | null> {
    const values = await within(READ_WAIT_MS, this.connection().mget([ANY_TABLE, ...tables]));
    if (values === undefined) return null;
    return `${this.lost}|${values.map((value) => value ?? '-').join(',')}`;
  }

  private connection(): RedisClient {
    if (!this.client) {
      // Fail fast: neither a write nor a board read waits for Redis to come back (see the bounds).
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

  /** Lets the last signals out (a CLI closes right after its last write), for at most a second. */
  async onModuleDestroy(): Promise<void> {
    const client = this.client;
    if (!client) return;
    await within(1000, client.quit());
    client.disconnect();
  }
}

/** `work`'s value, or undefined when it fails or takes longer than `ms`. */
async function within<T>(ms: number, work: Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([work.catch(() => undefined), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Where the tokens live: `<queue prefix>:table-epoch:<table>`. */
export function tableEpochKeyPrefix(queuePrefix: string): string {
  return `${queuePrefix}:table-epoch:`;
}
