import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { LocalDate } from '@app/calendar';
import type { ReminderPolicy, StageLimits } from '@app/reports';
import type { Campaign, CampaignAction, CampaignTarget, NoticeFile, TargetSelection } from './campaign.types';

const date = (column: string, alias = column) => `DATE_FORMAT(${column}, '%Y-%m-%d') AS ${alias}`;

const COLUMNS = `c.id, c.parent_id, c.path, c.issuing_unit_id, c.report_year, c.title, c.document_number,
  ${date('c.issued_on', 'issued_on')}, c.body, c.workflow_id, c.workflow_version, ${date('c.due_date', 'due_date')},
  c.stage_limits, c.reminder_policy, ${date('c.disclosure_date', 'disclosure_date')}, c.selection, c.status,
  c.notice_file_name, c.notice_file_type, c.notice_file_size, c.notice_file_sha256, c.notice_file_key,
  c.withdrawn_at, c.withdrawn_by, c.withdraw_reason, c.created_by, c.created_at, c.updated_at`;

const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

function toCampaign(r: Record<string, unknown>): Campaign {
  return {
    id: r.id as string,
    parentId: (r.parent_id as string | null) ?? null,
    path: r.path as string,
    issuingUnitId: r.issuing_unit_id as string,
    reportYear: Number(r.report_year),
    title: r.title as string,
    documentNumber: (r.document_number as string | null) ?? null,
    issuedOn: r.issued_on as LocalDate,
    body: r.body as string,
    workflow: { id: r.workflow_id as string, version: Number(r.workflow_version) },
    dueDate: (r.due_date as LocalDate | null) ?? null,
    stageLimits: r.stage_limits === null ? null : json<StageLimits>(r.stage_limits),
    reminderPolicy: json<ReminderPolicy>(r.reminder_policy),
    disclosureDate: r.disclosure_date as LocalDate,
    selection: json<TargetSelection>(r.selection),
    status: r.status as Campaign['status'],
    noticeFile: r.notice_file_key
      ? {
          name: r.notice_file_name as string,
          contentType: r.notice_file_type as string,
          sizeBytes: Number(r.notice_file_size),
          sha256: r.notice_file_sha256 as string,
          storageKey: r.notice_file_key as string,
        }
      : null,
    withdrawnAt: (r.withdrawn_at as Date | null) ?? null,
    withdrawnBy: (r.withdrawn_by as string | null) ?? null,
    withdrawReason: (r.withdraw_reason as string | null) ?? null,
    createdBy: r.created_by as string,
    createdAt: r.created_at as Date,
    updatedAt: r.updated_at as Date,
  };
}

/** Campaigns, their targets and their record of changes (SQL only; the rules are in the services). */
@Injectable()
export class CampaignRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findById(
    id: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<Campaign | null> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT ${COLUMNS} FROM campaigns c WHERE c.id = ?${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ? toCampaign(rows[0]) : null;
  }

  /** The campaign and every campaign cascaded from it, at any depth (one prefix range). */
  async findWithDescendants(path: string, manager: EntityManager): Promise<Campaign[]> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT ${COLUMNS} FROM campaigns c WHERE c.path LIKE ? ORDER BY c.path FOR UPDATE`,
      [`${path}%`],
    );
    return rows.map(toCampaign);
  }

  async insert(manager: EntityManager, c: Campaign): Promise<void> {
    await manager.query(
      `INSERT INTO campaigns (id, parent_id, path, issuing_unit_id, report_year, title, document_number, issued_on, body,
         workflow_id, workflow_version, due_date, stage_limits, reminder_policy, disclosure_date, selection, status,
         created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        c.id,
        c.parentId,
        c.path,
        c.issuingUnitId,
        c.reportYear,
        c.title,
        c.documentNumber,
        c.issuedOn,
        c.body,
        c.workflow.id,
        c.workflow.version,
        c.dueDate,
        c.stageLimits ? JSON.stringify(c.stageLimits) : null,
        JSON.stringify(c.reminderPolicy),
        c.disclosureDate,
        JSON.stringify(c.selection),
        c.status,
        c.createdBy,
        c.createdAt,
        c.updatedAt,
      ],
    );
  }

  async markWithdrawn(
    manager: EntityManager,
    ids: string[],
    by: string,
    reason: string,
    now: Date,
  ): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(
      `UPDATE campaigns SET status = 'withdrawn', withdrawn_at = ?, withdrawn_by = ?, withdraw_reason = ?, updated_at = ?
        WHERE id IN (?) AND status = 'active'`,
      [now, by, reason, now, ids],
    );
  }

  async setNoticeFile(manager: EntityManager, id: string, file: NoticeFile, now: Date): Promise<void> {
    await manager.query(
      `UPDATE campaigns SET notice_file_name = ?, notice_file_type = ?, notice_file_size = ?, notice_file_sha256 = ?,
              notice_file_key = ?, updated_at = ? WHERE id = ?`,
      [file.name, file.contentType, file.sizeBytes, file.sha256, file.storageKey, now, id],
    );
  }

  /** Bulk insert, chunked so that 3,000 targets stay well under the packet size. */
  async insertTargets(
    manager: EntityManager,
    targets: CampaignTarget[],
    by: string,
    now: Date,
  ): Promise<void> {
    for (let i = 0; i < targets.length; i += 500) {
      const chunk = targets.slice(i, i + 500);
      await manager.query(
        `INSERT INTO campaign_targets (campaign_id, unit_id, report_id, original_due_date, due_date, added_at, added_by)
         VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        chunk.flatMap((t) => [t.campaignId, t.unitId, t.reportId, t.originalDueDate, t.dueDate, now, by]),
      );
    }
  }

  async findTarget(
    campaignId: string,
    unitId: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<CampaignTarget | null> {
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT campaign_id, unit_id, report_id, ${date('original_due_date')}, ${date('due_date')}
         FROM campaign_targets WHERE campaign_id = ? AND unit_id = ?${lock ? ' FOR UPDATE' : ''}`,
      [campaignId, unitId],
    );
    return rows[0] ? toTarget(rows[0]) : null;
  }

  async listTargets(campaignIds: string[], manager: EntityManager = this.dataSource.manager) {
    if (campaignIds.length === 0) return [];
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT campaign_id, unit_id, report_id, ${date('original_due_date')}, ${date('due_date')}
         FROM campaign_targets WHERE campaign_id IN (?)`,
      [campaignIds],
    );
    return rows.map(toTarget);
  }

  async setTargetDueDate(
    manager: EntityManager,
    campaignId: string,
    unitId: string,
    dueDate: LocalDate,
  ): Promise<void> {
    await manager.query('UPDATE campaign_targets SET due_date = ? WHERE campaign_id = ? AND unit_id = ?', [
      dueDate,
      campaignId,
      unitId,
    ]);
  }

  /**
   * The parent campaign's targets a cascade was received through: those at or below the child's
   * issuing unit (e.g. the province targets 昌吉回族自治州 or 昌吉州交通运输局, and the prefecture cascades).
   */
  async receivedTargets(parentId: string, issuingUnitPath: string, manager: EntityManager) {
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT t.campaign_id, t.unit_id, t.report_id, ${date('t.original_due_date', 'original_due_date')},
              ${date('t.due_date', 'due_date')}
         FROM campaign_targets t JOIN units u ON u.id = t.unit_id
        WHERE t.campaign_id = ? AND u.path LIKE ?`,
      [parentId, `${issuingUnitPath}%`],
    );
    return rows.map(toTarget);
  }

  /**
   * Whether one of the campaign's targets is the caller's unit, holds one of their own-unit roles,
   * or lies in the subtree of one of their coordinator/admin roles: who may read the notice.
   */
  async hasTargetWithin(campaignId: string, unitIds: string[], pathPrefixes: string[]): Promise<boolean> {
    const clauses = ['t.unit_id IN (?)', ...pathPrefixes.map(() => 'u.path LIKE ?')];
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM campaign_targets t JOIN units u ON u.id = t.unit_id
        WHERE t.campaign_id = ? AND (${clauses.join(' OR ')}) LIMIT 1`,
      [campaignId, unitIds, ...pathPrefixes.map((p) => `${p}%`)],
    );
    return rows.length > 0;
  }

  /** Campaigns issued in the given subtrees, or with a target in them (received), newest first. */
  async listVisible(
    filter: { coordinatorPaths: string[]; ownUnitIds: string[]; reportYear?: number },
    limit: number,
  ): Promise<Array<Campaign & { issuingUnitName: string; issuingUnitPath: string; targetCount: number }>> {
    const issued = filter.coordinatorPaths.map(() => 'iu.path LIKE ?');
    const received = ['t.unit_id IN (?)', ...filter.coordinatorPaths.map(() => 'tu.path LIKE ?')];
    const params: unknown[] = [
      ...filter.coordinatorPaths.map((p) => `${p}%`),
      filter.ownUnitIds,
      ...filter.coordinatorPaths.map((p) => `${p}%`),
    ];
    const year = filter.reportYear === undefined ? '' : 'AND c.report_year = ?';
    if (filter.reportYear !== undefined) params.push(filter.reportYear);
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT ${COLUMNS}, iu.name AS issuing_unit_name, iu.path AS issuing_unit_path,
              (SELECT COUNT(*) FROM campaign_targets ct WHERE ct.campaign_id = c.id) AS target_count
         FROM campaigns c JOIN units iu ON iu.id = c.issuing_unit_id
        WHERE (${[
          ...issued,
          `EXISTS (SELECT 1 FROM campaign_targets t JOIN units tu ON tu.id = t.unit_id
                   WHERE t.campaign_id = c.id AND (${received.join(' OR ')}))`,
        ].join(' OR ')}) ${year}
        ORDER BY c.created_at DESC, c.id DESC LIMIT ?`,
      [...params, limit],
    );
    return rows.map((r) => ({
      ...toCampaign(r),
      issuingUnitName: r.issuing_unit_name as string,
      issuingUnitPath: r.issuing_unit_path as string,
      targetCount: Number(r.target_count),
    }));
  }

  async countTargets(campaignId: string): Promise<number> {
    const [row] = await this.dataSource.query(
      'SELECT COUNT(*) AS n FROM campaign_targets WHERE campaign_id = ?',
      [campaignId],
    );
    return Number(row.n);
  }

  async childrenOf(campaignId: string): Promise<Array<{ id: string; issuingUnitId: string; title: string }>> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      'SELECT id, issuing_unit_id, title FROM campaigns WHERE parent_id = ? ORDER BY created_at, id',
      [campaignId],
    );
    return rows.map((r) => ({
      id: r.id as string,
      issuingUnitId: r.issuing_unit_id as string,
      title: r.title as string,
    }));
  }

  async recordEvents(
    manager: EntityManager,
    events: Array<{
      campaignId: string;
      unitId: string | null;
      action: CampaignAction;
      actorUserId: string;
      details: Record<string, unknown>;
    }>,
    now: Date,
  ): Promise<void> {
    if (events.length === 0) return;
    await manager.query(
      `INSERT INTO campaign_events (campaign_id, unit_id, action, actor_user_id, details, created_at)
       VALUES ${events.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')}`,
      events.flatMap((e) => [
        e.campaignId,
        e.unitId,
        e.action,
        e.actorUserId,
        JSON.stringify(e.details),
        now,
      ]),
    );
  }

  async listEvents(campaignId: string) {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT e.id, e.unit_id, un.name AS unit_name, e.action, e.actor_user_id, us.display_name, e.details, e.created_at
         FROM campaign_events e
         LEFT JOIN units un ON un.id = e.unit_id
         LEFT JOIN users us ON us.id = e.actor_user_id
        WHERE e.campaign_id = ? ORDER BY e.id`,
      [campaignId],
    );
    return rows.map((r) => ({
      id: Number(r.id),
      action: r.action as CampaignAction,
      unit: r.unit_id ? { id: r.unit_id as string, name: (r.unit_name as string | null) ?? null } : null,
      actor: { id: r.actor_user_id as string, displayName: (r.display_name as string | null) ?? null },
      details: json<Record<string, unknown>>(r.details),
      createdAt: r.created_at as Date,
    }));
  }
}

function toTarget(r: Record<string, unknown>): CampaignTarget {
  return {
    campaignId: r.campaign_id as string,
    unitId: r.unit_id as string,
    reportId: r.report_id as string,
    originalDueDate: r.original_due_date as LocalDate,
    dueDate: r.due_date as LocalDate,
  };
}
