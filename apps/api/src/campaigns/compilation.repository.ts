import { Injectable } from '@nestjs/common';
import type { CompilationUnit } from '@app/content';
import { localDateOf } from '@app/calendar';
import { Database } from '@app/persistence';
import { standingReceiptStatus, type ReceiptStatus } from '@app/reports';

/**
 * What the 素材汇编 reads of a campaign: each target (in tree order) with this campaign's receipt of its
 * report and the revision last dispatched to the campaign (`report_receipts.revision`), never the draft.
 */
@Injectable()
export class CompilationRepository {
  constructor(private readonly db: Database) {}

  async targetsWithDispatchedText(campaignId: string): Promise<CompilationUnit[]> {
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('campaign_targets as t')
        .innerJoin('units as u', 'u.id', 't.unit_id')
        .leftJoin('report_receipts as rc', (join) =>
          join.onRef('rc.report_id', '=', 't.report_id').onRef('rc.campaign_id', '=', 't.campaign_id'),
        )
        .leftJoin('report_revisions as rv', (join) =>
          join.onRef('rv.report_id', '=', 't.report_id').onRef('rv.number', '=', 'rc.revision'),
        )
        .select([
          'u.name as unit_name',
          standingReceiptStatus('rc').as('receipt_status'),
          'rc.revision',
          'rc.accepted_revision',
          'rc.dispatched_at',
          'rv.title',
          'rv.measures',
          'rv.shortcomings',
          'rv.leaders_duty',
          'rv.next_year_plan',
          'rv.other',
        ])
        .where('t.campaign_id', '=', campaignId)
        .orderBy('u.path'),
    );
    return rows.map((r): CompilationUnit => {
      const status: ReceiptStatus | null = r.receipt_status;
      if (status === null) return { unitName: r.unit_name, status: 'not_submitted' };
      if (status === 'returned' || r.revision === null || r.dispatched_at === null || r.title === null)
        return { unitName: r.unit_name, status: status === 'returned' ? 'returned' : 'not_submitted' };
      return {
        unitName: r.unit_name,
        status,
        dispatched: {
          revision: r.revision,
          dispatchedOn: localDateOf(r.dispatched_at),
          title: r.title,
          acceptedRevision: r.accepted_revision,
          sections: {
            measures: r.measures ?? '',
            shortcomings: r.shortcomings ?? '',
            leadersDuty: r.leaders_duty ?? '',
            nextYearPlan: r.next_year_plan ?? '',
            other: r.other ?? '',
          },
        },
      };
    });
  }
}
