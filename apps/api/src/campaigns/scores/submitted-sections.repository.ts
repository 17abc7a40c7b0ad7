import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { ReportSections, SectionKey } from '@app/content';
import { Database, type SqlBuilder } from '@app/persistence';

/** The first HEAD_CHARS characters of a section and whether it goes on: enough to tell a blank one. */
export const HEAD_CHARS = 64;

export interface SectionHead {
  head: string;
  /** The section has more than HEAD_CHARS characters. */
  longer: boolean;
}

/** The start of each statutory section of the text a campaign received (see dispatchedTexts). */
export interface SubmittedHeads {
  reportId: string;
  sections: Record<Exclude<SectionKey, 'other'>, SectionHead>;
}

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

  /**
   * The first HEAD_CHARS characters of the four statutory sections of each dispatched text, not the
   * whole texts: a board of thousands of submitted reports asks only whether a section is blank, and
   * reading megabytes of report text per view to find out was most of that question's cost.
   */
  async dispatchedHeads(campaignId: string, reportIds: string[]): Promise<SubmittedHeads[]> {
    if (reportIds.length === 0) return [];
    const head = (column: string) => sql<string | null>`SUBSTRING(${sql.ref(column)}, 1, ${HEAD_CHARS})`;
    const longer = (column: string) => sql<number | null>`CHAR_LENGTH(${sql.ref(column)}) > ${HEAD_CHARS}`;
    const rows = await this.db.rows(
      dispatched(this.db.sql, campaignId)
        .select([
          'r.id',
          head('v.measures').as('measures'),
          longer('v.measures').as('measures_longer'),
          head('v.shortcomings').as('shortcomings'),
          longer('v.shortcomings').as('shortcomings_longer'),
          head('v.leaders_duty').as('leaders_duty'),
          longer('v.leaders_duty').as('leaders_duty_longer'),
          head('v.next_year_plan').as('next_year_plan'),
          longer('v.next_year_plan').as('next_year_plan_longer'),
        ])
        .where('r.id', 'in', reportIds),
    );
    const of = (text: string | null, more: number | null): SectionHead => ({
      head: text ?? '',
      longer: Number(more ?? 0) === 1,
    });
    return rows.map((r) => ({
      reportId: r.id,
      sections: {
        measures: of(r.measures, r.measures_longer),
        shortcomings: of(r.shortcomings, r.shortcomings_longer),
        leadersDuty: of(r.leaders_duty, r.leaders_duty_longer),
        nextYearPlan: of(r.next_year_plan, r.next_year_plan_longer),
      },
    }));
  }

  async dispatchedTexts(campaignId: string, reportIds: string[]): Promise<SubmittedText[]> {
    if (reportIds.length === 0) return [];
    const rows = await this.db.rows(
      dispatched(this.db.sql, campaignId)
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

/** Each report joined to the revision this campaign received (its current one before receipts existed). */
function dispatched(db: SqlBuilder, campaignId: string) {
  return db
    .selectFrom('reports as r')
    .leftJoin('report_receipts as rc', (join) =>
      join.onRef('rc.report_id', '=', 'r.id').on('rc.campaign_id', '=', campaignId),
    )
    .leftJoin('report_revisions as v', (join) =>
      join
        .onRef('v.report_id', '=', 'r.id')
        .on((eb) => eb('v.number', '=', eb.fn.coalesce('rc.revision', 'r.current_revision'))),
    );
}
