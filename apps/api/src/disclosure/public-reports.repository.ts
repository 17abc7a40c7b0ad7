import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { LocalDate } from '@app/calendar';
import type { ReportSections } from '@app/content';
import { Database } from '@app/persistence';

/** One published report as stored: the published revision's text, before the public version is made of it. */
export interface PublishedReport {
  reportId: string;
  reportYear: number;
  unit: { id: string; name: string };
  title: string;
  sections: ReportSections;
  publishedOn: LocalDate;
  channel: string;
  url: string;
}

/** The public page's reads: only published reports, only the revision that was published. */
@Injectable()
export class PublicReportsRepository {
  constructor(private readonly db: Database) {}

  async unit(id: string): Promise<{ id: string; name: string; path: string } | null> {
    const row = await this.db.row(
      this.db.sql.selectFrom('units').select(['id', 'name', 'path']).where('id', '=', id),
    );
    return row ?? null;
  }

  /** The published reports of a unit's tree for one year, newest publication first (at most `limit`). */
  async published(input: { unitPath: string; year: number; limit: number }): Promise<PublishedReport[]> {
    return this.read(
      this.base()
        .where('r.report_year', '=', input.year)
        .where('u.path', 'like', `${input.unitPath.replace(/[\\%_]/g, '\\$&')}%`)
        .orderBy('d.published_on', 'desc')
        .orderBy('u.path')
        .limit(input.limit),
    );
  }

  /** One published report (the .docx download); null when it is not published. */
  async publishedOne(reportId: string): Promise<PublishedReport | null> {
    const [found] = await this.read(this.base().where('r.id', '=', reportId));
    return found ?? null;
  }

  private base() {
    return this.db.sql
      .selectFrom('report_disclosures as d')
      .innerJoin('reports as r', 'r.id', 'd.report_id')
      .innerJoin('units as u', 'u.id', 'r.unit_id')
      .innerJoin('report_revisions as v', (join) =>
        join.onRef('v.report_id', '=', 'r.id').onRef('v.number', '=', 'd.published_revision'),
      )
      .select([
        'r.id',
        'r.report_year',
        'u.id as unit_id',
        'u.name as unit_name',
        'v.title',
        'v.measures',
        'v.shortcomings',
        'v.leaders_duty',
        'v.next_year_plan',
        'v.other',
        'd.channel',
        'd.url',
      ])
      .select(sql<LocalDate>`DATE_FORMAT(d.published_on, '%Y-%m-%d')`.as('published_on'))
      .where('d.status', '=', 'published');
  }

  private async read(query: ReturnType<PublicReportsRepository['base']>): Promise<PublishedReport[]> {
    const rows = await this.db.rows(query);
    return rows.map((r) => ({
      reportId: r.id,
      reportYear: r.report_year,
      unit: { id: r.unit_id, name: r.unit_name },
      title: r.title,
      sections: {
        measures: r.measures,
        shortcomings: r.shortcomings,
        leadersDuty: r.leaders_duty,
        nextYearPlan: r.next_year_plan,
        other: r.other,
      },
      publishedOn: r.published_on,
      channel: r.channel ?? 'other',
      url: r.url ?? '',
    }));
  }
}
