import { Injectable } from '@nestjs/common';
import { Database } from '@app/persistence';
import { standingReceiptStatus, type ReceiptStatus } from '@app/reports';

/** A target as 报送外部机关 needs it: its report and this campaign's receipt of it. */
export interface ForwardingTarget {
  unitId: string;
  unitName: string;
  reportId: string;
  receipt: ReceiptStatus | null;
  /** When the receipt was last decided (accepted, while `receipt` is accepted). */
  decidedAt: Date | null;
}

/** Reads for 报送外部机关 (the records themselves are campaign events: CampaignEventRepository). */
@Injectable()
export class ForwardingRepository {
  constructor(private readonly db: Database) {}

  /** The campaign's targets (one, with `unitId`), each with this campaign's receipt: one statement. */
  async targets(campaignId: string, unitId?: string): Promise<ForwardingTarget[]> {
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('campaign_targets as t')
        .innerJoin('units as u', 'u.id', 't.unit_id')
        .leftJoin('report_receipts as rc', (join) =>
          join.onRef('rc.report_id', '=', 't.report_id').onRef('rc.campaign_id', '=', 't.campaign_id'),
        )
        .select([
          't.unit_id',
          'u.name',
          't.report_id',
          standingReceiptStatus('rc').as('status'),
          'rc.decided_at',
        ])
        .where('t.campaign_id', '=', campaignId)
        .$if(unitId !== undefined, (q) => q.where('t.unit_id', '=', unitId!))
        .orderBy('u.path'),
    );
    return rows.map((r) => ({
      unitId: r.unit_id,
      unitName: r.name,
      reportId: r.report_id,
      receipt: r.status,
      decidedAt: r.decided_at,
    }));
  }
}
