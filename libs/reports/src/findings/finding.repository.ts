import { Injectable } from '@nestjs/common';
import { sql, type Selectable } from 'kysely';
import type { LocalDate } from '@app/calendar';
import { Database } from '@app/persistence';
import type { ReportFindings } from '@app/persistence/schema';
import type { Finding, FindingStatus } from './finding.types';
import type { ReportLine } from '../report.types';

const localDate = (column: string) => sql<LocalDate>`DATE_FORMAT(${sql.ref(column)}, '%Y-%m-%d')`;

type FindingRow = Omit<Selectable<ReportFindings>, 'due_on' | 'completed_on'> & {
  due_on: LocalDate;
  completed_on: LocalDate | null;
};

function toFinding(r: FindingRow): Finding {
  return {
    id: r.id,
    reportId: r.report_id,
    campaignId: r.campaign_id,
    raisingUnitId: r.raising_unit_id,
    version: r.version,
    status: r.status,
    text: r.text,
    dueOn: r.due_on,
    raisedBy: r.raised_by,
    raisedAt: r.raised_at,
    answer:
      r.measures && r.completed_on && r.answered_by && r.answered_at
        ? {
            measures: r.measures,
            completedOn: r.completed_on,
            answeredBy: r.answered_by,
            answeredAt: r.answered_at,
          }
        : null,
    decision:
      r.decided_by && r.decided_at
        ? { decidedBy: r.decided_by, decidedAt: r.decided_at, comment: r.decision_comment }
        : null,
  };
}

/** One report's finding counts on a campaign's board. */
export interface FindingCounts {
  reportId: string;
  open: number;
  answered: number;
  closed: number;
  /** The earliest 整改 due date among the open findings; null without any. */
  earliestOpenDueOn: LocalDate | null;
}

/** An open finding as a 我的待办 item: what to fix, on which report, raised by whom, by when. */
export interface OpenFindingTodo {
  id: string;
  version: number;
  text: string;
  dueOn: LocalDate;
  /** Reopened by the raising office after an answer (its comment says why). */
  reopenedComment: string | null;
  raisedAt: Date;
  report: { id: string; title: string; reportYear: number; unitId: string; unitName: string };
  raisingUnit: { id: string; name: string };
}

/** report_findings' only writer, and the reads of the findings list. */
@Injectable()
export class FindingRepository {
  constructor(private readonly db: Database) {}

  private select() {
    return this.db.sql
      .selectFrom('report_findings')
      .selectAll()
      .select([localDate('due_on').as('due_on'), localDate('completed_on').as('completed_on')]);
  }

  async find(id: string): Promise<Finding | null> {
    const row = await this.db.row(this.select().where('id', '=', id));
    return row ? toFinding(row as FindingRow) : null;
  }

  /** Locked until the transaction ends: two steps on one finding run one after the other. */
  async lock(id: string): Promise<Finding | null> {
    this.db.requireTransaction('Locking a finding');
    const row = await this.db.row(this.select().where('id', '=', id).forUpdate());
    return row ? toFinding(row as FindingRow) : null;
  }

  /** The report's findings, oldest first; `raisingUnitIds` narrows them to those raised by these units. */
  async listForReport(reportId: string, raisingUnitIds?: string[]): Promise<Finding[]> {
    if (raisingUnitIds && raisingUnitIds.length === 0) return [];
    let query = this.select().where('report_id', '=', reportId);
    if (raisingUnitIds) query = query.where('raising_unit_id', 'in', raisingUnitIds);
    const rows = await this.db.rows(query.orderBy('raised_at').orderBy('id'));
    return rows.map((r) => toFinding(r as FindingRow));
  }

  async listForCampaign(campaignId: string, status?: FindingStatus): Promise<Finding[]> {
    let query = this.select().where('campaign_id', '=', campaignId);
    if (status) query = query.where('status', '=', status);
    const rows = await this.db.rows(query.orderBy('raised_at').orderBy('id'));
    return rows.map((r) => toFinding(r as FindingRow));
  }

  /** The open findings on the reports of these units, due first first (我的待办's 整改 items). */
  async openForUnits(unitIds: string[]): Promise<OpenFindingTodo[]> {
    if (unitIds.length === 0) return [];
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('report_findings as f')
        .innerJoin('reports as r', 'r.id', 'f.report_id')
        .innerJoin('units as u', 'u.id', 'r.unit_id')
        .innerJoin('units as raiser', 'raiser.id', 'f.raising_unit_id')
        .select([
          'f.id',
          'f.version',
          'f.text',
          localDate('f.due_on').as('due_on'),
          'f.decision_comment',
          'f.raised_at',
          'r.id as report_id',
          'r.title',
          'r.report_year',
          'r.unit_id',
          'u.name as unit_name',
          'raiser.id as raiser_id',
          'raiser.name as raiser_name',
        ])
        .where('f.status', '=', 'open')
        .where('r.unit_id', 'in', unitIds)
        .orderBy('f.due_on')
        .orderBy('f.raised_at')
        .orderBy('f.id')
        .limit(500),
    );
    return rows.map((row) => ({
      id: row.id,
      version: row.version,
      text: row.text,
      dueOn: row.due_on,
      reopenedComment: row.decision_comment,
      raisedAt: row.raised_at,
      report: {
        id: row.report_id,
        title: row.title,
        reportYear: row.report_year,
        unitId: row.unit_id,
        unitName: row.unit_name,
      },
      raisingUnit: { id: row.raiser_id, name: row.raiser_name },
    }));
  }

  /** The open finding of the report due first (ties: raised first): its date makes the 整改 deadline. */
  async earliestOpen(reportId: string): Promise<{ dueOn: LocalDate; raisingUnitId: string } | null> {
    const row = await this.db.row(
      this.db.sql
        .selectFrom('report_findings')
        .select([localDate('due_on').as('due_on'), 'raising_unit_id'])
        .where('report_id', '=', reportId)
        .where('status', '=', 'open')
        .orderBy('due_on')
        .orderBy('raised_at')
        .orderBy('id')
        .limit(1),
    );
    return row ? { dueOn: row.due_on, raisingUnitId: row.raising_unit_id } : null;
  }

  /** Per report of the campaign: how many findings are open, answered, closed (the board's column). */
  async countsForCampaign(campaignId: string): Promise<FindingCounts[]> {
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('report_findings')
        .select([
          'report_id',
          sql<number>`SUM(status = 'open')`.as('open'),
          sql<number>`SUM(status = 'answered')`.as('answered'),
          sql<number>`SUM(status = 'closed')`.as('closed'),
          sql<LocalDate | null>`DATE_FORMAT(MIN(CASE WHEN status = 'open' THEN due_on END), '%Y-%m-%d')`.as(
            'earliest',
          ),
        ])
        .where('campaign_id', '=', campaignId)
        .groupBy('report_id')
        .orderBy('report_id'),
    );
    return rows.map((r) => ({
      reportId: r.report_id,
      open: Number(r.open),
      answered: Number(r.answered),
      closed: Number(r.closed),
      earliestOpenDueOn: r.earliest,
    }));
  }

  /**
   * The findings raised on the unit's reports of one year, whatever their status: next year's
   * follow-through check lists them, so the drafter reports on each 整改 (done, or still owed).
   */
  /** The findings raised on the unit's report of that year on one line (its 问题清单). */
  async ofUnitYear(unitId: string, reportYear: number, reportLine: ReportLine): Promise<Finding[]> {
    const rows = await this.db.rows(
      this.select()
        .where('report_id', 'in', (eb) =>
          eb
            .selectFrom('reports')
            .select('id')
            .where('unit_id', '=', unitId)
            .where('report_year', '=', reportYear)
            .where('report_line', '=', reportLine),
        )
        .orderBy('raised_at')
        .orderBy('id'),
    );
    return rows.map((r) => toFinding(r as FindingRow));
  }

  async insert(finding: Finding, now: Date): Promise<void> {
    this.db.requireTransaction('Raising a finding');
    await this.db.write(
      this.db.sql.insertInto('report_findings').values({
        id: finding.id,
        report_id: finding.reportId,
        campaign_id: finding.campaignId,
        raising_unit_id: finding.raisingUnitId,
        version: finding.version,
        status: finding.status,
        text: finding.text,
        due_on: sql<Date>`${finding.dueOn}`,
        raised_by: finding.raisedBy,
        raised_at: finding.raisedAt,
        updated_at: now,
      }),
    );
  }

  /** Stores the next step on top of `expectedVersion`; false when another step came first. */
  async save(next: Finding, expectedVersion: number, now: Date): Promise<boolean> {
    this.db.requireTransaction('A finding step');
    const result = await this.db.write(
      this.db.sql
        .updateTable('report_findings')
        .set({
          version: next.version,
          status: next.status,
          due_on: sql<Date>`${next.dueOn}`,
          measures: next.answer?.measures ?? null,
          completed_on: next.answer ? sql<Date>`${next.answer.completedOn}` : null,
          answered_by: next.answer?.answeredBy ?? null,
          answered_at: next.answer?.answeredAt ?? null,
          decided_by: next.decision?.decidedBy ?? null,
          decided_at: next.decision?.decidedAt ?? null,
          decision_comment: next.decision?.comment ?? null,
          updated_at: now,
        })
        .where('id', '=', next.id)
        .where('version', '=', expectedVersion),
    );
    return result.affectedRows === 1;
  }
}
