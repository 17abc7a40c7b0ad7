import { Injectable } from '@nestjs/common';
import { sql, type Selectable } from 'kysely';
import { unitFromPrefixedRow, type Unit } from '@app/directory';
import { Database, fromJson, prepared } from '@app/persistence';
import type { Reports } from '@app/persistence/schema';
import { ARCHIVE_DEFINITION, isWorkflowRole, type WorkflowRole } from '@app/workflow';
import type { ReminderPolicy, StageLimits } from './reminder-policy';
import type { Report, ReportLine } from './report.types';

/** The columns a Report is made of (the check override is read on its own, by the completeness gate). */
/** Rows a statement when reports are created in bulk (27 columns: well under the placeholder limit). */
const INSERT_CHUNK = 500;

const REPORT_COLUMNS = [
  'id',
  'unit_id',
  'receiving_unit_id',
  'co_reporting_unit_id',
  'campaign_id',
  'report_year',
  'report_line',
  'workflow_id',
  'workflow_version',
  'state',
  'version',
  'current_revision',
  'title',
  'last_event_seq',
  'last_hash',
  'last_action',
  'last_from_state',
  'last_actor_id',
  'last_actor_role',
  'return_count',
  'stage_entered_at',
  'stage_due_at',
  'submitted_at',
  'stage_limits',
  'reminder_policy',
  'due_at',
  'created_by',
  'created_at',
  'updated_at',
] as const;

export type ReportRow = Pick<Selectable<Reports>, (typeof REPORT_COLUMNS)[number]>;

/** REPORT_COLUMNS qualified with the alias `r`, for joins. */
export const REPORT_COLUMNS_OF_R = REPORT_COLUMNS.map((column) => `r.${column}` as const);

export function toReport(r: ReportRow): Report {
  return {
    id: r.id,
    unitId: r.unit_id,
    receivingUnitId: r.receiving_unit_id,
    coReportingUnitId: r.co_reporting_unit_id,
    campaignId: r.campaign_id,
    reportYear: r.report_year,
    reportLine: r.report_line,
    workflowId: r.workflow_id,
    workflowVersion: r.workflow_version,
    state: r.state,
    version: r.version,
    currentRevision: r.current_revision,
    title: r.title,
    lastEventSeq: r.last_event_seq,
    lastHash: r.last_hash,
    lastAction: r.last_action,
    lastFromState: r.last_from_state,
    lastActorId: r.last_actor_id,
    // Written only from a decided transition's acting role; anything else reads as no last move.
    lastActorRole: r.last_actor_role !== null && isWorkflowRole(r.last_actor_role) ? r.last_actor_role : null,
    returnCount: r.return_count,
    stageEnteredAt: r.stage_entered_at,
    stageDueAt: r.stage_due_at,
    submittedAt: r.submitted_at,
    stageLimits: r.stage_limits === null ? null : fromJson<StageLimits>(r.stage_limits),
    reminderPolicy: r.reminder_policy === null ? null : fromJson<ReminderPolicy>(r.reminder_policy),
    dueAt: r.due_at,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The chain head and last move, written together with every change of a report. */
export interface ReportHeadUpdate {
  id: string;
  expectedVersion: number;
  lastEventSeq: number;
  lastHash: string;
  now: Date;
}

export interface TransitionChange {
  state: string;
  action: string;
  fromState: string;
  actorId: string;
  actorRole: WorkflowRole;
  isReturn: boolean;
  stageDueAt: Date | null;
  /** Set when the report goes up to an external reviewer; undefined keeps the first submission's date. */
  submittedAt: Date | undefined;
}

/** The chain head of a report whose due date is about to move, read under a row lock. */
export interface DueDateHead {
  id: string;
  state: string;
  version: number;
  currentRevision: number;
  lastEventSeq: number;
  lastHash: string;
  dueAt: Date | null;
}

export interface DueDateMoveWrite {
  dueAt: Date | null;
  /** The new chain head of each report, the event just appended for the move. */
  heads: Array<{ reportId: string; hash: string }>;
  now: Date;
}

/**
 * The issuing units whose receipt of the report is open (received, not yet decided), comma-joined,
 * or NULL when the report was never dispatched to a campaign: whose coordinators act on it now.
 */
function openReceiptIssuers(reportIdColumn: 'r.id' | 'reports.id') {
  return sql<
    string | null
  >`(SELECT IF(COUNT(*) = 0, NULL, COALESCE(GROUP_CONCAT(IF(rr.status = 'received' AND rr.dispatch_withdrawn_at IS NULL AND c.status = 'active', c.issuing_unit_id, NULL) ORDER BY c.id), '')) FROM report_receipts rr INNER JOIN campaigns c ON c.id = rr.campaign_id WHERE rr.report_id = ${sql.ref(reportIdColumn)})`;
}

/** Reads the open receipt issuers column of `openReceiptIssuers`. */
function issuerIdsOf(joined: string | null): string[] | null {
  return joined === null ? null : joined.split(',').filter(Boolean);
}

/** Every read of and action on a report starts here: built and compiled once (see prepared()). */
const reportWithUnitQuery = prepared((sql, a: { id: string }) =>
  sql
    .selectFrom('reports as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .leftJoin('units as p', 'p.id', 'u.parent_id')
    .leftJoin('units as cu', 'cu.id', 'r.co_reporting_unit_id')
    .select(REPORT_COLUMNS_OF_R)
    .select([
      'u.id as unit__id',
      'u.parent_id as unit__parent_id',
      'u.path as unit__path',
      'u.depth as unit__depth',
      'u.name as unit__name',
      'u.kind as unit__kind',
      'u.level as unit__level',
      'u.division_code as unit__division_code',
      'u.demonstration_area as unit__demonstration_area',
      'u.deliberation_body as unit__deliberation_body',
      'u.created_at as unit__created_at',
      'p.id as parent__id',
      'p.parent_id as parent__parent_id',
      'p.path as parent__path',
      'p.depth as parent__depth',
      'p.name as parent__name',
      'p.kind as parent__kind',
      'p.level as parent__level',
      'p.division_code as parent__division_code',
      'p.demonstration_area as parent__demonstration_area',
      'p.created_at as parent__created_at',
      'cu.path as co_reporting_unit_path',
      'cu.name as co_reporting_unit_name',
    ])
    .select(openReceiptIssuers('r.id').as('open_receipt_issuers'))
    .where('r.id', '=', a.id),
);

/** The conditional versioned UPDATE of every transition: built and compiled once (see prepared()). */
const transitionUpdate = prepared(
  (
    db,
    a: {
      id: string;
      expectedVersion: number;
      state: string;
      lastEventSeq: number;
      lastHash: string;
      action: string;
      fromState: string;
      actorId: string;
      actorRole: string;
      returns: number;
      now: Date;
      stageDueAt: Date | null;
      submittedAt: Date | null;
    },
  ) =>
    db
      .updateTable('reports')
      .set((eb) => ({
        state: a.state,
        version: eb('version', '+', 1),
        last_event_seq: a.lastEventSeq,
        last_hash: a.lastHash,
        last_action: a.action,
        last_from_state: a.fromState,
        last_actor_id: a.actorId,
        last_actor_role: a.actorRole,
        return_count: eb('return_count', '+', a.returns),
        stage_entered_at: a.now,
        stage_due_at: a.stageDueAt,
        submitted_at: sql<Date | null>`COALESCE(${a.submittedAt}, submitted_at)`,
        updated_at: a.now,
      }))
      .where('id', '=', a.id)
      .where('version', '=', a.expectedVersion),
);

/** A report with its unit, the unit's parent and, for a joint report, the 党委 reporting with it. */
export interface ReportWithUnits {
  report: Report;
  unit: Unit;
  parent: Unit | null;
  coReportingUnit: CoReportingUnit | null;
}

/** The party committee of a joint report, as far as reading and printing it need. */
export interface CoReportingUnit {
  id: string;
  path: string;
  name: string;
}

/** The one writer of the `reports` table. */
@Injectable()
export class ReportRepository {
  constructor(private readonly db: Database) {}

  /**
   * A report with its unit and the unit's parent, in one round trip (every read and action on a
   * report starts with them; the parent usually holds the division code the calendar needs).
   */
  async findWithUnit(id: string): Promise<ReportWithUnits | null> {
    const row = await this.db.row(reportWithUnitQuery({ id }));
    if (!row) return null;
    const coReporting =
      row.co_reporting_unit_id && row.co_reporting_unit_path && row.co_reporting_unit_name
        ? { id: row.co_reporting_unit_id, path: row.co_reporting_unit_path, name: row.co_reporting_unit_name }
        : null;
    return {
      report: { ...toReport(row), openReceiptIssuerIds: issuerIdsOf(row.open_receipt_issuers) },
      unit: unitFromPrefixedRow(row, 'unit__'),
      parent: row.parent__id ? unitFromPrefixedRow(row, 'parent__') : null,
      coReportingUnit: coReporting,
    };
  }

  /** Joins the current transaction when there is one (a stale transition re-reads the winner). */
  async findById(id: string): Promise<Report | null> {
    const row = await this.db.row(
      this.db.sql
        .selectFrom('reports')
        .select(REPORT_COLUMNS)
        .select(openReceiptIssuers('reports.id').as('open_receipt_issuers'))
        .where('id', '=', id),
    );
    return row ? { ...toReport(row), openReceiptIssuerIds: issuerIdsOf(row.open_receipt_issuers) } : null;
  }

  /** The reports of the given deadlines (the reminder batch reads them alongside the deadlines). */
  async findByDeadlineIds(deadlineIds: string[]): Promise<Report[]> {
    if (deadlineIds.length === 0) return [];
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('reports as r')
        .innerJoin('deadlines as d', 'd.report_id', 'r.id')
        .select(REPORT_COLUMNS_OF_R)
        .where('d.id', 'in', deadlineIds),
    );
    return rows.map(toReport);
  }

  /** The unit's report on the same line for the year before with a saved revision, the most advanced one if there are several. */
  async previousYearReport(report: Pick<Report, 'unitId' | 'reportYear' | 'reportLine'>): Promise<{
    id: string;
    revision: number;
  } | null> {
    const row = await this.db.row(
      this.db.sql
        .selectFrom('reports')
        .select(['id', 'current_revision'])
        .where('unit_id', '=', report.unitId)
        .where('report_year', '=', report.reportYear - 1)
        .where('report_line', '=', report.reportLine)
        .where('current_revision', '>', 0)
        .orderBy(sql`submitted_at IS NULL`)
        .orderBy('submitted_at', 'desc')
        .orderBy('updated_at', 'desc')
        .limit(1),
    );
    return row ? { id: row.id, revision: row.current_revision } : null;
  }

  /**
   * The unit's one report for the year and line (a campaign's, or one begun by hand), or the joint
   * report it is part of.
   */
  async findUnitYearReport(
    unitId: string,
    reportYear: number,
    reportLine: ReportLine,
  ): Promise<Report | null> {
    const row = await this.db.row(
      this.db.sql
        .selectFrom('reports')
        .select(REPORT_COLUMNS)
        .where((eb) => eb.or([eb('unit_id', '=', unitId), eb('co_reporting_unit_id', '=', unitId)]))
        .where('report_year', '=', reportYear)
        .where('report_line', '=', reportLine)
        .where('one_per_unit_year', '=', 1)
        .limit(1),
    );
    return row ? toReport(row) : null;
  }

  /**
   * Takes reports begun by hand out of the one-report key (one_per_unit_year NULL), as they were before
   * stop 52: a campaign that may not adopt one then makes its own. In the caller's transaction.
   */
  async releaseFromUnitYearKey(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    this.db.requireTransaction('Releasing a report from the one-report key');
    await this.db.write(
      this.db.sql
        .updateTable('reports')
        .set({ one_per_unit_year: null })
        .where('id', 'in', [...ids])
        .where('campaign_id', 'is', null),
    );
  }

  /**
   * Reports begun by hand, adopted by the first campaign asking for them: from now on that campaign's
   * reports (campaign_id and its scope), going up to its issuer. Only while still unadopted: a later
   * campaign found them "hand-made" again, released a report already answering the first and rewrote
   * where it goes (penetration test, stop 52). In the caller's transaction, on rows it has locked.
   */
  async adoptByCampaign(
    ids: readonly string[],
    adoption: { campaignId: string; receivingUnitId: string },
  ): Promise<void> {
    if (ids.length === 0) return;
    this.db.requireTransaction('A campaign adopting a report begun by hand');
    await this.db.write(
      this.db.sql
        .updateTable('reports')
        .set({
          campaign_id: adoption.campaignId,
          campaign_scope: adoption.campaignId,
          receiving_unit_id: adoption.receivingUnitId,
        })
        .where('id', 'in', [...ids])
        .where('campaign_id', 'is', null),
    );
  }

  /**
   * The units' one reports for the year and line that campaigns share (a campaign's, or one begun by
   * hand), by unit, locked so that two campaigns issued at once do not both create one (one query for
   * all units). A party committee's one report may be the joint report of its government (co-reporting
   * unit).
   */
  async findOnePerUnitYear(
    unitIds: string[],
    reportYear: number,
    reportLine: ReportLine,
  ): Promise<Map<string, Report>> {
    const found = new Map<string, Report>();
    if (unitIds.length === 0) return found;
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('reports')
        .select(REPORT_COLUMNS)
        .where((eb) => eb.or([eb('unit_id', 'in', unitIds), eb('co_reporting_unit_id', 'in', unitIds)]))
        .where('report_year', '=', reportYear)
        .where('report_line', '=', reportLine)
        .where('one_per_unit_year', '=', 1)
        .forUpdate(),
    );
    const asked = new Set(unitIds);
    for (const row of rows) {
      const report = toReport(row);
      if (asked.has(report.unitId)) found.set(report.unitId, report);
      if (report.coReportingUnitId && asked.has(report.coReportingUnitId))
        found.set(report.coReportingUnitId, report);
    }
    return found;
  }

  async insert(report: Report): Promise<void> {
    await this.insertMany([report]);
  }

  /** New reports, several hundred to a statement (a campaign creates thousands at once). */
  async insertMany(reports: readonly Report[]): Promise<void> {
    this.db.requireTransaction('A new report');
    for (let i = 0; i < reports.length; i += INSERT_CHUNK) {
      await this.db.write(
        this.db.sql.insertInto('reports').values(reports.slice(i, i + INSERT_CHUNK).map(newReportRow)),
      );
    }
  }

  /**
   * The one way a report's state changes: a conditional UPDATE on the version read before deciding.
   * Returns false when someone else changed the report in between (the caller answers 409).
   */
  async applyTransition(head: ReportHeadUpdate, change: TransitionChange): Promise<boolean> {
    this.db.requireTransaction('A transition');
    const result = await this.db.write(
      transitionUpdate({
        id: head.id,
        expectedVersion: head.expectedVersion,
        state: change.state,
        lastEventSeq: head.lastEventSeq,
        lastHash: head.lastHash,
        action: change.action,
        fromState: change.fromState,
        actorId: change.actorId,
        actorRole: change.actorRole,
        returns: change.isReturn ? 1 : 0,
        now: head.now,
        stageDueAt: change.stageDueAt,
        submittedAt: change.submittedAt ?? null,
      }),
    );
    return result.affectedRows === 1;
  }

  /** A save: a new current revision, only from drafting and only on top of the revision it was based on. */
  async applySave(
    head: ReportHeadUpdate,
    save: { basedOnRevision: number; title: string; drafting: string },
  ): Promise<boolean> {
    this.db.requireTransaction('A save');
    const result = await this.db.write(
      this.db.sql
        .updateTable('reports')
        .set((eb) => ({
          current_revision: eb('current_revision', '+', 1),
          version: eb('version', '+', 1),
          title: save.title,
          last_event_seq: head.lastEventSeq,
          last_hash: head.lastHash,
          updated_at: head.now,
        }))
        .where('id', '=', head.id)
        .where('version', '=', head.expectedVersion)
        .where('current_revision', '=', save.basedOnRevision)
        .where('state', '=', save.drafting),
    );
    return result.affectedRows === 1;
  }

  /**
   * The reviewer's override of the completeness check, for exactly the current revision, only while
   * drafting. Returns false when someone else changed the report in between.
   */
  async applyCheckOverride(
    head: ReportHeadUpdate,
    override: { reason: string; drafting: string },
  ): Promise<boolean> {
    this.db.requireTransaction('A check override');
    const result = await this.db.write(
      this.db.sql
        .updateTable('reports')
        .set((eb) => ({
          check_override_revision: eb.ref('current_revision'),
          check_override_reason: override.reason,
          version: eb('version', '+', 1),
          last_event_seq: head.lastEventSeq,
          last_hash: head.lastHash,
          updated_at: head.now,
        }))
        .where('id', '=', head.id)
        .where('version', '=', head.expectedVersion)
        .where('state', '=', override.drafting),
    );
    return result.affectedRows === 1;
  }

  /**
   * A drafting-time event that changes nothing but the history (an attachment): the version and
   * the chain head move, only while drafting. Returns false when someone else changed the report.
   */
  async applyDraftingEvent(head: ReportHeadUpdate, drafting: string): Promise<boolean> {
    this.db.requireTransaction('A drafting event');
    return this.moveChainHead(head, drafting);
  }

  /**
   * An event that changes nothing but the history, in any state (a receipt decided by one campaign
   * issuer, a disclosure step): the version and the chain head move, the state stays. Returns false
   * when someone else changed the report in between.
   */
  async applyHistoryEvent(head: ReportHeadUpdate): Promise<boolean> {
    this.db.requireTransaction('A history event');
    return this.moveChainHead(head);
  }

  /** The conditional UPDATE behind both: version + 1 and the new chain head, optionally only in `onlyInState`. */
  private async moveChainHead(head: ReportHeadUpdate, onlyInState?: string): Promise<boolean> {
    let update = this.db.sql
      .updateTable('reports')
      .set((eb) => ({
        version: eb('version', '+', 1),
        last_event_seq: head.lastEventSeq,
        last_hash: head.lastHash,
        updated_at: head.now,
      }))
      .where('id', '=', head.id)
      .where('version', '=', head.expectedVersion);
    if (onlyInState !== undefined) update = update.where('state', '=', onlyInState);
    const result = await this.db.write(update);
    return result.affectedRows === 1;
  }

  /** Locks the reports whose due date is about to move, in id order (so concurrent moves never deadlock). */
  async lockDueDateHeads(ids: string[]): Promise<DueDateHead[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('reports')
        .select(['id', 'state', 'version', 'current_revision', 'last_event_seq', 'last_hash', 'due_at'])
        .where('id', 'in', ids)
        .orderBy('id')
        .forUpdate(),
    );
    return rows.map((r) => ({
      id: r.id,
      state: r.state,
      version: r.version,
      currentRevision: r.current_revision,
      lastEventSeq: r.last_event_seq,
      lastHash: r.last_hash,
      dueAt: r.due_at,
    }));
  }

  /** Moves the due date of the locked reports in one UPDATE, each to its own new chain head. */
  async moveDueDates(move: DueDateMoveWrite): Promise<void> {
    this.db.requireTransaction('A due-date move');
    if (move.heads.length === 0) return;
    const newHead = sql.join(
      move.heads.map((h) => sql`WHEN ${h.reportId} THEN ${h.hash}`),
      sql` `,
    );
    await this.db.write(
      this.db.sql
        .updateTable('reports')
        .set((eb) => ({
          due_at: move.dueAt,
          version: eb('version', '+', 1),
          last_event_seq: eb('last_event_seq', '+', 1),
          last_hash: sql<string>`CASE id ${newHead} END`,
          updated_at: move.now,
        }))
        .where(
          'id',
          'in',
          move.heads.map((h) => h.reportId),
        ),
    );
  }
}

/** The row of a report being created. */
function newReportRow(report: Report) {
  return {
    id: report.id,
    unit_id: report.unitId,
    receiving_unit_id: report.receivingUnitId,
    co_reporting_unit_id: report.coReportingUnitId,
    campaign_id: report.campaignId,
    // One report per unit, year and campaign: "none" stands for no campaign in the unique key.
    campaign_scope: report.campaignId ?? 'none',
    // One report per unit, year and line answers every campaign (uq_reports_one_per_unit_year_line):
    // a campaign's, and one a unit began by hand before any campaign asked, which the first campaign
    // asking then takes as the unit's report (an external QA engineer, stop 52: it stayed beside
    // the campaign's, routed by the old rule). Archived history and older reports (NULL) stay outside.
    one_per_unit_year: report.workflowId === ARCHIVE_DEFINITION.id ? null : 1,
    report_year: report.reportYear,
    report_line: report.reportLine,
    workflow_id: report.workflowId,
    workflow_version: report.workflowVersion,
    state: report.state,
    version: report.version,
    current_revision: report.currentRevision,
    title: report.title,
    last_event_seq: report.lastEventSeq,
    last_hash: report.lastHash,
    return_count: 0,
    stage_entered_at: report.stageEnteredAt,
    stage_due_at: report.stageDueAt,
    stage_limits: report.stageLimits ? JSON.stringify(report.stageLimits) : null,
    reminder_policy: report.reminderPolicy ? JSON.stringify(report.reminderPolicy) : null,
    due_at: report.dueAt,
    created_by: report.createdBy,
    created_at: report.createdAt,
    updated_at: report.updatedAt,
  };
}
