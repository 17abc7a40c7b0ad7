import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DelayedError, type Job } from 'bullmq';
import { AppConfig } from '@app/config';
import { JOB_RETENTION, MAX_STALLED_COUNT, QUEUES, type JobOutcome } from '@app/queue';
import { JobHandlerRegistry } from './job-handler.registry';

/** Processors only consume: each hands the job to its registered handler. */
@Injectable()
abstract class QueueConsumer extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger('QueueConsumer');
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly config: AppConfig,
  ) {
    super();
  }

  /**
   * Workers are created with autorun off and started here, once the handler registry has checked
   * the catalogue and the validated settings can be applied (decorator options are static).
   */
  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.env.WORKER_CONCURRENCY;
    // A job whose worker died (kill -9) is picked up again once its lock lapses.
    this.worker.opts.lockDuration = this.config.env.WORKER_LOCK_MS;
    this.worker.opts.stalledInterval = this.config.env.WORKER_LOCK_MS;
    // A stalled job runs again rather than failing at its second stall (policy.ts says why). Safe
    // because every handler may run twice with nothing done twice:
    // - transition-notify, notice-issued, target-urged: inbox rows under a unique dedup_key
    //   (INSERT IGNORE); a 催办's push planned once (push_due_at set only while empty);
    // - target-urged-push: deliveries under unique keys, stored with pushed_at in one transaction;
    // - reminders-due: each batch claims its timers (SKIP LOCKED), locks their deadlines, looks at
    //   the log again and writes the log row, inbox rows and deliveries under keys in the
    //   transaction that removes the timers (ReminderBatch);
    // - delivery-send: re-reads its delivery and sends only a pending one (a run that dies between
    //   the send and marking it sent may send again: at least once there, as with any retry);
    // - deadlines-changed: syncs the deadline rows to the report row and adds timers under
    //   deterministic ids, so a second run finds nothing to change;
    // - self-check: marks its row processed only while unprocessed.
    this.worker.opts.maxStalledCount = MAX_STALLED_COUNT;
    // Finished jobs are kept as policy.ts says; the worker applies it, the jobs do not carry it.
    this.worker.opts.removeOnComplete = JOB_RETENTION.removeOnComplete;
    this.worker.opts.removeOnFail = JOB_RETENTION.removeOnFail;
    void this.worker
      .run()
      .catch((error: Error) => this.logger.error(`worker for ${this.worker.name} stopped: ${error.message}`));
  }

  async process(job: Job, token?: string): Promise<JobOutcome> {
    const outcome = await this.registry.dispatch(job);
    if (outcome.status !== 'deferred') return outcome;
    // Back to "delayed" under the same id (the deterministic-id contract holds, nothing is lost);
    // DelayedError tells BullMQ the job neither completed nor failed, and costs no attempt.
    await job.moveToDelayed(Date.now() + outcome.delayMs, token);
    throw new DelayedError(outcome.reason);
  }
}

const MANUAL_START = { autorun: false };

@Processor(QUEUES.system, MANUAL_START)
export class SystemQueueConsumer extends QueueConsumer {}

@Processor(QUEUES.notifications, MANUAL_START)
export class NotificationsQueueConsumer extends QueueConsumer {}

@Processor(QUEUES.deadlines, MANUAL_START)
export class DeadlinesQueueConsumer extends QueueConsumer {}

export const QUEUE_CONSUMERS = [SystemQueueConsumer, NotificationsQueueConsumer, DeadlinesQueueConsumer];
