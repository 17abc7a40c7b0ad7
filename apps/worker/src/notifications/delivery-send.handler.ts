import { Injectable } from '@nestjs/common';
import { Clock } from '@app/common';
import { DeliveryRepository } from '@app/notifications';
import { JOBS, type JobOutcome, type JobPayloads } from '@app/queue';
import { JobHandler, type HandlesJob, type JobContext } from '../jobs/job-handler';
import { Channels } from './channels';

/**
 * Sends one stored delivery. A failure is retried with backoff (the job's attempts); after the last
 * attempt the delivery goes to the dead-letter list, where an admin can see it and replay it. A
 * broken channel never holds up the others: each delivery is its own job.
 */
@Injectable()
@JobHandler('delivery-send')
export class DeliverySendHandler implements HandlesJob<'delivery-send'> {
  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly channels: Channels,
    private readonly clock: Clock,
  ) {}

  async handle({ deliveryId }: JobPayloads['delivery-send'], context: JobContext): Promise<JobOutcome> {
    // Re-read: the delivery may have been sent by an earlier run of this job, or dead-lettered.
    const delivery = await this.deliveries.findById(deliveryId);
    if (!delivery) return { status: 'skipped', reason: 'delivery not found' };
    if (delivery.status !== 'pending') return { status: 'skipped', reason: `delivery is ${delivery.status}` };
    try {
      await this.channels.send(delivery);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const dead = context.attempt >= (JOBS['delivery-send'].attempts ?? 1);
      await this.deliveries.recordFailure({ id: deliveryId, error: message, dead, now: this.clock.now() });
      if (dead)
        return { status: 'done', detail: `dead-lettered after ${context.attempt} attempts: ${message}` };
      throw error;
    }
    await this.deliveries.markSent(deliveryId, this.clock.now());
    return { status: 'done', detail: `sent by ${delivery.channel}` };
  }
}
