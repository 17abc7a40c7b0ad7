import { Injectable } from '@nestjs/common';
import { sql, type Expression, type SqlBool } from 'kysely';
import { Database } from '@app/persistence';
import type { LocalDate } from '@app/calendar';
import type { Unit } from '@app/directory';
import { REPORT_COLUMNS_OF_R, toReport, type Report } from '@app/reports';

/** A campaign (报送任务) that asks for a report, with the due date it gave the report's unit. */
export interface CampaignAsking {
  campaignId: string;
  title: string;
  documentNumber: string | null;
  issuingUnit: { id: string; name: string };
  /** The target's due date, after any extension granted. */
  dueDate: LocalDate;
  active: boolean;
}

/** The units a reader reaches: its own, and the subtrees under the paths of its coordinator/admin roles. */
export interface Reach {
  unitId: string;
  subtreePaths: string[];
}

export interface ReportListFilter {
  reach: Reach;
  unitId?: string;
  reportYear?: number;
  state?: string;
  limit: number;
  offset: number;
}

/** Where a reader may act: states per own unit, and states of reports received by its coordinator units. */
export interface WorkQueueScope {
  ownUnits: Array<{ unitId: string; states: string[] }>;
  received: { unitIds: string[]; states: string[] };
  /** Joint reports whose co-reporting unit (the 党委) is one of these, in these states. */
  coReporting?: { unitIds: string[]; states: string[] };
}

export interface ListedReport {
  report: Report;
  /** kind and deliberationBody name the deliberation stage: 集体审议（<the unit's body>）. */
  unit: Pick<Unit, 'id' | 'name' | 'path' | 'kind' | 'level' | 'deliberationBody'>;
}

/** The unit's columns every list reads beside the report (`units as u`), and what they make. */
const UNIT_COLUMNS_OF_U = [
  'u.name as unit_name',
  'u.path as unit_path',
  'u.kind as unit_kind',
  'u.deliberation_body as unit_body',
  'u.level as unit_level',
] as const;

function listedOf(
  row: Parameters<typeof toReport>[0] & {
    unit_id: string;
    unit_name: string;
    unit_path: string;
    unit_kind: Unit['kind'];
    unit_body: string | null;
    unit_level: Unit['level'];
  },
): ListedReport {
  return {
    report: toReport(row),
    unit: {
      id: row.unit_id,
      name: row.unit_name,
      path: row.unit_path,
      kind: row.unit_kind,
      deliberationBody: row.unit_body,
      level: row.unit_level,
    },
  };
}

/** Read-only lists of reports for the console (the reports table is written by ReportRepository). */
@Injectable()
export class ReportListRepository {
  constructor(private readonly db: Database) {}

  /** Reports in reach, most recently changed first. */
  async list(filter: ReportListFilter): Promise<ListedReport[]> {
    let query = this.db.sql
      .selectFrom('reports as r')
      .innerJoin('units as u', 'u.id', 'r.unit_id')
      // A joint 党委+政府 report is in reach of the 党委's readers too (readsAsReportingUnit).
      .leftJoin('units as cu', 'cu.id', 'r.co_reporting_unit_id')
      .select(REPORT_COLUMNS_OF_R)
      .select(UNIT_COLUMNS_OF_U)
      .where((eb) =>
        eb.or([
          eb('r.unit_id', '=', filter.reach.unitId),
          eb('r.co_reporting_unit_id', '=', filter.reach.unitId),
          ...filter.reach.subtreePaths.flatMap((path) => [
            eb('u.path', 'like', `${path}%`),
            eb('cu.path', 'like', `${path}%`),
          ]),
        ]),
      );
    if (filter.unitId !== undefined) {
      const unitId = filter.unitId;
      query = query.where((eb) =>
        eb.or([eb('r.unit_id', '=', unitId), eb('r.co_reporting_unit_id', '=', unitId)]),
      );
    }
    if (filter.reportYear !== undefined) query = query.where('r.report_year', '=', filter.reportYear);
    if (filter.state !== undefined) query = query.where('r.state', '=', filter.state);
    // A list tolerates a replica's lag; its reader's own changes come from the primary (read-your-writes).
    const rows = await this.db.lagTolerant.rows(
      query.orderBy('r.updated_at', 'desc').orderBy('r.id').limit(filter.limit).offset(filter.offset),
    );
    return rows.map(listedOf);
  }

  /**
   * Reports in states where the reader may act, soonest stage deadline first (at most 500). A
   * report only withdrawn campaigns asked for waits for nobody.
   */
  async workQueue(scope: WorkQueueScope): Promise<ListedReport[]> {
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('reports as r')
        .innerJoin('units as u', 'u.id', 'r.unit_id')
        .leftJoin('campaigns as c', 'c.id', 'r.campaign_id')
        .select(REPORT_COLUMNS_OF_R)
        .select(UNIT_COLUMNS_OF_U)
        .where((eb) => {
          const clauses: Array<Expression<SqlBool>> = scope.ownUnits
            .filter((own) => own.states.length > 0)
            .map((own) => eb.and([eb('r.unit_id', '=', own.unitId), eb('r.state', 'in', own.states)]));
          if (scope.received.unitIds.length > 0 && scope.received.states.length > 0) {
            clauses.push(
              eb.and([
                eb('r.receiving_unit_id', 'in', scope.received.unitIds),
                eb('r.state', 'in', scope.received.states),
                // A report dispatched to campaigns is decided per receipt (GET /receipts/open).
                eb.not(
                  eb.exists(
                    eb
                      .selectFrom('report_receipts as rr')
                      .select('rr.report_id')
                      .whereRef('rr.report_id', '=', 'r.id'),
                  ),
                ),
              ]),
            );
          }
          const co = scope.coReporting;
          if (co && co.unitIds.length > 0 && co.states.length > 0) {
            clauses.push(
              eb.and([eb('r.co_reporting_unit_id', 'in', co.unitIds), eb('r.state', 'in', co.states)]),
            );
          }
          return eb.or(clauses);
        })
        // Its first campaign withdrawn, a report another campaign still asks for still waits (stop 40).
        .where((eb) =>
          eb.or([
            eb('c.status', 'is', null),
            eb('c.status', '<>', 'withdrawn'),
            eb.exists(
              eb
                .selectFrom('campaign_targets as t')
                .innerJoin('campaigns as other', 'other.id', 't.campaign_id')
                .select('t.report_id')
                .whereRef('t.report_id', '=', 'r.id')
                .where('other.status', '=', 'active'),
            ),
          ]),
        )
        .orderBy(sql`r.stage_due_at IS NULL`)
        .orderBy('r.stage_due_at')
        .orderBy('r.updated_at')
        .limit(500),
    );
    return rows.map(listedOf);
  }

  /**
   * Reports of these units that left them (sent, accepted, published) and that an active campaign
   * asked for after the dispatch, without a receipt for it: their drafter sends them on (报送至该任务),
   * and 我的待办 said nothing while the board named the drafter to act (a walk, stop 57). With the
   * campaigns waiting, by report. laterDispatchPossible has the last word on each report.
   */
  async waitingForLaterDispatch(
    unitIds: string[],
    sentStates: string[],
  ): Promise<Array<ListedReport & { campaigns: Array<{ campaignId: string; title: string }> }>> {
    if (unitIds.length === 0 || sentStates.length === 0) return [];
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('reports as r')
        .innerJoin('units as u', 'u.id', 'r.unit_id')
        .innerJoin('campaign_targets as t', 't.report_id', 'r.id')
        .innerJoin('campaigns as c', 'c.id', 't.campaign_id')
        .select(REPORT_COLUMNS_OF_R)
        .select(UNIT_COLUMNS_OF_U)
        .select(['c.id as waiting_campaign_id', 'c.title as waiting_campaign_title'])
        .where('r.unit_id', 'in', unitIds)
        .where('r.state', 'in', sentStates)
        .where('c.status', '=', 'active')
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('report_receipts as rr')
                .select('rr.report_id')
                .whereRef('rr.report_id', '=', 'r.id')
                .whereRef('rr.campaign_id', '=', 'c.id'),
            ),
          ),
        )
        .orderBy('r.updated_at')
        .limit(500),
    );
    const byReport = new Map<
      string,
      ListedReport & { campaigns: Array<{ campaignId: string; title: string }> }
    >();
    for (const row of rows) {
      const listed = byReport.get(row.id) ?? { ...listedOf(row), campaigns: [] };
      listed.campaigns.push({ campaignId: row.waiting_campaign_id, title: row.waiting_campaign_title });
      byReport.set(row.id, listed);
    }
    return [...byReport.values()];
  }

  /** The names of the people in a history. */
  async actors(ids: string[]): Promise<Array<{ id: string; username: string; displayName: string }>> {
    if (ids.length === 0) return [];
    const rows = await this.db.rows(
      this.db.sql.selectFrom('users').select(['id', 'username', 'display_name']).where('id', 'in', ids),
    );
    return rows.map((r) => ({ id: r.id, username: r.username, displayName: r.display_name }));
  }

  /**
   * Every campaign asking for the report (one report per unit and year answers them all), earliest
   * due first: a unit asked twice has two dates, and reports.due_at holds only one of them.
   */
  async campaignsAsking(reportId: string): Promise<CampaignAsking[]> {
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('campaign_targets as t')
        .innerJoin('campaigns as c', 'c.id', 't.campaign_id')
        .innerJoin('units as iu', 'iu.id', 'c.issuing_unit_id')
        .select([
          't.campaign_id',
          'c.title',
          'c.document_number',
          'c.status',
          'c.issuing_unit_id',
          'iu.name as issuing_unit_name',
          sql<LocalDate>`DATE_FORMAT(t.due_date, '%Y-%m-%d')`.as('due_date'),
        ])
        .where('t.report_id', '=', reportId)
        .orderBy('t.due_date')
        .orderBy('c.issued_on'),
    );
    // A joint report has a target row per reporting unit (the 党委 and the 政府): its campaign is
    // listed once, by the earlier date (a walk, stop 49: 报送截止 was printed twice).
    const seen = new Set<string>();
    return rows
      .filter((r) => !seen.has(r.campaign_id) && seen.add(r.campaign_id))
      .map((r) => ({
        campaignId: r.campaign_id,
        title: r.title,
        documentNumber: r.document_number,
        issuingUnit: { id: r.issuing_unit_id, name: r.issuing_unit_name },
        dueDate: r.due_date,
        active: r.status === 'active',
      }));
  }
}
