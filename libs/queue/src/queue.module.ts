import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { QUEUES } from './catalogue';
import { DEFAULT_JOB_OPTIONS } from './policy';
import { ClusterConnectionCloser } from './cluster-connection-closer';
import { bullMqConnection } from './redis-connection';
import { JobProducer } from './job-producer';
import { OutboxRelay } from './outbox/outbox-relay';
import { OutboxWriter } from './outbox/outbox-writer';
import { SelfCheckRepository } from './self-check.repository';
import { OutboxRepository } from './outbox/outbox.repository';
import { TableEpochs } from './table-epochs';

/**
 * Each queue gets its connection from the one factory. On a Cluster that is a Cluster instance of
 * the queue's own (its workers share it), which ClusterConnectionCloser closes at shutdown. (Hence
 * one registration per queue rather than a forRoot connection shared by all.)
 */
const queueRegistrations = Object.values(QUEUES).map((name) => ({
  name,
  inject: [AppConfig],
  useFactory: (config: AppConfig) => ({
    connection: bullMqConnection(config.redis.topology),
    prefix: config.redis.prefix,
    defaultJobOptions: {
      ...DEFAULT_JOB_OPTIONS,
      backoff: { type: 'exponential' as const, delay: config.env.JOB_BACKOFF_MS },
    },
  }),
}));

/** The queues (on the Redis that the settings name), the outbox (writer + relay) and the change signals (TableEpochs). */
// Global: one outbox per process; any module's transaction may enqueue.
@Global()
@Module({
  imports: [BullModule.registerQueueAsync(...queueRegistrations)],
  providers: [
    JobProducer,
    OutboxRepository,
    OutboxWriter,
    OutboxRelay,
    ClusterConnectionCloser,
    SelfCheckRepository,
    TableEpochs,
  ],
  exports: [
    BullModule,
    JobProducer,
    OutboxRepository,
    OutboxWriter,
    OutboxRelay,
    SelfCheckRepository,
    TableEpochs,
  ],
})
export class QueueModule {}
