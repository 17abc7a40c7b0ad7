import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ReportSections } from '@app/content';
import type { Revision } from './report.types';

function toRevision(r: Record<string, unknown>): Revision {
  return {
    reportId: r.report_id as string,
    number: Number(r.number),
    basedOn: Number(r.based_on),
    title: r.title as string,
    sections: {
      measures: r.measures as string,
      shortcomings: r.shortcomings as string,
      leadersDuty: r.leaders_duty as string,
      nextYearPlan: r.next_year_plan as string,
      other: r.other as string,
    },
    contentHash: r.content_hash as string,
    authorId: r.author_id as string,
    createdAt: r.created_at as Date,
  };
}

/** Revisions are insert-only: there is no update or delete here. */
@Injectable()
export class RevisionRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, revision: Revision): Promise<void> {
    const s: ReportSections = revision.sections;
    await manager.query(
      `INSERT INTO report_revisions (report_id, number, based_on, title, measures, shortcomings, leaders_duty,
        next_year_plan, other, content_hash, author_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        revision.reportId,
        revision.number,
        revision.basedOn,
        revision.title,
        s.measures,
        s.shortcomings,
        s.leadersDuty,
        s.nextYearPlan,
        s.other,
        revision.contentHash,
        revision.authorId,
        revision.createdAt,
      ],
    );
  }

  async find(reportId: string, number: number): Promise<Revision | null> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      'SELECT * FROM report_revisions WHERE report_id = ? AND number = ?',
      [reportId, number],
    );
    return rows[0] ? toRevision(rows[0]) : null;
  }

  async list(reportId: string): Promise<Array<Omit<Revision, 'sections'> & { chars: number }>> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT report_id, number, based_on, title, content_hash, author_id, created_at,
              CHAR_LENGTH(measures) + CHAR_LENGTH(shortcomings) + CHAR_LENGTH(leaders_duty)
                + CHAR_LENGTH(next_year_plan) + CHAR_LENGTH(other) AS chars
         FROM report_revisions WHERE report_id = ? ORDER BY number`,
      [reportId],
    );
    return rows.map((r) => ({
      reportId: r.report_id as string,
      number: Number(r.number),
      basedOn: Number(r.based_on),
      title: r.title as string,
      contentHash: r.content_hash as string,
      authorId: r.author_id as string,
      createdAt: r.created_at as Date,
      chars: Number(r.chars),
    }));
  }
}
