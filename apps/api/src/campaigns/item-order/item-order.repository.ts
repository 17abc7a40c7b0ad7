import { Injectable } from '@nestjs/common';
import type { StatutoryItem } from '@app/content';
import { Database } from '@app/persistence';
import { storedItemOrder } from './campaign-item-order';

export interface StoredItemOrder {
  /** null: the statutory 1-5. */
  order: StatutoryItem[] | null;
  version: number;
}

/** A campaign's item order (campaigns.item_order*) once issued, and the orders a report's campaigns ask for. */
@Injectable()
export class CampaignItemOrderRepository {
  constructor(private readonly db: Database) {}

  async find(campaignId: string): Promise<StoredItemOrder | null> {
    const row = await this.db.row(
      this.db.sql
        .selectFrom('campaigns')
        .select(['item_order', 'item_order_version'])
        .where('id', '=', campaignId),
    );
    if (!row) return null;
    return {
      order: row.item_order === null ? null : storedItemOrder(row.item_order),
      version: Number(row.item_order_version),
    };
  }

  /** Reports already dispatched to the campaign (its receipts): from the first one the order is fixed. */
  async dispatchedCount(campaignId: string): Promise<number> {
    const row = await this.db.row(
      this.db.sql
        .selectFrom('report_receipts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('campaign_id', '=', campaignId),
    );
    return Number(row?.n ?? 0);
  }

  /** Conditional on the version read: false when someone changed the order first. */
  async replace(change: {
    campaignId: string;
    order: StatutoryItem[] | null;
    expectedVersion: number;
    now: Date;
  }): Promise<boolean> {
    const result = await this.db.write(
      this.db.sql
        .updateTable('campaigns')
        .set((eb) => ({
          item_order: change.order ? change.order.join(',') : null,
          item_order_version: eb('item_order_version', '+', 1),
          updated_at: change.now,
        }))
        .where('id', '=', change.campaignId)
        .where('item_order_version', '=', change.expectedVersion),
    );
    return result.affectedRows > 0;
  }

  /**
   * The campaigns a report answers (the targets that created or joined it), earliest issued first,
   * with the order each asks for: the export prints by one of them.
   */
  async ofReport(reportId: string): Promise<Array<{ campaignId: string; order: StatutoryItem[] | null }>> {
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('campaign_targets as t')
        .innerJoin('campaigns as c', 'c.id', 't.campaign_id')
        .select(['c.id', 'c.item_order'])
        .where('t.report_id', '=', reportId)
        .orderBy('c.issued_on')
        .orderBy('c.created_at')
        .orderBy('c.id'),
    );
    return rows.map((r) => ({
      campaignId: r.id,
      order: r.item_order === null ? null : storedItemOrder(r.item_order),
    }));
  }
}
