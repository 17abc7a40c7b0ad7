import { Controller, Get, Param, Post } from '@nestjs/common';
import { WholeNumberParam } from '../http/query-values';
import { z } from 'zod/v4';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppError, Clock } from '@app/common';
import { administers, requireAdministeredSubtrees, type Principal } from '@app/directory';
import { Transactions } from '@app/persistence';
import { DeliveryRepository } from '@app/notifications';
import { OutboxRelay, OutboxWriter } from '@app/queue';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Returns } from '../http/api-response';
import { DeadLetterRepository } from './dead-letter.repository';
import { DeadLetterSchema, ReplayedDeliverySchema } from './operations.responses';

/** Email/webhook deliveries that failed every retry, for the admins of the units they concern. */
@ApiTags('operations')
@ApiBearerAuth()
@Controller('admin/dead-letters')
export class DeadLettersController {
  constructor(
    private readonly transactions: Transactions,
    private readonly deadLetters: DeadLetterRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly outbox: OutboxWriter,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Returns(200, z.array(DeadLetterSchema))
  @ApiOperation({ summary: 'Deliveries that failed every retry, in my admin subtree' })
  async list(@CurrentPrincipal() principal: Principal) {
    return this.deadLetters.listWithin(requireAdministeredSubtrees(principal, 'dead-letter.read'));
  }

  @Post(':id/replay')
  @Returns(202, ReplayedDeliverySchema)
  @ApiOperation({
    summary: 'Send a dead delivery again (it keeps its key, so it is still sent at most once)',
  })
  async replay(@CurrentPrincipal() principal: Principal, @Param('id', WholeNumberParam('id')) id: number) {
    requireAdministeredSubtrees(principal, 'dead-letter.read');
    const now = this.clock.now();
    const replays = await this.transactions.run(async () => {
      const row = await this.deadLetters.lockForReplay(id);
      if (!row || !administers(principal, row.unitPath))
        throw new AppError(404, 'NOT_FOUND', 'Dead letter not found');
      if (row.status !== 'dead')
        throw new AppError(409, 'NOT_DEAD', `This delivery is ${row.status}, not in the dead-letter list`);
      await this.deliveries.requeueForReplay(id);
      await this.outbox.add('delivery-send', { deliveryId: id, replay: row.replays + 1 }, now);
      return row.replays + 1;
    });
    this.relay.kick();
    return { id, status: 'pending' as const, replays };
  }
}
