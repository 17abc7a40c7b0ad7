import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { QUEUES } from './catalogue';
import { DEFAULT_JOB_OPTIONS } from './policy';
import { redisOptionsFromUrl } from './redis-connection';
import { JobProducer } from './job-producer';
import { OutboxRelay } from './outbox/outbox-relay';
import { OutboxWriter } from './outbox/outbox-writer';
import { OutboxRepository } from './outbox/outbox.repository';

const queueRegistrations = Object.values(QUEUES).map((name) => ({ name }));

/** Shared Redis connection definition, the queues, and the outbox (writer + relay). */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: redisOptionsFromUrl(config.redis.url),
        prefix: config.redis.prefix,
        defaultJobOptions: {
          ...DEFAULT_JOB_OPTIONS,
          backoff: { type: 'exponential', delay: config.env.JOB_BACKOFF_MS },
        },
      }),
    }),
    BullModule.registerQueue(...queueRegistrations),
  ],
  providers: [JobProducer, OutboxRepository, OutboxWriter, OutboxRelay],
  exports: [BullModule, JobProducer, OutboxRepository, OutboxWriter, OutboxRelay],
})
export class QueueModule {}
