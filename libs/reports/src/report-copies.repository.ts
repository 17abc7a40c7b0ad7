import { Injectable } from '@nestjs/common';
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import { Database, type SqlBuilder } from '@app/persistence';
import type { ReportLine } from './report.types';

type Tables = SqlBuilder extends Kysely<infer T> ? T : never;
/** The tables in scope of a query over `report_copies as c`. */
type CopyRowTables = Tables & { c: Tables['report_copies'] };

/** One dispatch of a report to a copy recipient: the revision sent and the event that sent it. */
export interface CopyDispatch {
  revision: number;
  eventSeq: number;
  dispatchedAt: Date;
}

/**
 * What a copy recipient (抄送单位) may read of a report: the dispatches to its unit, oldest first
 * (never empty), and the latest one, which is "the copy" it opens by default.
 */
export interface CopyGrant {
  unitId: string;
  unitName: string;
  dispatches: CopyDispatch[];
  latest: CopyDispatch;
}

export interface CopyDispatchWrite {
  reportId: string;
  unitIds: string[];
  now: Date;
}

/** A report as listed for the unit it was copied to: as last dispatched there, never as it is now. */
export interface CopiedReport {
  id: string;
  unitId: string;
  unitName: string;
  /** The unit it was dispatched to (one of the filter's units). */
  receivedById: string;
  receivedByName: string;
  reportYear: number;
  /** The state the latest dispatch to the unit entered: where the report stood when it was sent. */
  dispatchedState: string;
  workflowId: string;
  workflowVersion: number;
  campaignId: string | null;
  /** The title of the revision last dispatched. */
  title: string;
  revision: number;
  dispatchedAt: Date;
  firstDispatchedAt: Date;
  dispatchCount: number;
  receivedAs: ReceivedAs;
}

/**
 * How a unit received a report (收文方式): 主送 (`main`) when it is named 主送 for the report's unit
 * in a campaign the report was sent to; 报送 (`issuer`) when it issued that campaign and is named on
 * none of its lists for the report (it receives the report to accept or return it: the 县政府's line,
 * 主送 县委、县人大常委会, leaves the 依法治县办 unnamed, and a walk, stop 49, found it listed as
 * 主送 while the 公文 named others); 抄送 (`copy`) otherwise (a campaign's 抄送, or the regulation's
 * copy to the rule-of-law office for a report no campaign asked for). See receivedAsMain.
 */
export type ReceivedAs = 'main' | 'issuer' | 'copy';

/** A campaign whose notice addressed a receiving unit for a report (来文依据 in 收到的报告). */
export interface AddressingCampaign {
  id: string;
  title: string;
  documentNumber: string | null;
  /** How this campaign's notice addressed the unit. */
  receivedAs: ReceivedAs;
  /**
   * The unit issued the campaign: it accepts or returns the report whatever its notice named it (an
   * office naming itself 抄送, as the routing table copies the 依法治X办, read "仅供阅知": a walk, stop 57).
   */
  issuedByYou: boolean;
}

export interface CopiedReportsFilter {
  /** The receiving units (at least one). */
  unitIds: string[];
  reportYear?: number;
  receivedAs?: ReceivedAs;
  limit: number;
  offset: number;
}

/** The one writer of report_copies and report_copy_revisions (抄送). */
@Injectable()
export class ReportCopyRepository {
  constructor(private readonly db: Database) {}

  /**
   * Copies the report to the rule-of-law offices (抄送). Runs in the transaction that moved the
   * report upward, after its UPDATE: the row's current revision and last event are then the
   * dispatched revision and the dispatching event, recorded per unit so that a copy recipient reads
   * exactly what was sent to it, each time it was sent.
   */
  async recordDispatch({ reportId, unitIds, now }: CopyDispatchWrite): Promise<void> {
    this.db.requireTransaction('A copy dispatch');
    if (unitIds.length === 0) return;
    await this.db.write(
      this.db.sql
        .insertInto('report_copies')
        .ignore()
        .values(unitIds.map((unitId) => ({ report_id: reportId, unit_id: unitId, created_at: now }))),
    );
    await this.db.write(
      this.db.sql
        .insertInto('report_copy_revisions')
        .ignore()
        .columns(['report_id', 'unit_id', 'event_seq', 'revision', 'dispatched_at'])
        .expression((eb) =>
          eb
            .selectFrom('reports as r')
            .innerJoin('units as u', (join) => join.on('u.id', 'in', unitIds))
            .select([
              'r.id as report_id',
              'u.id as unit_id',
              'r.last_event_seq',
              'r.current_revision',
              sql<Date>`${now}`.as('dispatched_at'),
            ])
            .where('r.id', '=', reportId),
        ),
    );
  }

  /** The grant of one unit on one report, or null when the report was never dispatched to it. */
  async grantOf(reportId: string, unitId: string): Promise<CopyGrant | null> {
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('report_copy_revisions as c')
        .innerJoin('units as u', 'u.id', 'c.unit_id')
        .select(['c.revision', 'c.event_seq', 'c.dispatched_at', 'u.name as unit_name'])
        .where('c.report_id', '=', reportId)
        .where('c.unit_id', '=', unitId)
        .orderBy('c.event_seq'),
    );
    if (rows.length === 0) return null;
    const dispatches = rows.map((r) => ({
      revision: r.revision,
      eventSeq: r.event_seq,
      dispatchedAt: r.dispatched_at,
    }));
    return { unitId, unitName: rows[0].unit_name, dispatches, latest: dispatches[dispatches.length - 1] };
  }

  /** The units a dispatching audit event copied the report to (the worker notifies them). */
  async unitsCopiedBy(reportId: string, eventSeq: number): Promise<string[]> {
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('report_copy_revisions')
        .select('unit_id')
        .where('report_id', '=', reportId)
        .where('event_seq', '=', eventSeq)
        .orderBy('unit_id'),
    );
    return rows.map((r) => r.unit_id);
  }

  /** The units a revision of the report was dispatched to (主送 or 抄送), by any event. */
  async unitsSentRevision(reportId: string, revision: number): Promise<string[]> {
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('report_copy_revisions')
        .select('unit_id')
        .distinct()
        .where('report_id', '=', reportId)
        .where('revision', '=', revision)
        .orderBy('unit_id'),
    );
    return rows.map((r) => r.unit_id);
  }

  /**
   * Of the units a dispatching event copied the report to, the last revision each had been sent by
   * an earlier event (absent: its first copy). Its readers are told the same version came again
   * (a dispatch withdrawn and made again) or a later one replaced the one they hold, not that a new
   * report arrived.
   */
  async revisionsSentBefore(reportId: string, eventSeq: number): Promise<Map<string, number>> {
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('report_copy_revisions as earlier')
        .innerJoin('report_copy_revisions as now', (join) =>
          join.onRef('now.report_id', '=', 'earlier.report_id').onRef('now.unit_id', '=', 'earlier.unit_id'),
        )
        .select((eb) => ['earlier.unit_id', eb.fn.max('earlier.revision').as('revision')])
        .where('now.report_id', '=', reportId)
        .where('now.event_seq', '=', eventSeq)
        .where('earlier.event_seq', '<', eventSeq)
        .groupBy('earlier.unit_id'),
    );
    return new Map(rows.map((r) => [r.unit_id, Number(r.revision)]));
  }

  /** Of the units given, those that received the report as 主送 (see receivedAsMain). */
  async mainReceivers(reportId: string, unitIds: string[]): Promise<Set<string>> {
    if (unitIds.length === 0) return new Set();
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('report_copies as c')
        .select('c.unit_id')
        .where('c.report_id', '=', reportId)
        .where('c.unit_id', 'in', unitIds)
        .where((eb) => receivedAsMain(eb)),
    );
    return new Set(rows.map((r) => r.unit_id));
  }

  /** The reports dispatched to a unit (主送 or 抄送), newest dispatch first, each as last dispatched. */
  async copiedTo(filter: CopiedReportsFilter): Promise<CopiedReport[]> {
    let query = this.db.sql
      .selectFrom('report_copies as c')
      .innerJoin('reports as r', 'r.id', 'c.report_id')
      .innerJoin('units as u', 'u.id', 'r.unit_id')
      .innerJoin('units as receiver', 'receiver.id', 'c.unit_id')
      .innerJoin('report_copy_revisions as last', (join) =>
        join
          .onRef('last.report_id', '=', 'c.report_id')
          .onRef('last.unit_id', '=', 'c.unit_id')
          .on('last.event_seq', '=', (eb) =>
            eb
              .selectFrom('report_copy_revisions as x')
              .select((x) => x.fn.max('x.event_seq').as('latest'))
              .whereRef('x.report_id', '=', 'c.report_id')
              .whereRef('x.unit_id', '=', 'c.unit_id'),
          ),
      )
      .innerJoin('report_revisions as rv', (join) =>
        join.onRef('rv.report_id', '=', 'r.id').onRef('rv.number', '=', 'last.revision'),
      )
      // Written in the dispatching transaction: the copy row names the event that sent it.
      .innerJoin('audit_events as sent', (join) =>
        join.onRef('sent.report_id', '=', 'c.report_id').onRef('sent.seq', '=', 'last.event_seq'),
      )
      .select((eb) => [
        'r.id',
        'r.unit_id',
        'u.name as unit_name',
        'c.unit_id as received_by_id',
        'receiver.name as received_by_name',
        'r.report_year',
        'sent.to_state as dispatched_state',
        'r.workflow_id',
        'r.workflow_version',
        'r.campaign_id',
        'rv.title',
        'last.revision',
        'last.dispatched_at',
        'c.created_at as first_dispatched_at',
        eb
          .selectFrom('report_copy_revisions as n')
          .select((n) => n.fn.countAll<number>().as('dispatches'))
          .whereRef('n.report_id', '=', 'c.report_id')
          .whereRef('n.unit_id', '=', 'c.unit_id')
          .as('dispatch_count'),
        eb.case().when(namedMain(eb)).then(1).else(0).end().as('as_main'),
        eb.case().when(receivedAsMain(eb)).then(1).else(0).end().as('as_main_or_issuer'),
      ])
      .where('c.unit_id', 'in', filter.unitIds);
    if (filter.reportYear !== undefined) query = query.where('r.report_year', '=', filter.reportYear);
    if (filter.receivedAs === 'main') query = query.where((eb) => namedMain(eb));
    if (filter.receivedAs === 'issuer')
      query = query.where((eb) => eb.and([receivedAsMain(eb), eb.not(namedMain(eb))]));
    if (filter.receivedAs === 'copy') query = query.where((eb) => eb.not(receivedAsMain(eb)));
    const rows = await this.db.rows(
      query
        .orderBy('last.dispatched_at', 'desc')
        .orderBy('r.id')
        .orderBy('c.unit_id')
        .limit(filter.limit)
        .offset(filter.offset),
    );
    return rows.map((row) => ({
      id: row.id,
      unitId: row.unit_id,
      unitName: row.unit_name,
      receivedById: row.received_by_id,
      receivedByName: row.received_by_name,
      reportYear: row.report_year,
      dispatchedState: row.dispatched_state,
      workflowId: row.workflow_id,
      workflowVersion: row.workflow_version,
      campaignId: row.campaign_id,
      title: row.title,
      revision: row.revision,
      dispatchedAt: row.dispatched_at,
      firstDispatchedAt: row.first_dispatched_at,
      // COUNT(*) arrives as a BIGINT.
      dispatchCount: Number(row.dispatch_count),
      receivedAs:
        Number(row.as_main) === 1 ? 'main' : Number(row.as_main_or_issuer) === 1 ? 'issuer' : 'copy',
    }));
  }

  /**
   * For each (report, receiving unit), the campaigns whose notice put the unit among the report's
   * readers, by the rule of receivedAsMain: the campaigns the report was dispatched to that name the
   * unit 主送 or 抄送 (the per-target list when the campaign has one for the report's unit, else its
   * own), or that it issued (报送 to it, `issuer`, unless it named itself 主送 or 抄送). Keyed `reportId|unitId`; a report no
   * campaign asked for (the regulation's copy to the office) has none. Three reads for a page of rows.
   */
  async campaignsAddressing(
    pairs: ReadonlyArray<{ reportId: string; unitId: string }>,
  ): Promise<Map<string, AddressingCampaign[]>> {
    const byPair = new Map<string, AddressingCampaign[]>();
    if (pairs.length === 0) return byPair;
    const reportIds = [...new Set(pairs.map((p) => p.reportId))];
    const answered = await this.db.rows(
      this.db.sql
        .selectFrom('campaign_targets as t')
        .innerJoin('campaigns as cp', 'cp.id', 't.campaign_id')
        .innerJoin('report_receipts as rr', (join) =>
          join.onRef('rr.report_id', '=', 't.report_id').onRef('rr.campaign_id', '=', 't.campaign_id'),
        )
        .select([
          't.report_id',
          't.unit_id as target_unit_id',
          'cp.id',
          'cp.title',
          'cp.document_number',
          'cp.issuing_unit_id',
        ])
        .where('t.report_id', 'in', reportIds)
        .orderBy('rr.created_at')
        .orderBy('cp.id'),
    );
    if (answered.length === 0) return byPair;
    const campaignIds = [...new Set(answered.map((a) => a.id))];
    const [targetLists, campaignLists] = await Promise.all([
      this.db.rows(
        this.db.sql
          .selectFrom('campaign_target_recipients')
          .select(['campaign_id', 'target_unit_id', 'unit_id', 'kind'])
          .where('campaign_id', 'in', campaignIds),
      ),
      this.db.rows(
        this.db.sql
          .selectFrom('campaign_recipients')
          .select(['campaign_id', 'unit_id', 'kind'])
          .where('campaign_id', 'in', campaignIds),
      ),
    ]);
    for (const { reportId, unitId } of pairs) {
      const found: AddressingCampaign[] = [];
      for (const a of answered.filter((row) => row.report_id === reportId)) {
        const perTarget = targetLists.filter(
          (l) => l.campaign_id === a.id && l.target_unit_id === a.target_unit_id,
        );
        const list = perTarget.length > 0 ? perTarget : campaignLists.filter((l) => l.campaign_id === a.id);
        const named = list.filter((l) => l.unit_id === unitId).map((l) => l.kind);
        const receivedAs: ReceivedAs | null = named.includes('main')
          ? 'main'
          : named.includes('copy')
            ? 'copy'
            : a.issuing_unit_id === unitId
              ? 'issuer'
              : null;
        // A joint report has a target row per reporting unit: its campaign is listed once.
        if (receivedAs && !found.some((f) => f.id === a.id))
          found.push({
            id: a.id,
            title: a.title,
            documentNumber: a.document_number,
            receivedAs,
            issuedByYou: a.issuing_unit_id === unitId,
          });
        else if (receivedAs === 'main' || receivedAs === 'issuer') {
          // One target row naming the unit 主送 (or leaving the issuer unnamed) outweighs 抄送.
          const listed = found.find((f) => f.id === a.id);
          if (listed && listed.receivedAs !== 'main') listed.receivedAs = receivedAs;
        }
      }
      byPair.set(`${reportId}|${unitId}`, found);
    }
    return byPair;
  }

  /** The revision of the unit's previous-year report on the same line last dispatched to the copy recipient. */
  async previousYearCopy(query: {
    unitId: string;
    reportYear: number;
    reportLine: ReportLine;
    copyUnitId: string;
  }): Promise<{ id: string; revision: number } | null> {
    const row = await this.db.row(
      this.db.sql
        .selectFrom('report_copy_revisions as c')
        .innerJoin('reports as r', 'r.id', 'c.report_id')
        .select(['c.report_id as id', 'c.revision'])
        .where('r.unit_id', '=', query.unitId)
        .where('r.report_year', '=', query.reportYear - 1)
        .where('r.report_line', '=', query.reportLine)
        .where('c.unit_id', '=', query.copyUnitId)
        .orderBy('c.dispatched_at', 'desc')
        .orderBy('c.event_seq', 'desc')
        .limit(1),
    );
    return row ? { id: row.id, revision: row.revision } : null;
  }
}

/**
 * True (for a row of `report_copies as c`) when its unit received the report as 主送 or to decide
 * it: it is named
 * 主送 by a campaign the report was dispatched to (by the list for the report's unit when the
 * campaign has per-target lists, by the campaign's own list otherwise, as the dispatch reads them:
 * ReceiptRepository.answeredCampaigns), or it issued that campaign and did not address itself 抄送
 * there (an office asking for a report 主送 县人民政府, 抄送 itself is told 抄送: scenario test,
 * stop 46). An issuer named on no list counts: it receives the report to decide it, as the 县政府's
 * line (主送 县委、县人大常委会) leaves the 依法治县办 unnamed; 收到的报告 tells it apart from a named
 * 主送 as 报送 (`issuer`: namedMain is false). A joint report has a target row per reporting unit,
 * and one row that does not name the issuer 抄送 counts it (the printed 公文,
 * ReceiptRepository.addresseesOf, takes the union of the lists; the two agree unless the lists of
 * one joint report differ). A campaign withdrawn after the dispatch still counts (the report was
 * addressed to it); one that adopted a report already sent does not.
 */
function receivedAsMain(eb: ExpressionBuilder<CopyRowTables, 'c'>) {
  return addressedBy(eb, 'main-or-issuer');
}

/** True when the unit is named 主送 (only) by a campaign the report was dispatched to. */
function namedMain(eb: ExpressionBuilder<CopyRowTables, 'c'>) {
  return addressedBy(eb, 'main');
}

function addressedBy(eb: ExpressionBuilder<CopyRowTables, 'c'>, as: 'main' | 'main-or-issuer') {
  return eb.exists(
    eb
      .selectFrom('campaign_targets as t')
      .innerJoin('campaigns as cp', 'cp.id', 't.campaign_id')
      // Only a campaign the report was dispatched to (its receipt is written by that dispatch and
      // outlives a withdrawal): one that targets it but never received it addressed nothing.
      .innerJoin('report_receipts as rr', (join) =>
        join.onRef('rr.report_id', '=', 't.report_id').onRef('rr.campaign_id', '=', 't.campaign_id'),
      )
      .select('t.campaign_id')
      .whereRef('t.report_id', '=', 'c.report_id')
      .where((w) => {
        const targetList = w
          .selectFrom('campaign_target_recipients as ctr')
          .select('ctr.position')
          .whereRef('ctr.campaign_id', '=', 't.campaign_id')
          .whereRef('ctr.target_unit_id', '=', 't.unit_id');
        const campaignList = w
          .selectFrom('campaign_recipients as cr')
          .select('cr.position')
          .whereRef('cr.campaign_id', '=', 't.campaign_id')
          .whereRef('cr.unit_id', '=', 'c.unit_id');
        const namedAs = (kind: 'main' | 'copy') =>
          w.or([
            w.exists(targetList.whereRef('ctr.unit_id', '=', 'c.unit_id').where('ctr.kind', '=', kind)),
            w.and([w.not(w.exists(targetList)), w.exists(campaignList.where('cr.kind', '=', kind))]),
          ]);
        if (as === 'main') return namedAs('main');
        return w.or([
          namedAs('main'),
          w.and([w('cp.issuing_unit_id', '=', w.ref('c.unit_id')), w.not(namedAs('copy'))]),
        ]);
      }),
  );
}
