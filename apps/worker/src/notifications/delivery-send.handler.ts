import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@app/common';
import { AppConfig } from '@app/config';
import { decideOnClaim, DeliveryRepository } from '@app/notifications';
import { JOBS, type JobOutcome, type JobPayloads } from '@app/queue';
import { JobHandler, type HandlesJob, type JobContext } from '../jobs/job-handler';
import { Channels } from './channels';
import { claimStaleAfterMs } from './claim-bound';

/**
 * Sends one stored delivery, never twice. The run first claims it (pending → sending, with a token
 * of its own); only the run that wins sends, and only it records the result. A failure is retried
 * with backoff (the job's attempts); after the last attempt the delivery goes to the dead-letter
 * list, where an admin can see it and replay it. A run that finds another's claim sends nothing: a
 * fresh claim is being sent by that run, a stale one's sender died mid-send and the delivery goes
 * to the dead-letter list as "unconfirmed: may have been sent". A broken channel never holds up the
 * others: each delivery is its own job.
 */
@Injectable()
@JobHandler('delivery-send')
export class DeliverySendHandler implements HandlesJob<'delivery-send'> {
  private readonly logger = new Logger(DeliverySendHandler.name);
  private readonly staleAfterMs: number;

  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly channels: Channels,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.staleAfterMs = claimStaleAfterMs(config.env);
  }

  async handle({ deliveryId }: JobPayloads['delivery-send'], context: JobContext): Promise<JobOutcome> {
    // Re-read: the delivery may have been sent by an earlier run of this job, or dead-lettered.
    const delivery = await this.deliveries.findById(deliveryId);
    if (!delivery) return { status: 'skipped', reason: 'delivery not found' };
    const decision = decideOnClaim(delivery, { now: this.clock.now(), staleAfterMs: this.staleAfterMs });
    switch (decision.action) {
      case 'finished':
        return { status: 'skipped', reason: `delivery is ${decision.status}` };
      case 'in-flight':
        return { status: 'skipped', reason: 'another run of this job is sending it' };
      case 'unconfirmed': {
        const moved = await this.deliveries.deadLetterUnconfirmed({
          id: deliveryId,
          claimedBefore: decision.claimedBefore,
          now: this.clock.now(),
        });
        if (moved > 0)
          this.logger.warn(
            `delivery ${deliveryId}: its sender stopped mid-send; dead-lettered as unconfirmed (may have been sent)`,
          );
        return { status: 'done', detail: 'dead-lettered as unconfirmed: the sender stopped mid-send' };
      }
      case 'claim':
        break;
    }
    const claim = { id: deliveryId, token: randomUUID(), now: this.clock.now() };
    if (!(await this.deliveries.claim(claim)))
      return { status: 'skipped', reason: 'another run of this job claimed it first' };
    try {
      await this.channels.send(delivery);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const dead = context.attempt >= (JOBS['delivery-send'].attempts ?? 1);
      await this.deliveries.recordFailure({
        id: deliveryId,
        claimToken: claim.token,
        error: message,
        dead,
        now: this.clock.now(),
      });
      if (dead)
        return { status: 'done', detail: `dead-lettered after ${context.attempt} attempts: ${message}` };
      throw error;
    }
    if (!(await this.deliveries.markSent({ ...claim, now: this.clock.now() })))
      // Only when an admin replayed it after it was called unconfirmed while this run was stalled.
      this.logger.warn(`delivery ${deliveryId}: sent, but its claim was taken from this run meanwhile`);
    return { status: 'done', detail: `sent by ${delivery.channel}` };
  }
}
