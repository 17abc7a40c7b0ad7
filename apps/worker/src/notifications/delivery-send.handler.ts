import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '@app/common';
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
    private readonly dataSource: DataSource,
    private readonly channels: Channels,
    private readonly clock: Clock,
  ) {}

  async handle({ deliveryId }: JobPayloads['delivery-send'], context: JobContext): Promise<JobOutcome> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      'SELECT * FROM deliveries WHERE id = ?',
      [deliveryId],
    );
    const delivery = rows[0];
    if (!delivery) return { status: 'skipped', reason: 'delivery not found' };
    if (delivery.status !== 'pending')
      return { status: 'skipped', reason: `delivery is ${String(delivery.status)}` };
    try {
      await this.channels.send({
        channel: delivery.channel as 'email' | 'webhook',
        target: delivery.target as string,
        subject: delivery.subject as string,
        body: delivery.body as string,
        link: (delivery.link as string | null) ?? null,
      });
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      const last = context.attempt >= (JOBS['delivery-send'].attempts ?? 1);
      await this.dataSource.query(
        `UPDATE deliveries SET attempts = attempts + 1, last_error = ?, status = IF(?, 'dead', status), dead_at = IF(?, ?, dead_at)
          WHERE id = ? AND status = 'pending'`,
        [message, last, last, this.clock.now(), deliveryId],
      );
      if (last)
        return { status: 'done', detail: `dead-lettered after ${context.attempt} attempts: ${message}` };
      throw error;
    }
    await this.dataSource.query(
      "UPDATE deliveries SET attempts = attempts + 1, status = 'sent', sent_at = ?, last_error = NULL WHERE id = ? AND status = 'pending'",
      [this.clock.now(), deliveryId],
    );
    return { status: 'done', detail: `sent by ${String(delivery.channel)}` };
  }
}
