import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { AppConfig } from '@app/config';
import { QUEUES, type JobOutcome } from '@app/queue';
import { JobHandlerRegistry } from './job-handler.registry';

/** Processors only consume: each hands the job to its registered handler. */
@Injectable()
abstract class QueueConsumer extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.env.WORKER_CONCURRENCY;
  }

  process(job: Job): Promise<JobOutcome> {
    return this.registry.dispatch(job);
  }
}

@Processor(QUEUES.system)
export class SystemQueueConsumer extends QueueConsumer {}

@Processor(QUEUES.notifications)
export class NotificationsQueueConsumer extends QueueConsumer {}

@Processor(QUEUES.deadlines)
export class DeadlinesQueueConsumer extends QueueConsumer {}

export const QUEUE_CONSUMERS = [SystemQueueConsumer, NotificationsQueueConsumer, DeadlinesQueueConsumer];
