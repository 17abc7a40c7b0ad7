import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { LocalDate } from '@app/calendar';
import type { ExtensionRequest, ExtensionStatus } from './campaign.types';

const COLUMNS = `id, campaign_id, unit_id, report_id, status,
  DATE_FORMAT(due_date_before, '%Y-%m-%d') AS due_date_before,
  DATE_FORMAT(requested_due_date, '%Y-%m-%d') AS requested_due_date, reason, requested_by, requested_at,
  DATE_FORMAT(granted_due_date, '%Y-%m-%d') AS granted_due_date, decision_comment, decided_by, decided_at`;

function toExtension(r: Record<string, unknown>): ExtensionRequest {
  return {
    id: r.id as string,
    campaignId: r.campaign_id as string,
    unitId: r.unit_id as string,
    reportId: r.report_id as string,
    status: r.status as ExtensionStatus,
    dueDateBefore: r.due_date_before as LocalDate,
    requestedDueDate: r.requested_due_date as LocalDate,
    reason: r.reason as string,
    requestedBy: r.requested_by as string,
    requestedAt: r.requested_at as Date,
    grantedDueDate: (r.granted_due_date as LocalDate | null) ?? null,
    decisionComment: (r.decision_comment as string | null) ?? null,
    decidedBy: (r.decided_by as string | null) ?? null,
    decidedAt: (r.decided_at as Date | null) ?? null,
  };
}

/** 延期申请: at most one pending per unit and campaign, enforced by a unique key on pending_guard. */
@Injectable()
export class ExtensionRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, e: ExtensionRequest): Promise<void> {
    await manager.query(
      `INSERT INTO extension_requests (id, campaign_id, unit_id, report_id, status, pending_guard, due_date_before,
         requested_due_date, reason, requested_by, requested_at)
       VALUES (?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?)`,
      [
        e.id,
        e.campaignId,
        e.unitId,
        e.reportId,
        e.unitId,
        e.dueDateBefore,
        e.requestedDueDate,
        e.reason,
        e.requestedBy,
        e.requestedAt,
      ],
    );
  }

  async findById(
    id: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<ExtensionRequest | null> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT ${COLUMNS} FROM extension_requests WHERE id = ?${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ? toExtension(rows[0]) : null;
  }

  async findPending(
    campaignId: string,
    unitId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ExtensionRequest | null> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT ${COLUMNS} FROM extension_requests WHERE campaign_id = ? AND pending_guard = ?`,
      [campaignId, unitId],
    );
    return rows[0] ? toExtension(rows[0]) : null;
  }

  async decide(
    manager: EntityManager,
    id: string,
    decision: {
      status: Exclude<ExtensionStatus, 'pending'>;
      grantedDueDate: LocalDate | null;
      comment: string | null;
      by: string;
      at: Date;
    },
  ): Promise<boolean> {
    const result: { affectedRows: number } = await manager.query(
      `UPDATE extension_requests SET status = ?, pending_guard = NULL, granted_due_date = ?, decision_comment = ?,
              decided_by = ?, decided_at = ?
        WHERE id = ? AND status = 'pending'`,
      [decision.status, decision.grantedDueDate, decision.comment, decision.by, decision.at, id],
    );
    return result.affectedRows === 1;
  }

  /** Pending requests of withdrawn campaigns are closed with them. */
  async cancelPending(manager: EntityManager, campaignIds: string[], by: string, at: Date): Promise<void> {
    if (campaignIds.length === 0) return;
    await manager.query(
      `UPDATE extension_requests SET status = 'cancelled', pending_guard = NULL, decision_comment = '报送任务已撤回',
              decided_by = ?, decided_at = ?
        WHERE campaign_id IN (?) AND status = 'pending'`,
      [by, at, campaignIds],
    );
  }

  async list(campaignId: string, unitId?: string) {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT x.*, un.name AS unit_name
         FROM (SELECT ${COLUMNS} FROM extension_requests
                WHERE campaign_id = ? ${unitId ? 'AND unit_id = ?' : ''}) x
         JOIN units un ON un.id = x.unit_id
        ORDER BY x.requested_at, x.id`,
      unitId ? [campaignId, unitId] : [campaignId],
    );
    return rows.map((r) => ({ ...toExtension(r), unitName: r.unit_name as string }));
  }
}
