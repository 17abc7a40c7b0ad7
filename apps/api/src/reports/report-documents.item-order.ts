import { Injectable } from '@nestjs/common';
import { ItemOrderError, itemOrderOf, STATUTORY_ORDER, type StatutoryItem } from '@app/content';
import { CampaignItemOrderRepository } from '../campaigns/item-order/item-order.repository';
import { ReportDocumentErrors } from './report-documents.errors';

/** How the reader asked for an order: `?itemOrder=3,1,2,4,5`, or a campaign of the report (`?campaignId=`). */
export interface ItemOrderChoice {
  itemOrder?: string;
  campaignId?: string;
}

/** "3,1,2,4,5" as an item order; 400 ITEM_ORDER_INVALID unless it names each item once. */
export function itemOrderParam(raw: string): StatutoryItem[] {
  const given = raw.split(',').map((n) => n.trim());
  try {
    return itemOrderOf(given);
  } catch (error) {
    if (error instanceof ItemOrderError) throw ReportDocumentErrors.itemOrder(given);
    throw error;
  }
}

/**
 * The order a report's document prints its five items in: the one asked for in the request;
 * otherwise the one its campaign set (#18 item 7) — for a report answering several campaigns the
 * one named by `campaignId`, by default the earliest issued; otherwise the statutory 1-5.
 */
@Injectable()
export class ReportItemOrder {
  constructor(private readonly campaignOrders: CampaignItemOrderRepository) {}

  async of(reportId: string, choice: ItemOrderChoice): Promise<StatutoryItem[]> {
    const asked = choice.itemOrder?.trim() ? itemOrderParam(choice.itemOrder) : null;
    const campaigns = await this.campaignOrders.ofReport(reportId);
    const chosen = choice.campaignId
      ? campaigns.find((c) => c.campaignId === choice.campaignId)
      : campaigns[0];
    if (choice.campaignId && !chosen) throw ReportDocumentErrors.exportCampaignUnknown();
    return asked ?? [...(chosen?.order ?? STATUTORY_ORDER)];
  }
}
