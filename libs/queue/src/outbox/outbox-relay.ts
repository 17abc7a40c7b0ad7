import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '@app/common';
import { Transactions } from '@app/persistence';
import { isJobName, type JobName, type JobPayloads } from '../catalogue';
import { JobProducer } from '../job-producer';
import { OutboxRepository } from './outbox.repository';

const RELAY_TIMEOUT_MS = 5000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Moves committed outbox rows to BullMQ and marks them relayed. Rows are claimed with
 * FOR UPDATE SKIP LOCKED, so several API and worker processes can relay at once without sending a
 * row twice; if the process dies after adding the jobs but before commit, the next relay adds them
 * again under the same deterministic job ids, which BullMQ ignores.
 */
@Injectable()
export class OutboxRelay implements OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private rerun = false;

  constructor(
    private readonly transactions: Transactions,
    private readonly outbox: OutboxRepository,
    private readonly producer: JobProducer,
    private readonly clock: Clock,
  ) {}

  /**
   * Relay soon, without making the caller wait (called right after a transaction commits). Called
   * inside another transaction (a use case nested in another), it waits for that one's commit:
   * relaying there would claim the uncommitted rows in the caller's own transaction and hand the
   * worker jobs about rows it cannot read yet (a receipt's return told its drafter nothing).
   */
  kick(): void {
    this.transactions.afterCommit(() => {
      if (this.running) {
        this.rerun = true;
        return;
      }
      void this.relayAll().catch(() => undefined);
    });
  }

  /** Periodic sweep for rows a crashed process left behind. */
  startPolling(intervalMs: number): void {
    this.stopPolling();
    this.timer = setInterval(() => this.kick(), intervalMs);
    this.timer.unref();
  }

  stopPolling(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopPolling();
    await this.running?.catch(() => undefined);
  }

  /** Relays until the outbox is empty; returns how many rows were relayed. */
  async relayAll(batchSize = 500): Promise<number> {
    if (this.running) return this.running;
    this.running = (async () => {
      let total = 0;
      try {
        do {
          this.rerun = false;
          let relayed: number;
          do {
            relayed = await this.relayBatch(batchSize);
            total += relayed;
          } while (relayed === batchSize);
        } while (this.rerun);
      } catch (error) {
        this.logger.warn(`outbox relay paused: ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      } finally {
        this.running = null;
      }
      return total;
    })();
    return this.running;
  }

  private async relayBatch(batchSize: number): Promise<number> {
    // READ COMMITTED: the claim locks only the rows it returns. Under REPEATABLE READ it also locked
    // the gap after them, where every new outbox row goes, so each transition's commit waited for
    // the relay's round trip to Redis.
    return this.transactions.run(
      async () => {
        const rows = await this.outbox.claimPending(batchSize);
        if (rows.length === 0) return 0;
        for (const row of rows.filter((r) => !isJobName(r.jobName))) {
          this.logger.error(
            `outbox row ${row.id} names unknown job ${row.jobName}; marked relayed without a job`,
          );
        }
        // Never hold the claimed rows (and a pooled connection) while Redis is away: give up after a
        // while and let the next sweep try again. Jobs added late keep their ids, so nothing doubles.
        await withTimeout(
          this.producer.addMany(
            rows.flatMap((row) =>
              isJobName(row.jobName)
                ? [
                    {
                      name: row.jobName,
                      payload: row.payload as JobPayloads[JobName],
                      jobId: row.jobId,
                      runAt: row.runAt,
                    },
                  ]
                : [],
            ),
            this.clock.now(),
          ),
          RELAY_TIMEOUT_MS,
        );
        await this.outbox.markRelayed(
          rows.map((r) => r.id),
          this.clock.now(),
        );
        return rows.length;
      },
      { isolation: 'READ COMMITTED' },
    );
  }
}
