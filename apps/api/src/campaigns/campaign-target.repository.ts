import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { LocalDate } from '@app/calendar';
import { Database, type SqlBuilder } from '@app/persistence';
import { dateText, dateValue } from './campaign.repository';
import type { CampaignTarget } from './campaign.types';

/** Bulk inserts are chunked so that 3,000 targets stay well under the packet size. */
const INSERT_CHUNK = 500;

function selectTargets(db: SqlBuilder) {
  return db
    .selectFrom('campaign_targets as t')
    .select([
      't.campaign_id',
      't.unit_id',
      't.report_id',
      dateText('t.original_due_date').as('original_due_date'),
      dateText('t.due_date').as('due_date'),
    ]);
}

function toTarget(r: {
  campaign_id: string;
  unit_id: string;
  report_id: string;
  original_due_date: LocalDate;
  due_date: LocalDate;
}): CampaignTarget {
  return {
    campaignId: r.campaign_id,
    unitId: r.unit_id,
    reportId: r.report_id,
    originalDueDate: r.original_due_date,
    dueDate: r.due_date,
  };
}

/** Who must report to a campaign (campaign_targets: its only writer), with each unit's report and due date. */
@Injectable()
export class CampaignTargetRepository {
  constructor(private readonly db: Database) {}

  /** Written with the campaign's reports: a target without its report must never be seen. */
  async insertMany(added: { targets: CampaignTarget[]; by: string; now: Date }): Promise<void> {
    this.db.requireTransaction('Campaign targets');
    for (let i = 0; i < added.targets.length; i += INSERT_CHUNK) {
      const chunk = added.targets.slice(i, i + INSERT_CHUNK);
      await this.db.write(
        this.db.sql.insertInto('campaign_targets').values(
          chunk.map((t) => ({
            campaign_id: t.campaignId,
            unit_id: t.unitId,
            report_id: t.reportId,
            original_due_date: dateValue(t.originalDueDate),
            due_date: dateValue(t.dueDate),
            added_at: added.now,
            added_by: added.by,
          })),
        ),
      );
    }
  }

  /** `lock`: FOR UPDATE, inside a transaction (deciding an extension moves this row's date). */
  async find(
    campaignId: string,
    unitId: string,
    options: { lock?: boolean } = {},
  ): Promise<CampaignTarget | null> {
    const query = selectTargets(this.db.sql)
      .where('t.campaign_id', '=', campaignId)
      .where('t.unit_id', '=', unitId);
    const row = await this.db.row(options.lock ? query.forUpdate() : query);
    return row ? toTarget(row) : null;
  }

  async list(campaignIds: string[]): Promise<CampaignTarget[]> {
    if (campaignIds.length === 0) return [];
    const rows = await this.db.rows(selectTargets(this.db.sql).where('t.campaign_id', 'in', campaignIds));
    return rows.map(toTarget);
  }

  /** Of these units, those the campaign asks (its targets): who an issued 通报 is addressed to. */
  async targetedAmong(campaignId: string, unitIds: readonly string[]): Promise<string[]> {
    if (unitIds.length === 0) return [];
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('campaign_targets')
        .select('unit_id')
        .where('campaign_id', '=', campaignId)
        .where('unit_id', 'in', [...unitIds]),
    );
    return rows.map((r) => r.unit_id);
  }

  async count(campaignId: string): Promise<number> {
    const row = await this.db.row(
      this.db.sql
        .selectFrom('campaign_targets')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('campaign_id', '=', campaignId),
    );
    return Number(row?.n ?? 0);
  }

  /**
   * Each report's earliest due date among the active campaigns asking for it; a report no active
   * campaign asks for is absent. Read in the caller's transaction, after its own change.
   */
  async earliestActiveDueDates(reportIds: string[]): Promise<Map<string, LocalDate>> {
    if (reportIds.length === 0) return new Map();
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('campaign_targets as t')
        .innerJoin('campaigns as c', 'c.id', 't.campaign_id')
        .select(['t.report_id', sql<LocalDate>`DATE_FORMAT(MIN(t.due_date), '%Y-%m-%d')`.as('due_date')])
        .where('c.status', '=', 'active')
        .where('t.report_id', 'in', reportIds)
        .groupBy('t.report_id'),
    );
    return new Map(rows.map((r) => [r.report_id, r.due_date]));
  }

  /**
   * The due date of every target of the campaign that this report answers: one row, or the two of a
   * joint report (联合报告), whose 党委 row kept the old date after the 政府's extension and would
   * have been scored late (a walk, stop 50).
   */
  async setDueDateOfReport(change: {
    campaignId: string;
    reportId: string;
    dueDate: LocalDate;
  }): Promise<void> {
    await this.db.write(
      this.db.sql
        .updateTable('campaign_targets')
        .set({ due_date: dateValue(change.dueDate) })
        .where('campaign_id', '=', change.campaignId)
        .where('report_id', '=', change.reportId),
    );
  }

  /**
   * The parent campaign's targets a cascade was received through: those at or below the child's
   * issuing unit (e.g. the province targets 昌吉回族自治州 or 昌吉州交通运输局, and the prefecture cascades),
   * and those the issuing unit serves (`servedUnitIds`, issuer-area.ts unitsServedBy: the county's
   * government and 县委 for its 依法治县办).
   */
  async receivedThrough(
    parentId: string,
    issuingUnitPath: string,
    servedUnitIds: readonly string[] = [],
  ): Promise<CampaignTarget[]> {
    const rows = await this.db.rows(
      selectTargets(this.db.sql)
        .innerJoin('units as u', 'u.id', 't.unit_id')
        .where('t.campaign_id', '=', parentId)
        .where((eb) =>
          eb.or([
            eb('u.path', 'like', `${issuingUnitPath}%`),
            ...(servedUnitIds.length > 0 ? [eb('t.unit_id', 'in', [...servedUnitIds])] : []),
          ]),
        ),
    );
    return rows.map(toTarget);
  }
}
