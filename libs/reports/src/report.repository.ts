import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { unitColumnsAs, unitFromPrefixedRow, type Unit } from '@app/directory';
import type { Role } from '@app/workflow';
import type { Report } from './report.types';

const COLUMNS = `id, unit_id, receiving_unit_id, campaign_id, report_year, workflow_id, workflow_version, state, version,
  current_revision, title, last_event_seq, last_hash, last_action, last_from_state, last_actor_id, last_actor_role,
  return_count, stage_entered_at, stage_due_at, submitted_at, stage_limits, reminder_policy, due_at, created_by, created_at, updated_at`;

/** COLUMNS qualified with the alias `r`, for joins. */
const R_COLUMNS = COLUMNS.split(',')
  .map((column) => `r.${column.trim()}`)
  .join(', ');

const json = <T>(v: unknown): T | null =>
  v === null || v === undefined ? null : ((typeof v === 'string' ? JSON.parse(v) : v) as T);

export function toReport(r: Record<string, unknown>): Report {
  return {
    id: r.id as string,
    unitId: r.unit_id as string,
    receivingUnitId: (r.receiving_unit_id as string | null) ?? null,
    campaignId: (r.campaign_id as string | null) ?? null,
    reportYear: Number(r.report_year),
    workflowId: r.workflow_id as string,
    workflowVersion: Number(r.workflow_version),
    state: r.state as string,
    version: Number(r.version),
    currentRevision: Number(r.current_revision),
    title: r.title as string,
    lastEventSeq: Number(r.last_event_seq),
    lastHash: r.last_hash as string,
    lastAction: (r.last_action as string | null) ?? null,
    lastFromState: (r.last_from_state as string | null) ?? null,
    lastActorId: (r.last_actor_id as string | null) ?? null,
    lastActorRole: (r.last_actor_role as Role | null) ?? null,
    returnCount: Number(r.return_count),
    stageEnteredAt: r.stage_entered_at as Date,
    stageDueAt: (r.stage_due_at as Date | null) ?? null,
    submittedAt: (r.submitted_at as Date | null) ?? null,
    stageLimits: json(r.stage_limits),
    reminderPolicy: json(r.reminder_policy),
    dueAt: (r.due_at as Date | null) ?? null,
    createdBy: r.created_by as string,
    createdAt: r.created_at as Date,
    updatedAt: r.updated_at as Date,
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

@Injectable()
export class ReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A report with its unit and the unit's parent, in one round trip (every read and action on a
   * report starts with them; the parent usually holds the division code the calendar needs).
   */
  async findWithUnit(id: string): Promise<{ report: Report; unit: Unit; parent: Unit | null } | null> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT ${R_COLUMNS}, ${unitColumnsAs('u', 'unit__')}, ${unitColumnsAs('p', 'parent__')}
         FROM reports r JOIN units u ON u.id = r.unit_id LEFT JOIN units p ON p.id = u.parent_id
        WHERE r.id = ?`,
      [id],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      report: toReport(row),
      unit: unitFromPrefixedRow(row, 'unit__'),
      parent: row.parent__id ? unitFromPrefixedRow(row, 'parent__') : null,
    };
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Report | null> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT ${COLUMNS} FROM reports WHERE id = ?`,
      [id],
    );
    return rows[0] ? toReport(rows[0]) : null;
  }

  /** The reports of the given deadlines (the reminder batch reads them alongside the deadlines). */
  async findByDeadlineIds(deadlineIds: string[]): Promise<Report[]> {
    if (deadlineIds.length === 0) return [];
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT ${R_COLUMNS} FROM reports r JOIN deadlines d ON d.report_id = r.id WHERE d.id IN (?)`,
      [deadlineIds],
    );
    return rows.map(toReport);
  }

  async insert(report: Report, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO reports (id, unit_id, receiving_unit_id, campaign_id, campaign_scope, report_year, workflow_id, workflow_version,
        state, version, current_revision, title, last_event_seq, last_hash, return_count, stage_entered_at, stage_due_at,
        stage_limits, reminder_policy, due_at, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        report.id,
        report.unitId,
        report.receivingUnitId,
        report.campaignId,
        report.campaignId ?? 'none',
        report.reportYear,
        report.workflowId,
        report.workflowVersion,
        report.state,
        report.version,
        report.currentRevision,
        report.title,
        report.lastEventSeq,
        report.lastHash,
        report.stageEnteredAt,
        report.stageDueAt,
        report.stageLimits ? JSON.stringify(report.stageLimits) : null,
        report.reminderPolicy ? JSON.stringify(report.reminderPolicy) : null,
        report.dueAt,
        report.createdBy,
        report.createdAt,
        report.updatedAt,
      ],
    );
  }

  /**
   * The one way a report's state changes: a conditional UPDATE on the version read before deciding.
   * Returns false when someone else changed the report in between (the caller answers 409).
   */
  async applyTransition(
    manager: EntityManager,
    head: ReportHeadUpdate,
    change: {
      state: string;
      action: string;
      fromState: string;
      actorId: string;
      actorRole: Role;
      isReturn: boolean;
      stageDueAt: Date | null;
      submittedAt: Date | null | undefined;
    },
  ): Promise<boolean> {
    const result: { affectedRows: number } = await manager.query(
      `UPDATE reports SET state = ?, version = version + 1, last_event_seq = ?, last_hash = ?, last_action = ?,
              last_from_state = ?, last_actor_id = ?, last_actor_role = ?, return_count = return_count + ?,
              stage_entered_at = ?, stage_due_at = ?, submitted_at = COALESCE(?, submitted_at), updated_at = ?
        WHERE id = ? AND version = ?`,
      [
        change.state,
        head.lastEventSeq,
        head.lastHash,
        change.action,
        change.fromState,
        change.actorId,
        change.actorRole,
        change.isReturn ? 1 : 0,
        head.now,
        change.stageDueAt,
        change.submittedAt ?? null,
        head.now,
        head.id,
        head.expectedVersion,
      ],
    );
    return result.affectedRows === 1;
  }

  /** A save: a new current revision, only from drafting and only on top of the revision it was based on. */
  async applySave(
    manager: EntityManager,
    head: ReportHeadUpdate,
    save: { basedOnRevision: number; title: string; drafting: string },
  ): Promise<boolean> {
    const result: { affectedRows: number } = await manager.query(
      `UPDATE reports SET current_revision = current_revision + 1, version = version + 1, title = ?,
              last_event_seq = ?, last_hash = ?, updated_at = ?
        WHERE id = ? AND version = ? AND current_revision = ? AND state = ?`,
      [
        save.title,
        head.lastEventSeq,
        head.lastHash,
        head.now,
        head.id,
        head.expectedVersion,
        save.basedOnRevision,
        save.drafting,
      ],
    );
    return result.affectedRows === 1;
  }

  /**
   * An attachment's upload: the chain head moves on (the upload is an audit event), only in drafting
   * and only from the version read before the upload.
   */
  async applyAttachment(manager: EntityManager, head: ReportHeadUpdate, drafting: string): Promise<boolean> {
    const result: { affectedRows: number } = await manager.query(
      `UPDATE reports SET version = version + 1, last_event_seq = ?, last_hash = ?, updated_at = ?
        WHERE id = ? AND version = ? AND state = ?`,
      [head.lastEventSeq, head.lastHash, head.now, head.id, head.expectedVersion, drafting],
    );
    return result.affectedRows === 1;
  }

  /**
   * Copies the report to the rule-of-law offices (抄送). Called in the transaction that moved the
   * report upward, after applyTransition: the row's current revision and last event are then the
   * dispatched revision and the dispatching event, recorded per unit so that a copy recipient reads
   * exactly what was sent to it, each time it was sent.
   */
  async addCopies(manager: EntityManager, reportId: string, unitIds: string[], now: Date): Promise<void> {
    if (unitIds.length === 0) return;
    await manager.query(
      `INSERT IGNORE INTO report_copies (report_id, unit_id, created_at) VALUES ${unitIds.map(() => '(?, ?, ?)').join(', ')}`,
      unitIds.flatMap((u) => [reportId, u, now]),
    );
    await manager.query(
      `INSERT IGNORE INTO report_copy_revisions (report_id, unit_id, event_seq, revision, dispatched_at)
       SELECT r.id, u.id, r.last_event_seq, r.current_revision, ? FROM reports r JOIN units u ON u.id IN (?)
        WHERE r.id = ?`,
      [now, unitIds, reportId],
    );
  }
}
