import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { QUEUES } from './catalogue';
import { JobProducer } from './job-producer';

/**
 * On a Cluster each queue was handed a Cluster instance (bullMqConnection), and BullMQ leaves a
 * handed-in connection open when the queue closes: left alone it keeps refreshing the slot map
 * after shutdown. This closes each queue (closing twice is harmless, whichever hook runs first) and
 * then its connection. The workers have stopped by then: Nest closes them when modules are destroyed.
 */
@Injectable()
export class ClusterConnectionCloser implements OnApplicationShutdown {
  constructor(
    private readonly config: AppConfig,
    private readonly producer: JobProducer,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.config.redis.topology.kind !== 'cluster') return;
    await Promise.all(
      Object.values(QUEUES).map(async (name) => {
        const queue = this.producer.queue(name);
        await queue.close();
        await queue.disconnect();
      }),
    );
  }
}
