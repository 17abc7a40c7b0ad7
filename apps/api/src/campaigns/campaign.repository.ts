import { Injectable } from '@nestjs/common';
import { sql, type InferResult, type RawBuilder } from 'kysely';
import type { LocalDate } from '@app/calendar';
import { Database, fromJson, type SqlBuilder } from '@app/persistence';
import type { ReminderPolicy, ReportLine, StageLimits } from '@app/reports';
import type { StatedChainRules } from '@app/workflow';
import type { Campaign, CampaignStatus, NoticeFile, TargetSelection } from './campaign.types';
import { storedItemOrder } from './item-order/campaign-item-order';

// DATE columns cross the driver as text: read as 'YYYY-MM-DD' (the driver would make a midnight-UTC
// Date of them) and written as that text. The generated row types say `Date` because that is what
// the driver hands back for a plain column; these helpers are where the campaign repositories say
// otherwise, once.

/** `DATE_FORMAT(column, '%Y-%m-%d')`: a DATE column read as a calendar day. */
export function dateText(column: string): RawBuilder<LocalDate> {
  return sql<LocalDate>`DATE_FORMAT(${sql.ref(column)}, '%Y-%m-%d')`;
}

/** As `dateText`, for a nullable DATE column. */
export function nullableDateText(column: string): RawBuilder<LocalDate | null> {
  return sql<LocalDate | null>`DATE_FORMAT(${sql.ref(column)}, '%Y-%m-%d')`;
}

/** A calendar day written to a DATE column (MySQL reads 'YYYY-MM-DD' as that day). */
export function dateValue(day: LocalDate): RawBuilder<Date> {
  return sql<Date>`${day}`;
}

/** As `dateValue`, for a nullable DATE column. */
export function nullableDateValue(day: LocalDate | null): RawBuilder<Date | null> {
  return sql<Date | null>`${day}`;
}

/** Every column of a campaign, as `toCampaign` reads it. */
function selectCampaigns(db: SqlBuilder) {
  return db
    .selectFrom('campaigns as c')
    .select([
      'c.id',
      'c.parent_id',
      'c.path',
      'c.issuing_unit_id',
      'c.report_year',
      'c.report_line',
      'c.title',
      'c.document_number',
      dateText('c.issued_on').as('issued_on'),
      'c.body',
      'c.workflow_id',
      'c.workflow_version',
      nullableDateText('c.due_date').as('due_date'),
      'c.stage_limits',
      'c.reminder_policy',
      dateText('c.disclosure_date').as('disclosure_date'),
      'c.item_order',
      'c.requires_stamped_scan',
      'c.chain_rules',
      'c.selection',
      'c.status',
      'c.notice_file_name',
      'c.notice_file_type',
      'c.notice_file_size',
      'c.notice_file_sha256',
      'c.notice_file_key',
      'c.withdrawn_at',
      'c.withdrawn_by',
      'c.withdraw_reason',
      'c.created_by',
      'c.created_at',
      'c.updated_at',
    ])
    .$narrowType<{ status: CampaignStatus }>();
}

type CampaignRow = InferResult<ReturnType<typeof selectCampaigns>>[number];

function toCampaign(r: CampaignRow): Campaign {
  return {
    id: r.id,
    parentId: r.parent_id,
    path: r.path,
    issuingUnitId: r.issuing_unit_id,
    reportYear: Number(r.report_year),
    reportLine: r.report_line,
    title: r.title,
    documentNumber: r.document_number,
    issuedOn: r.issued_on,
    body: r.body,
    workflow: { id: r.workflow_id, version: Number(r.workflow_version) },
    dueDate: r.due_date,
    stageLimits: r.stage_limits === null ? null : fromJson<StageLimits>(r.stage_limits),
    reminderPolicy: fromJson<ReminderPolicy>(r.reminder_policy),
    disclosureDate: r.disclosure_date,
    itemOrder: r.item_order === null ? null : storedItemOrder(r.item_order),
    requiresStampedScan: Number(r.requires_stamped_scan) === 1,
    chainRules: r.chain_rules === null ? null : fromJson<StatedChainRules>(r.chain_rules),
    selection: fromJson<TargetSelection>(r.selection),
    status: r.status,
    noticeFile:
      r.notice_file_key !== null &&
      r.notice_file_name !== null &&
      r.notice_file_type !== null &&
      r.notice_file_sha256 !== null
        ? {
            name: r.notice_file_name,
            contentType: r.notice_file_type,
            sizeBytes: Number(r.notice_file_size),
            sha256: r.notice_file_sha256,
            storageKey: r.notice_file_key,
          }
        : null,
    withdrawnAt: r.withdrawn_at,
    withdrawnBy: r.withdrawn_by,
    withdrawReason: r.withdraw_reason,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface VisibleCampaign extends Campaign {
  issuingUnitName: string;
  issuingUnitPath: string;
  targetCount: number;
}

export interface VisibleCampaignsFilter {
  /** Subtrees the caller coordinates: campaigns issued there, or with a target there. */
  coordinatorPaths: string[];
  /** The caller's own units (never empty: the principal's unit is one). */
  ownUnitIds: string[];
  reportYear?: number;
  limit: number;
}

export interface Withdrawal {
  campaignIds: string[];
  by: string;
  reason: string;
  now: Date;
}

/** 报送任务: the campaigns table (its only writer). Targets and the record have their own repositories. */
@Injectable()
export class CampaignRepository {
  constructor(private readonly db: Database) {}

  /** `lock`: FOR UPDATE, inside a transaction, to serialise with a concurrent change of the campaign. */
  async findById(id: string, options: { lock?: boolean } = {}): Promise<Campaign | null> {
    const query = selectCampaigns(this.db.sql).where('c.id', '=', id);
    const row = await this.db.row(options.lock ? query.forUpdate() : query);
    return row ? toCampaign(row) : null;
  }

  /** The campaign and every campaign cascaded from it, at any depth (one prefix range), locked. */
  async findWithDescendants(path: string): Promise<Campaign[]> {
    const rows = await this.db.rows(
      selectCampaigns(this.db.sql).where('c.path', 'like', `${path}%`).orderBy('c.path').forUpdate(),
    );
    return rows.map(toCampaign);
  }

  async insert(c: Campaign): Promise<void> {
    await this.db.write(
      this.db.sql.insertInto('campaigns').values({
        id: c.id,
        parent_id: c.parentId,
        path: c.path,
        issuing_unit_id: c.issuingUnitId,
        report_year: c.reportYear,
        report_line: c.reportLine,
        title: c.title,
        document_number: c.documentNumber,
        issued_on: dateValue(c.issuedOn),
        body: c.body,
        workflow_id: c.workflow.id,
        workflow_version: c.workflow.version,
        due_date: nullableDateValue(c.dueDate),
        stage_limits: c.stageLimits ? JSON.stringify(c.stageLimits) : null,
        reminder_policy: JSON.stringify(c.reminderPolicy),
        disclosure_date: dateValue(c.disclosureDate),
        item_order: c.itemOrder ? c.itemOrder.join(',') : null,
        requires_stamped_scan: c.requiresStampedScan ? 1 : 0,
        chain_rules: c.chainRules ? JSON.stringify(c.chainRules) : null,
        selection: JSON.stringify(c.selection),
        status: c.status,
        created_by: c.createdBy,
        created_at: c.createdAt,
        updated_at: c.updatedAt,
      }),
    );
  }

  /** Only active campaigns change: one already withdrawn keeps who withdrew it and why. */
  async markWithdrawn(w: Withdrawal): Promise<void> {
    if (w.campaignIds.length === 0) return;
    await this.db.write(
      this.db.sql
        .updateTable('campaigns')
        .set({
          status: 'withdrawn',
          withdrawn_at: w.now,
          withdrawn_by: w.by,
          withdraw_reason: w.reason,
          updated_at: w.now,
        })
        .where('id', 'in', w.campaignIds)
        .where('status', '=', 'active'),
    );
  }

  async setNoticeFile(change: { campaignId: string; file: NoticeFile; now: Date }): Promise<void> {
    const { file } = change;
    await this.db.write(
      this.db.sql
        .updateTable('campaigns')
        .set({
          notice_file_name: file.name,
          notice_file_type: file.contentType,
          notice_file_size: file.sizeBytes,
          notice_file_sha256: file.sha256,
          notice_file_key: file.storageKey,
          updated_at: change.now,
        })
        .where('id', '=', change.campaignId),
    );
  }

  /**
   * Whether one of the campaign's targets is one of `unitIds` or lies in one of the subtrees at
   * `pathPrefixes`: who may read the notice (own-unit roles, coordinator/admin subtrees).
   */
  async hasTargetWithin(campaignId: string, unitIds: string[], pathPrefixes: string[]): Promise<boolean> {
    if (unitIds.length === 0 && pathPrefixes.length === 0) return false;
    const row = await this.db.row(
      this.db.sql
        .selectFrom('campaign_targets as t')
        .innerJoin('units as u', 'u.id', 't.unit_id')
        .select(sql.lit(1).as('found'))
        .where('t.campaign_id', '=', campaignId)
        .where((eb) =>
          eb.or([
            ...(unitIds.length > 0 ? [eb('t.unit_id', 'in', unitIds)] : []),
            ...pathPrefixes.map((p) => eb('u.path', 'like', `${p}%`)),
          ]),
        )
        .limit(1),
    );
    return row !== undefined;
  }

  /** Campaigns issued in the given subtrees, or with a target in them (received), newest first. */
  async listVisible(filter: VisibleCampaignsFilter): Promise<VisibleCampaign[]> {
    const prefixes = filter.coordinatorPaths.map((p) => `${p}%`);
    let query = selectCampaigns(this.db.sql)
      .innerJoin('units as iu', 'iu.id', 'c.issuing_unit_id')
      .select((eb) => [
        'iu.name as issuing_unit_name',
        'iu.path as issuing_unit_path',
        eb
          .selectFrom('campaign_targets as ct')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('ct.campaign_id', '=', 'c.id')
          .as('target_count'),
      ])
      .where((eb) =>
        eb.or([
          ...prefixes.map((p) => eb('iu.path', 'like', p)),
          eb.exists(
            eb
              .selectFrom('campaign_targets as t')
              .innerJoin('units as tu', 'tu.id', 't.unit_id')
              .select(sql.lit(1).as('one'))
              .whereRef('t.campaign_id', '=', 'c.id')
              .where((inner) =>
                inner.or([
                  inner('t.unit_id', 'in', filter.ownUnitIds),
                  ...prefixes.map((p) => inner('tu.path', 'like', p)),
                ]),
              ),
          ),
        ]),
      );
    if (filter.reportYear !== undefined) query = query.where('c.report_year', '=', filter.reportYear);
    // A list tolerates a replica's lag; the issuer's own new campaign comes from the primary (read-your-writes).
    const rows = await this.db.lagTolerant.rows(
      query.orderBy('c.created_at', 'desc').orderBy('c.id', 'desc').limit(filter.limit),
    );
    return rows.map((r) => ({
      ...toCampaign(r),
      issuingUnitName: r.issuing_unit_name,
      issuingUnitPath: r.issuing_unit_path,
      targetCount: Number(r.target_count),
    }));
  }

  /**
   * An active campaign of the same issuer and report year that already asks some of `unitIds`
   * (issuing the same campaign twice), with the units it shares; null when there is none.
   */
  /**
   * Serialises issuing by one unit: taken first in the issuing transaction, so the duplicate check
   * that follows sees every campaign the unit issued before (two identical requests at once both
   * passed the check made before the transaction: pen test, stop 45).
   */
  async lockIssuer(issuingUnitId: string): Promise<void> {
    this.db.requireTransaction('The issuing lock');
    await this.db.row(
      this.db.sql.selectFrom('units').select('id').where('id', '=', issuingUnitId).forUpdate(),
    );
  }

  async findActiveOverlapping(query: {
    issuingUnitId: string;
    reportYear: number;
    reportLine: ReportLine;
    unitIds: string[];
    exceptCampaignId?: string;
    /** Inside the issuing transaction: a locking read, which sees what is committed (not the snapshot). */
    lock?: boolean;
  }): Promise<{ id: string; title: string; documentNumber: string | null; unitIds: string[] } | null> {
    if (query.unitIds.length === 0) return null;
    let select = this.db.sql
      .selectFrom('campaigns as c')
      .innerJoin('campaign_targets as t', 't.campaign_id', 'c.id')
      .select(['c.id', 'c.title', 'c.document_number', 't.unit_id'])
      .where('c.issuing_unit_id', '=', query.issuingUnitId)
      .where('c.report_year', '=', query.reportYear)
      .where('c.report_line', '=', query.reportLine)
      .where('c.status', '=', 'active')
      .where('t.unit_id', 'in', query.unitIds);
    if (query.exceptCampaignId) select = select.where('c.id', '<>', query.exceptCampaignId);
    select = select.orderBy('c.created_at').orderBy('c.id').orderBy('t.unit_id');
    const rows = await this.db.rows(query.lock ? select.forUpdate() : select);
    if (rows.length === 0) return null;
    const first = rows[0];
    return {
      id: first.id,
      title: first.title,
      documentNumber: first.document_number,
      unitIds: rows.filter((r) => r.id === first.id).map((r) => r.unit_id),
    };
  }

  async childrenOf(campaignId: string): Promise<Array<{ id: string; issuingUnitId: string; title: string }>> {
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('campaigns')
        .select(['id', 'issuing_unit_id', 'title'])
        .where('parent_id', '=', campaignId)
        .orderBy('created_at')
        .orderBy('id'),
    );
    return rows.map((r) => ({ id: r.id, issuingUnitId: r.issuing_unit_id, title: r.title }));
  }
}
