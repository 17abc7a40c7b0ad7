import { Injectable } from '@nestjs/common';
import { sql, type Selectable } from 'kysely';
import { Database, prepared } from '@app/persistence';
import type { ReportRevisions } from '@app/persistence/schema';
import type { Revision } from './report.types';

function toRevision(r: Selectable<ReportRevisions>): Revision {
  return {
    reportId: r.report_id,
    number: r.number,
    basedOn: r.based_on,
    title: r.title,
    sections: {
      measures: r.measures,
      shortcomings: r.shortcomings,
      leadersDuty: r.leaders_duty,
      nextYearPlan: r.next_year_plan,
      other: r.other,
    },
    contentHash: r.content_hash,
    authorId: r.author_id,
    createdAt: r.created_at,
  };
}

/** Revisions are insert-only: there is no update or delete here. */
/** Every submit asks it (CompletenessGate): built and compiled once (see prepared()). */
const revisionWithCheckOverride = prepared((sql, a: { reportId: string; number: number }) =>
  sql
    .selectFrom('reports as r')
    .leftJoin('report_revisions as v', (join) =>
      join.onRef('v.report_id', '=', 'r.id').on('v.number', '=', a.number),
    )
    .selectAll('v')
    .select('r.check_override_revision')
    .where('r.id', '=', a.reportId),
);

@Injectable()
export class RevisionRepository {
  constructor(private readonly db: Database) {}

  /** Part of the save that made it the current revision. */
  async insert(revision: Revision): Promise<void> {
    this.db.requireTransaction('A revision');
    const s = revision.sections;
    await this.db.write(
      this.db.sql.insertInto('report_revisions').values({
        report_id: revision.reportId,
        number: revision.number,
        based_on: revision.basedOn,
        title: revision.title,
        measures: s.measures,
        shortcomings: s.shortcomings,
        leaders_duty: s.leadersDuty,
        next_year_plan: s.nextYearPlan,
        other: s.other,
        content_hash: revision.contentHash,
        author_id: revision.authorId,
        created_at: revision.createdAt,
      }),
    );
  }

  async find(reportId: string, number: number): Promise<Revision | null> {
    const row = await this.db.row(
      this.db.sql
        .selectFrom('report_revisions')
        .selectAll()
        .where('report_id', '=', reportId)
        .where('number', '=', number),
    );
    return row ? toRevision(row) : null;
  }

  /**
   * What a report leaving drafting is checked against, in one read: the revision the completeness
   * check was overridden for (on the report's row) and the revision itself (null when absent).
   */
  async findWithCheckOverride(
    reportId: string,
    number: number,
  ): Promise<{ overriddenRevision: number | null; revision: Revision | null }> {
    const row = await this.db.row(revisionWithCheckOverride({ reportId, number }));
    if (!row) return { overriddenRevision: null, revision: null };
    return {
      overriddenRevision: row.check_override_revision,
      revision: row.report_id === null ? null : toRevision(row as Selectable<ReportRevisions>),
    };
  }

  async list(reportId: string): Promise<Array<Omit<Revision, 'sections'> & { chars: number }>> {
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('report_revisions')
        .select([
          'report_id',
          'number',
          'based_on',
          'title',
          'content_hash',
          'author_id',
          'created_at',
          sql<number>`CHAR_LENGTH(measures) + CHAR_LENGTH(shortcomings) + CHAR_LENGTH(leaders_duty)
            + CHAR_LENGTH(next_year_plan) + CHAR_LENGTH(other)`.as('chars'),
        ])
        .where('report_id', '=', reportId)
        .orderBy('number'),
    );
    return rows.map((r) => ({
      reportId: r.report_id,
      number: r.number,
      basedOn: r.based_on,
      title: r.title,
      contentHash: r.content_hash,
      authorId: r.author_id,
      createdAt: r.created_at,
      // A sum of lengths arrives as a decimal string.
      chars: Number(r.chars),
    }));
  }
}
