import { Injectable } from '@nestjs/common';
import { sql, type Selectable } from 'kysely';
import { Database, prepared } from '@app/persistence';
import type { ReportRevisions } from '@app/persistence/schema';
import type { Revision, StoredCheck } from './report.types';

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
/**
 * Every submit asks it (CompletenessGate): built and compiled once (see prepared()). Only the
 * verdict stored at the save, not the text: a passing revision needs nothing more.
 */
const revisionCheckState = prepared((sql, a: { reportId: string; number: number }) =>
  sql
    .selectFrom('reports as r')
    .leftJoin('report_revisions as v', (join) =>
      join.onRef('v.report_id', '=', 'r.id').on('v.number', '=', a.number),
    )
    .select(['r.check_override_revision', 'v.check_passed', 'v.check_basis'])
    .where('r.id', '=', a.reportId),
);

@Injectable()
export class RevisionRepository {
  constructor(private readonly db: Database) {}

  /** Part of the save that made it the current revision, with the completeness check's verdict on it. */
  async insert(revision: Revision, check: StoredCheck): Promise<void> {
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
        check_passed: check.passed ? 1 : 0,
        check_basis: check.basis,
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
   * check was overridden for (on the report's row) and the verdict stored with the revision (null
   * when the revision is absent or was saved before verdicts were stored).
   */
  async findCheckState(
    reportId: string,
    number: number,
  ): Promise<{ overriddenRevision: number | null; stored: StoredCheck | null }> {
    const row = await this.db.row(revisionCheckState({ reportId, number }));
    if (!row) return { overriddenRevision: null, stored: null };
    return {
      overriddenRevision: row.check_override_revision,
      stored:
        row.check_passed === null || row.check_basis === null
          ? null
          : { passed: row.check_passed === 1, basis: row.check_basis },
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
