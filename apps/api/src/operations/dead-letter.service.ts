import { Injectable } from '@nestjs/common';
import { Clock } from '@app/common';
import { administers, requireAdministeredSubtrees, type Principal } from '@app/directory';
import { DeliveryRepository } from '@app/notifications';
import { Transactions } from '@app/persistence';
import { OutboxRelay, OutboxWriter } from '@app/queue';
import { DeadLetterRepository } from './dead-letter.repository';
import { OperationsErrors } from './operations.errors';

/** Email/webhook deliveries that failed every retry: listed and sent again by the admins above them. */
@Injectable()
export class DeadLetterService {
  constructor(
    private readonly transactions: Transactions,
    private readonly deadLetters: DeadLetterRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly outbox: OutboxWriter,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
  ) {}

  list(principal: Principal) {
    return this.deadLetters.listWithin(requireAdministeredSubtrees(principal, 'dead-letter.read'));
  }

  /** Sends a dead delivery again: it keeps its key, so it is still sent at most once. */
  async replay(principal: Principal, id: number) {
    requireAdministeredSubtrees(principal, 'dead-letter.replay');
    const now = this.clock.now();
    const replays = await this.transactions.run(async () => {
      const row = await this.deadLetters.lockForReplay(id);
      if (!row || !administers(principal, row.unitPath)) throw OperationsErrors.deadLetterNotFound();
      if (row.status !== 'dead') throw OperationsErrors.notDead(row.status);
      await this.deliveries.requeueForReplay(id);
      await this.outbox.add('delivery-send', { deliveryId: id, replay: row.replays + 1 }, now);
      return row.replays + 1;
    });
    this.relay.kick();
    return { id, status: 'pending' as const, replays };
  }
}
