import { Injectable } from '@nestjs/common';
import type { ReportSections } from '@app/content';
import { Database } from '@app/persistence';

export interface SubmittedText {
  reportId: string;
  reportYear: number;
  title: string;
  sections: ReportSections;
}

/**
 * The text each report was last dispatched to a campaign with, for many reports in one query (the
 * completeness facts of a board: thousands of targets must not cost a query each). Not the current
 * revision: a report returned by another recipient may be half-way through its fix, and what this
 * campaign holds is what it received. A report from before receipts existed has only its current one.
 */
@Injectable()
export class SubmittedSectionsRepository {
  constructor(private readonly db: Database) {}

  async dispatchedTexts(campaignId: string, reportIds: string[]): Promise<SubmittedText[]> {
    if (reportIds.length === 0) return [];
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('reports as r')
        .leftJoin('report_receipts as rc', (join) =>
          join.onRef('rc.report_id', '=', 'r.id').on('rc.campaign_id', '=', campaignId),
        )
        .leftJoin('report_revisions as v', (join) =>
          join
            .onRef('v.report_id', '=', 'r.id')
            .on((eb) => eb('v.number', '=', eb.fn.coalesce('rc.revision', 'r.current_revision'))),
        )
        .select([
          'r.id',
          'r.report_year',
          'r.title as report_title',
          'v.title as revision_title',
          'v.measures',
          'v.shortcomings',
          'v.leaders_duty',
          'v.next_year_plan',
          'v.other',
        ])
        .where('r.id', 'in', reportIds),
    );
    return rows.map((r) => ({
      reportId: r.id,
      reportYear: Number(r.report_year),
      title: r.revision_title ?? r.report_title,
      sections: {
        measures: r.measures ?? '',
        shortcomings: r.shortcomings ?? '',
        leadersDuty: r.leaders_duty ?? '',
        nextYearPlan: r.next_year_plan ?? '',
        other: r.other ?? '',
      },
    }));
  }
}
