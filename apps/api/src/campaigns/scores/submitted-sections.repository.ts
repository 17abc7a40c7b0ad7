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
 * The current revision's text of many reports in one query, for the completeness facts of a board
 * (thousands of targets must not cost a query each).
 */
@Injectable()
export class SubmittedSectionsRepository {
  constructor(private readonly db: Database) {}

  async currentTexts(reportIds: string[]): Promise<SubmittedText[]> {
    if (reportIds.length === 0) return [];
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('reports as r')
        .leftJoin('report_revisions as v', (join) =>
          join.onRef('v.report_id', '=', 'r.id').onRef('v.number', '=', 'r.current_revision'),
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
