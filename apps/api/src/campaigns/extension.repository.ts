import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { LocalDate } from '@app/calendar';
import { isDuplicateKey } from '@app/common';
import { Database, type SqlBuilder } from '@app/persistence';
import { dateText, dateValue, nullableDateText, nullableDateValue } from './campaign.repository';
import type { UnitKind, UnitLevel } from '@app/directory';
import type { ReportLine } from '@app/reports';
import type { ExtensionRequest, ExtensionStatus } from './campaign.types';
import { regulationDueDateOnLine } from './regulation-dates';

/** The unit already has a request waiting (the unique pending_guard key refused a second one). */
export class PendingExtensionExistsError extends Error {
  constructor(
    readonly campaignId: string,
    readonly unitId: string,
  ) {
    super(`Unit ${unitId} already has a pending extension request in campaign ${campaignId}`);
    this.name = 'PendingExtensionExistsError';
  }
}

export interface ExtensionDecision {
  extensionId: string;
  status: Exclude<ExtensionStatus, 'pending' | 'cancelled'>;
  grantedDueDate: LocalDate | null;
  comment: string | null;
  by: string;
  at: Date;
}

/** A request waiting at an issuing office, with the campaign it asks of (我的待办). */
export type PendingExtension = ListedExtension & { campaignTitle: string };

/** A request as the lists show it: with the unit's name and the people's names. */
export type ListedExtension = ExtensionRequest & {
  unitName: string;
  requestedByName: string | null;
  decidedByName: string | null;
  /** The regulation's date for the unit's report (regulation-dates.ts): an office granting past it is warned. */
  regulationDueDate: LocalDate;
  /**
   * The campaign's 公开期限: a unit granted a date past it can no longer publish in time (publication
   * waits for the sending), so the office is warned (an external QA engineer, stop 55).
   */
  disclosureDate: LocalDate;
  /** When the report was sent to this campaign, while that dispatch stands (not returned or withdrawn). */
  sentAt: Date | null;
  /**
   * The earliest date another active campaign asking for the same report gives the unit: a report is
   * due by the earliest, so a grant past it moves nothing (external QA, stop 57 F4: granted, and the
   * report stayed due ten days earlier under the county's cascade). Null: no other campaign.
   */
  otherCampaignsDueDate: LocalDate | null;
};

/** The earliest due date of the request's report under the other active campaigns asking for it. */
const otherCampaignsDueDate = sql<LocalDate | null>`(SELECT DATE_FORMAT(MIN(ot.due_date), '%Y-%m-%d')
  FROM campaign_targets ot INNER JOIN campaigns oc ON oc.id = ot.campaign_id
  WHERE ot.report_id = x.report_id AND ot.campaign_id <> x.campaign_id AND oc.status = 'active')`;

/** The receipt columns sentAtOf reads (report_receipts as rr, joined on the request's report and campaign). */
interface ReceiptColumns {
  receipt_dispatched_at: Date | null;
  receipt_status: 'accepted' | 'received' | 'returned' | null;
  receipt_withdrawn_at: Date | null;
}

/**
 * A request asked before the unit sent its report may still wait after it did: the office was not
 * told, and granted an extension for a report already in (a walk, stop 48).
 */
function sentAtOf(r: ReceiptColumns): Date | null {
  if (r.receipt_dispatched_at === null || r.receipt_status === 'returned' || r.receipt_withdrawn_at !== null)
    return null;
  return r.receipt_dispatched_at;
}

/** The columns regulationDueDateOnLine reads, selected beside a request. */
interface RegulationColumns {
  unit_kind: UnitKind;
  unit_level: UnitLevel;
  report_year: number;
  report_line: ReportLine;
}

function regulationDateOf(r: RegulationColumns): LocalDate {
  return regulationDueDateOnLine(r.report_line, r.report_year, { kind: r.unit_kind, level: r.unit_level });
}

function selectExtensions(db: SqlBuilder) {
  return db
    .selectFrom('extension_requests as x')
    .select([
      'x.id',
      'x.campaign_id',
      'x.unit_id',
      'x.report_id',
      'x.status',
      dateText('x.due_date_before').as('due_date_before'),
      dateText('x.requested_due_date').as('requested_due_date'),
      'x.reason',
      'x.requested_by',
      'x.requested_at',
      nullableDateText('x.granted_due_date').as('granted_due_date'),
      'x.decision_comment',
      'x.decided_by',
      'x.decided_at',
    ])
    .$narrowType<{ status: ExtensionStatus }>();
}

function toExtension(r: {
  id: string;
  campaign_id: string;
  unit_id: string;
  report_id: string;
  status: ExtensionStatus;
  due_date_before: LocalDate;
  requested_due_date: LocalDate;
  reason: string;
  requested_by: string;
  requested_at: Date;
  granted_due_date: LocalDate | null;
  decision_comment: string | null;
  decided_by: string | null;
  decided_at: Date | null;
}): ExtensionRequest {
  return {
    id: r.id,
    campaignId: r.campaign_id,
    unitId: r.unit_id,
    reportId: r.report_id,
    status: r.status,
    dueDateBefore: r.due_date_before,
    requestedDueDate: r.requested_due_date,
    reason: r.reason,
    requestedBy: r.requested_by,
    requestedAt: r.requested_at,
    grantedDueDate: r.granted_due_date,
    decisionComment: r.decision_comment,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
  };
}

/** 延期申请 (extension_requests: its only writer): at most one pending per unit and campaign, by a unique key on pending_guard. */
@Injectable()
export class ExtensionRepository {
  constructor(private readonly db: Database) {}

  /** Throws PendingExtensionExistsError when the unit already has a request waiting. */
  async insert(e: ExtensionRequest): Promise<void> {
    try {
      await this.db.write(
        this.db.sql.insertInto('extension_requests').values({
          id: e.id,
          campaign_id: e.campaignId,
          unit_id: e.unitId,
          report_id: e.reportId,
          status: 'pending',
          pending_guard: e.unitId,
          due_date_before: dateValue(e.dueDateBefore),
          requested_due_date: dateValue(e.requestedDueDate),
          reason: e.reason,
          requested_by: e.requestedBy,
          requested_at: e.requestedAt,
        }),
      );
    } catch (error) {
      if (isDuplicateKey(error)) throw new PendingExtensionExistsError(e.campaignId, e.unitId);
      throw error;
    }
  }

  /** `lock`: FOR UPDATE, inside a transaction, so that two deciders cannot both decide it. */
  async findById(id: string, options: { lock?: boolean } = {}): Promise<ExtensionRequest | null> {
    const query = selectExtensions(this.db.sql).where('x.id', '=', id);
    const row = await this.db.row(options.lock ? query.forUpdate() : query);
    return row ? toExtension(row) : null;
  }

  async findPending(campaignId: string, unitId: string): Promise<ExtensionRequest | null> {
    const row = await this.db.row(
      selectExtensions(this.db.sql)
        .where('x.campaign_id', '=', campaignId)
        .where('x.pending_guard', '=', unitId),
    );
    return row ? toExtension(row) : null;
  }

  /**
   * A pending request for any target of this report in the campaign: a joint report (联合报告) is
   * one report with a target row per reporting unit, and its 党委 and 政府 ask once for both.
   * `lock`: a locking read inside a transaction, so it sees a request committed since it began.
   */
  async findPendingForReport(
    campaignId: string,
    reportId: string,
    options: { lock?: boolean } = {},
  ): Promise<ExtensionRequest | null> {
    const query = selectExtensions(this.db.sql)
      .where('x.campaign_id', '=', campaignId)
      .where('x.report_id', '=', reportId)
      .where('x.status', '=', 'pending')
      .limit(1);
    const row = await this.db.row(options.lock ? query.forUpdate() : query);
    return row ? toExtension(row) : null;
  }

  /** False when the request was no longer pending (decided or cancelled meanwhile). */
  async decide(decision: ExtensionDecision): Promise<boolean> {
    const result = await this.db.write(
      this.db.sql
        .updateTable('extension_requests')
        .set({
          status: decision.status,
          pending_guard: null,
          granted_due_date: nullableDateValue(decision.grantedDueDate),
          decision_comment: decision.comment,
          decided_by: decision.by,
          decided_at: decision.at,
        })
        .where('id', '=', decision.extensionId)
        .where('status', '=', 'pending'),
    );
    return result.affectedRows === 1;
  }

  /** Pending requests of withdrawn campaigns are closed with them. */
  async cancelPending(cancel: { campaignIds: string[]; by: string; at: Date }): Promise<void> {
    if (cancel.campaignIds.length === 0) return;
    await this.db.write(
      this.db.sql
        .updateTable('extension_requests')
        .set({
          status: 'cancelled',
          pending_guard: null,
          decision_comment: '报送任务已撤回',
          decided_by: cancel.by,
          decided_at: cancel.at,
        })
        .where('campaign_id', 'in', cancel.campaignIds)
        .where('status', '=', 'pending'),
    );
  }

  /** The earliest due date the other active campaigns asking for the report give it (null: none). */
  async otherCampaignsDueDate(reportId: string, campaignId: string): Promise<LocalDate | null> {
    const row = await this.db.row(
      this.db.sql
        .selectFrom('campaign_targets as ot')
        .innerJoin('campaigns as oc', 'oc.id', 'ot.campaign_id')
        .select(sql<LocalDate | null>`DATE_FORMAT(MIN(ot.due_date), '%Y-%m-%d')`.as('due'))
        .where('ot.report_id', '=', reportId)
        .where('ot.campaign_id', '<>', campaignId)
        .where('oc.status', '=', 'active'),
    );
    return row?.due ?? null;
  }

  /**
   * A campaign's requests (one unit's, when given), oldest first, with the unit's name and the names
   * of who asked and who decided (the 延期申请 page had no 申请人: a walk, stop 40).
   */
  async list(campaignId: string, unitId?: string): Promise<ListedExtension[]> {
    let query = selectExtensions(this.db.sql)
      .innerJoin('campaigns as cp', 'cp.id', 'x.campaign_id')
      .leftJoin('report_receipts as rr', (join) =>
        join.onRef('rr.report_id', '=', 'x.report_id').onRef('rr.campaign_id', '=', 'x.campaign_id'),
      )
      .innerJoin('units as un', 'un.id', 'x.unit_id')
      .leftJoin('users as asker', 'asker.id', 'x.requested_by')
      .leftJoin('users as decider', 'decider.id', 'x.decided_by')
      .select([
        'un.name as unit_name',
        'un.kind as unit_kind',
        'un.level as unit_level',
        'cp.report_year',
        'cp.report_line',
        dateText('cp.disclosure_date').as('disclosure_date'),
        'rr.dispatched_at as receipt_dispatched_at',
        'rr.status as receipt_status',
        'rr.dispatch_withdrawn_at as receipt_withdrawn_at',
        'asker.display_name as asker_name',
        'decider.display_name as decider_name',
        otherCampaignsDueDate.as('other_campaigns_due_date'),
      ])
      .where('x.campaign_id', '=', campaignId);
    if (unitId) query = query.where('x.unit_id', '=', unitId);
    const rows = await this.db.rows(query.orderBy('x.requested_at').orderBy('x.id'));
    return rows.map((r) => ({
      ...toExtension(r),
      unitName: r.unit_name,
      requestedByName: r.asker_name ?? null,
      decidedByName: r.decider_name ?? null,
      regulationDueDate: regulationDateOf(r),
      disclosureDate: r.disclosure_date,
      sentAt: sentAtOf(r),
      otherCampaignsDueDate: r.other_campaigns_due_date,
    }));
  }

  /**
   * The requests waiting for a decision in the campaigns these units issued, the nearest due date first: an
   * office's 待审批延期申请 (a walk, stop 46: a request was seen only by opening its campaign).
   */
  async pendingAt(issuingUnitIds: readonly string[], limit: number): Promise<PendingExtension[]> {
    if (issuingUnitIds.length === 0) return [];
    const rows = await this.db.rows(
      selectExtensions(this.db.sql)
        .innerJoin('campaigns as cp', 'cp.id', 'x.campaign_id')
        .leftJoin('report_receipts as rr', (join) =>
          join.onRef('rr.report_id', '=', 'x.report_id').onRef('rr.campaign_id', '=', 'x.campaign_id'),
        )
        .innerJoin('units as un', 'un.id', 'x.unit_id')
        .leftJoin('users as asker', 'asker.id', 'x.requested_by')
        .select([
          'rr.dispatched_at as receipt_dispatched_at',
          'rr.status as receipt_status',
          'rr.dispatch_withdrawn_at as receipt_withdrawn_at',
          'un.name as unit_name',
          'un.kind as unit_kind',
          'un.level as unit_level',
          'cp.report_year',
          'cp.report_line',
          dateText('cp.disclosure_date').as('disclosure_date'),
          'asker.display_name as asker_name',
          'cp.title as campaign_title',
          otherCampaignsDueDate.as('other_campaigns_due_date'),
        ])
        .where('x.status', '=', 'pending')
        .where('cp.issuing_unit_id', 'in', [...issuingUnitIds])
        // A withdrawal cancels its requests in its own transaction; this says so here as well.
        .where('cp.status', '=', 'active')
        // The one whose due date comes first is decided first (review, stop 47).
        .orderBy('x.due_date_before')
        .orderBy('x.requested_at')
        .orderBy('x.id')
        .limit(limit),
    );
    return rows.map((r) => ({
      ...toExtension(r),
      unitName: r.unit_name,
      requestedByName: r.asker_name ?? null,
      decidedByName: null,
      regulationDueDate: regulationDateOf(r),
      disclosureDate: r.disclosure_date,
      sentAt: sentAtOf(r),
      otherCampaignsDueDate: r.other_campaigns_due_date,
      campaignTitle: r.campaign_title,
    }));
  }
}
