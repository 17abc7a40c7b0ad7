import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type Redis from 'ioredis';
import { Clock } from '@app/common';
import { AppConfig } from '@app/config';
import { DeliveryRepository } from '@app/notifications';
import { FAILED_JOB_KEPT_SECONDS, JobProducer, QUEUES, type JobPayloads } from '@app/queue';
import { claimStaleAfterMs } from '../notifications/claim-bound';
import { decideFailedJob } from './failed-job-policy';

export interface SweepResult {
  /** Failed jobs looked at, of every kind. */
  failed: number;
  /** Swept jobs moved back to wait. */
  retried: number;
  /** Swept jobs given up this pass (retried FAILED_JOB_SWEEP_RETRIES times and failed again). */
  gaveUp: number;
  /** Deliveries whose sender stopped mid-send, moved to the dead letters as "unconfirmed". */
  unconfirmed: number;
}

const PAGE = 500;

interface FailedJob {
  queue: Queue;
  client: Redis;
  id: string;
  name: string;
  failedReason: string;
  retriedSoFar: number;
}

/**
 * Runs again the jobs that failed for good but are still owed to someone. BullMQ fails a job for
 * good when its attempts run out (a database outage longer than the backoff) or when it stalled
 * more than MAX_STALLED_COUNT times; for a transition's inbox message, a 通报's or an email/webhook
 * delivery nothing else would ever run it again. The catalogue says which kinds are swept
 * (whenFailed: 'sweep'): reminders have the reconciler, self-checks are left for the operator.
 *
 * Each failed job of those kinds is retried (`job.retry('failed')`, with its attempts counted afresh
 * so that it gets the whole backoff again) at start and every FAILED_JOB_SWEEP_INTERVAL_MS, at most
 * FAILED_JOB_SWEEP_RETRIES times. Its count lives in Redis under the queue's own prefix (so, on a
 * Cluster, in the queues' hash slot) and expires with the failed job; several worker processes
 * share it, and a retry that another process made first is not counted twice. After the last retry
 * the job is given up: logged once, left failed (Bull Board shows it), and a delivery goes to the
 * dead-letter list, where an admin sees it and can replay it.
 */
@Injectable()
export class FailedJobSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(FailedJobSweep.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<SweepResult> | null = null;

  constructor(
    private readonly producer: JobProducer,
    private readonly deliveries: DeliveryRepository,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    const run = (when: string) =>
      void this.runOnce().catch((error: Error) =>
        this.logger.warn(`failed-job sweep${when} failed: ${error.message}`),
      );
    run(' at start');
    this.timer = setInterval(() => run(''), this.config.env.FAILED_JOB_SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Runs a full pass that starts after this call (waiting for one already under way). */
  async runOnce(): Promise<SweepResult> {
    while (this.running) await this.running.catch(() => undefined);
    this.running = this.sweep().finally(() => (this.running = null));
    return this.running;
  }

  private async sweep(): Promise<SweepResult> {
    const result: SweepResult = { failed: 0, retried: 0, gaveUp: 0, unconfirmed: 0 };
    const retriedIds: string[] = [];
    for (const name of Object.values(QUEUES)) {
      const queue = this.producer.queue(name);
      for await (const page of this.failedJobs(queue)) {
        result.failed += page.length;
        for (const job of page) {
          const decision = decideFailedJob({
            name: job.name,
            retriedSoFar: job.retriedSoFar,
            limit: this.config.env.FAILED_JOB_SWEEP_RETRIES,
          });
          if (decision === 'retry' && (await this.retry(job))) {
            result.retried++;
            retriedIds.push(job.id);
          } else if (decision === 'give-up' && (await this.giveUp(job))) result.gaveUp++;
        }
      }
    }
    result.unconfirmed = await this.abandonedClaims();
    await this.record(result);
    if (result.retried > 0) {
      const shown = retriedIds.slice(0, 10).join(', ');
      this.logger.log(
        { failedJobSweep: result },
        `failed-job sweep ran ${result.retried} failed job(s) again: ${shown}${retriedIds.length > 10 ? ', …' : ''}`,
      );
    }
    return result;
  }

  /**
   * The queue's failed jobs, a page at a time, with their name, reason and sweep count (one
   * pipelined round trip per page). The ids are read first: a retried job leaves the failed set,
   * which would shift the pages of a set read as it changes.
   */
  private async *failedJobs(queue: Queue): AsyncGenerator<FailedJob[]> {
    const client = (await queue.client) as unknown as Redis;
    const failedKey = queue.toKey('failed');
    const ids: string[] = [];
    for (let start = 0; ; start += PAGE) {
      const page = await client.zrange(failedKey, start, start + PAGE - 1);
      ids.push(...page);
      if (page.length < PAGE) break;
    }
    for (let i = 0; i < ids.length; i += PAGE) {
      const chunk = ids.slice(i, i + PAGE);
      const pipeline = client.pipeline();
      for (const id of chunk) {
        pipeline.hmget(queue.toKey(id), 'name', 'failedReason');
        pipeline.get(this.counterKey(queue, id));
      }
      const replies = (await pipeline.exec()) ?? [];
      const jobs: FailedJob[] = [];
      chunk.forEach((id, j) => {
        const [fieldsError, fields] = replies[2 * j] ?? [];
        const [countError, count] = replies[2 * j + 1] ?? [];
        const [name, failedReason] = (fields ?? []) as Array<string | null>;
        // Removed meanwhile (retention) or unreadable now: the next pass sees it again.
        if (fieldsError || countError || !name) return;
        jobs.push({
          queue,
          client,
          id,
          name,
          failedReason: failedReason ?? '',
          retriedSoFar: Number(count ?? 0),
        });
      });
      yield jobs;
    }
  }

  /** Back to wait with its attempts afresh; false when it was no longer failed (another worker's sweep, an admin). */
  private async retry(job: FailedJob): Promise<boolean> {
    const found = await job.queue.getJob(job.id);
    if (!found) return false;
    try {
      await found.retry('failed', { resetAttemptsMade: true });
    } catch (error) {
      this.logger.debug(`failed-job sweep: ${job.id} not retried: ${(error as Error).message}`);
      return false;
    }
    await this.count(job);
    return true;
  }

  /**
   * Retried as often as allowed and failed again: a delivery goes to the dead-letter list (only a
   * pending one; if the database does not answer, the next pass tries again), then the give-up is
   * counted and logged once (by whichever worker process counts it first).
   */
  private async giveUp(job: FailedJob): Promise<boolean> {
    if (job.name === 'delivery-send') {
      const found = await job.queue.getJob(job.id);
      const { deliveryId } = (found?.data ?? {}) as Partial<JobPayloads['delivery-send']>;
      if (deliveryId !== undefined) {
        try {
          await this.deliveries.recordFailure({
            id: deliveryId,
            claimToken: null,
            error: `job ${job.id} failed for good: ${job.failedReason}`,
            dead: true,
            now: this.clock.now(),
          });
        } catch (error) {
          this.logger.warn(
            `failed-job sweep: delivery ${deliveryId} not yet dead-lettered: ${(error as Error).message}`,
          );
          return false;
        }
      }
    }
    if ((await this.count(job)) !== this.config.env.FAILED_JOB_SWEEP_RETRIES + 1) return false;
    this.logger.warn(
      { job: job.name, jobId: job.id, retries: this.config.env.FAILED_JOB_SWEEP_RETRIES },
      `failed-job sweep gave up on ${job.id} after ${this.config.env.FAILED_JOB_SWEEP_RETRIES} retries` +
        `${job.name === 'delivery-send' ? ' (delivery dead-lettered)' : ''}: ${job.failedReason}`,
    );
    return true;
  }

  /**
   * Deliveries left `sending` past any live send: their sender died mid-send, and no job will look
   * at them again when the run that found the claim fresh completed the job (it left the delivery
   * to the sender). To the dead-letter list as "unconfirmed", where an admin sees them.
   */
  private async abandonedClaims(): Promise<number> {
    const now = this.clock.now();
    const claimedBefore = new Date(now.getTime() - claimStaleAfterMs(this.config.env));
    let moved: number;
    try {
      moved = await this.deliveries.deadLetterUnconfirmed({ claimedBefore, now });
    } catch (error) {
      // The rest of the pass needs only Redis: a database outage must not hold it up; next pass.
      this.logger.warn(
        `failed-job sweep: abandoned delivery claims not checked: ${(error as Error).message}`,
      );
      return 0;
    }
    if (moved > 0)
      this.logger.warn(
        `failed-job sweep: ${moved} delivery(ies) whose sender stopped mid-send dead-lettered as unconfirmed (may have been sent)`,
      );
    return moved;
  }

  /** One more sweep of this job; the count lasts as long as BullMQ keeps a failed job. */
  private async count(job: FailedJob): Promise<number> {
    const key = this.counterKey(job.queue, job.id);
    const replies = await job.client.multi().incr(key).expire(key, FAILED_JOB_KEPT_SECONDS).exec();
    return Number(replies?.[0]?.[1] ?? 0);
  }

  /** Under the queue's own prefix (a job id never contains ':', so no BullMQ key looks like it). */
  private counterKey(queue: Queue, jobId: string): string {
    return `${queue.toKey('failed-sweeps')}:${jobId}`;
  }

  private async record(result: SweepResult): Promise<void> {
    const client = (await this.producer.queue(QUEUES.notifications).client) as unknown as Redis;
    const key = `${this.config.redis.prefix}:metrics:failed-job-sweep`;
    await client
      .multi()
      .hincrby(key, 'runs', 1)
      .hincrby(key, 'retried', result.retried)
      .hincrby(key, 'gave_up', result.gaveUp)
      .hincrby(key, 'unconfirmed', result.unconfirmed)
      .hset(key, 'failed', result.failed)
      .exec();
  }
}
