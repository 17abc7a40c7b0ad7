import { Injectable } from '@nestjs/common';
import { Clock } from '@app/common';
import { STATUTORY_ORDER } from '@app/content';
import type { Principal } from '@app/directory';
import { Transactions } from '@app/persistence';
import { CampaignAccess } from '../campaign-access';
import { CampaignEventRepository } from '../campaign-event.repository';
import { CampaignErrors } from '../campaign.errors';
import { campaignItemOrder } from './campaign-item-order';
import { ItemOrderErrors } from './item-order.errors';
import { CampaignItemOrderRepository } from './item-order.repository';

/**
 * A campaign's item order (#18 item 7): read by the board's readers, changed by the issuing unit's
 * coordinators until the first report is dispatched to the campaign — after that the recipients
 * hold documents printed in it, and a change would make them differ from what is exported.
 */
@Injectable()
export class CampaignItemOrders {
  constructor(
    private readonly access: CampaignAccess,
    private readonly orders: CampaignItemOrderRepository,
    private readonly events: CampaignEventRepository,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  async get(principal: Principal, campaignId: string) {
    const { campaign } = await this.access.forBoard(principal, campaignId);
    return this.view(campaignId, campaign.status === 'active');
  }

  async put(
    principal: Principal,
    campaignId: string,
    change: { expectedVersion: number; itemOrder: number[] },
  ) {
    const order = campaignItemOrder(change.itemOrder);
    const now = this.clock.now();
    await this.transactions.run(async () => {
      const { campaign } = await this.access.forIssuer(principal, campaignId, { lock: true });
      if (campaign.status !== 'active') throw CampaignErrors.withdrawn();
      const before = await this.orders.find(campaignId);
      if (!before) throw CampaignErrors.notFound();
      const dispatched = await this.orders.dispatchedCount(campaignId);
      if (dispatched > 0) throw ItemOrderErrors.locked(dispatched);
      const replaced = await this.orders.replace({
        campaignId,
        order,
        expectedVersion: change.expectedVersion,
        now,
      });
      if (!replaced) throw ItemOrderErrors.staleVersion(before.version);
      await this.events.record(
        [
          {
            campaignId,
            unitId: null,
            action: 'item_order_set',
            actorUserId: principal.userId,
            details: {
              before: before.order ?? [...STATUTORY_ORDER],
              after: order ?? [...STATUTORY_ORDER],
              version: before.version + 1,
            },
          },
        ],
        now,
      );
    });
    return this.view(campaignId, true);
  }

  private async view(campaignId: string, active: boolean) {
    const stored = await this.orders.find(campaignId);
    if (!stored) throw CampaignErrors.notFound();
    const dispatched = await this.orders.dispatchedCount(campaignId);
    // Why it no longer changes, so the console can say it rather than only grey the picker out.
    const lockedBecause: 'withdrawn' | 'dispatched' | null = !active
      ? 'withdrawn'
      : dispatched > 0
        ? 'dispatched'
        : null;
    return {
      itemOrder: [...(stored.order ?? STATUTORY_ORDER)],
      isStatutory: stored.order === null,
      version: stored.version,
      changeable: lockedBecause === null,
      lockedBecause,
      dispatched,
    };
  }
}
