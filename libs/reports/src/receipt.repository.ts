import { Injectable } from '@nestjs/common';
import { documentName, EXTERNAL_BODIES, isExternalBody, type ExternalBody } from '@app/directory';
import { Database, type SqlBuilder } from '@app/persistence';
import { sql, type InferResult, type RawBuilder } from 'kysely';
import { laterDispatchPossible } from './later-dispatch-rule';
import type { DispatchOutcome, Receipt, ReceiptStatus } from './receipt.types';

/** Accepted (or published) before it was sent here: no step takes it back to its unit. */
const beyondReturn = (report: { state: string; workflowId: string; workflowVersion: number }) =>
  report.state !== 'submitted' && laterDispatchPossible(report);

/**
 * A receipt's status as the campaign's side counts it (board, roll-up, 汇编, 催办, 转报), read from
 * `report_receipts` under `alias`: a dispatch the unit withdrew is no dispatch (NULL, as if never
 * sent here) until the report is dispatched again; the office has nothing to decide and the unit
 * has to act (scenario test, stop 46: the board kept 已报送, on time, naming the office).
 */
export function standingReceiptStatus(alias: string): RawBuilder<ReceiptStatus | null> {
  const status = sql.ref(`${alias}.status`);
  return sql<ReceiptStatus | null>`CASE WHEN ${sql.ref(`${alias}.dispatch_withdrawn_at`)} IS NOT NULL AND ${status} = 'received' THEN NULL ELSE ${status} END`;
}

function selectReceipts(db: SqlBuilder) {
  return db
    .selectFrom('report_receipts as rr')
    .innerJoin('campaigns as c', 'c.id', 'rr.campaign_id')
    .innerJoin('units as iu', 'iu.id', 'c.issuing_unit_id')
    .innerJoin('reports as rs', 'rs.id', 'rr.report_id')
    .select([
      'rr.report_id',
      'rr.campaign_id',
      'c.title as campaign_title',
      'c.document_number',
      'c.status as campaign_status',
      'c.issuing_unit_id',
      'iu.name as issuing_unit_name',
      'rr.status',
      'rr.revision',
      'rr.accepted_revision',
      'rr.dispatched_at',
      'rr.dispatch_count',
      'rr.decided_by',
      'rr.decided_at',
      'rr.comment',
      'rr.version',
      'rr.dispatch_withdrawn_at',
      'rs.state as report_state',
      'rs.workflow_id as report_workflow_id',
      'rs.workflow_version as report_workflow_version',
    ]);
}

type ReceiptRow = InferResult<ReturnType<typeof selectReceipts>>[number];

/**
 * Received, but the unit withdrew that dispatch since (marked at the withdrawal, cleared by the next
 * dispatch). A receipt left open while the unit redrafts after another issuer's return is not this:
 * it stays decidable.
 */
function isDispatchWithdrawn(r: Pick<ReceiptRow, 'status' | 'dispatch_withdrawn_at'>): boolean {
  return r.status === 'received' && r.dispatch_withdrawn_at !== null;
}

function toReceipt(r: ReceiptRow): Receipt {
  return {
    reportId: r.report_id,
    campaignId: r.campaign_id,
    campaignTitle: r.campaign_title,
    campaignDocumentNumber: r.document_number,
    campaignActive: r.campaign_status === 'active',
    dispatchWithdrawn: isDispatchWithdrawn(r),
    returnable: !beyondReturn({
      state: r.report_state,
      workflowId: r.report_workflow_id,
      workflowVersion: r.report_workflow_version,
    }),
    issuingUnitId: r.issuing_unit_id,
    issuingUnitName: r.issuing_unit_name,
    status: r.status,
    revision: r.revision,
    acceptedRevision: r.accepted_revision,
    dispatchedAt: r.dispatched_at,
    dispatchCount: r.dispatch_count,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    comment: r.comment,
    version: r.version,
  };
}

/** An active campaign the report answers, with the units it is dispatched to. */
export interface AnsweredCampaign {
  campaignId: string;
  issuingUnitId: string;
  /** 主送 and 抄送 units other than the issuer: they read what is dispatched, never act. */
  readerUnitIds: string[];
}

export interface ReceiptDecisionWrite {
  reportId: string;
  campaignId: string;
  expectedVersion: number;
  status: Exclude<ReceiptStatus, 'received'>;
  by: string;
  comment: string | null;
  now: Date;
}

/** The one writer of report_receipts (回执). */
@Injectable()
export class ReceiptRepository {
  constructor(private readonly db: Database) {}

  async listForReport(reportId: string): Promise<Receipt[]> {
    const rows = await this.db.rows(
      selectReceipts(this.db.sql)
        .where('rr.report_id', '=', reportId)
        .orderBy('rr.created_at')
        .orderBy('c.id'),
    );
    return rows.map(toReceipt);
  }

  /** `lock`: FOR UPDATE, inside the decision's transaction. */
  async find(
    reportId: string,
    campaignId: string,
    options: { lock?: boolean } = {},
  ): Promise<Receipt | null> {
    const query = selectReceipts(this.db.sql)
      .where('rr.report_id', '=', reportId)
      .where('rr.campaign_id', '=', campaignId);
    const row = await this.db.row(options.lock ? query.forUpdate() : query);
    return row ? toReceipt(row) : null;
  }

  /** The campaign's receipts, one per report (the board derives each target's status from them). */
  async statusesOf(campaignId: string): Promise<Map<string, ReceiptStatus>> {
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('report_receipts')
        .select(['report_id', 'status'])
        .where('campaign_id', '=', campaignId),
    );
    return new Map(rows.map((r) => [r.report_id, r.status]));
  }

  /** Receipts waiting for a decision at the given issuing units (their work queue), oldest first. */
  async openAt(
    issuingUnitIds: string[],
    limit: number,
  ): Promise<Array<Receipt & { unitId: string; unitName: string; title: string; decideBy: Date | null }>> {
    if (issuingUnitIds.length === 0) return [];
    const rows = await this.db.rows(
      selectReceipts(this.db.sql)
        .innerJoin('units as u', 'u.id', 'rs.unit_id')
        .select(['rs.unit_id', 'u.name as unit_name', 'rs.title', 'rs.stage_due_at'])
        .where('c.issuing_unit_id', 'in', issuingUnitIds)
        .where('c.status', '=', 'active')
        .where('rr.status', '=', 'received')
        // Not a dispatch the unit withdrew (isDispatchWithdrawn): nothing waits there.
        .where('rr.dispatch_withdrawn_at', 'is', null)
        .orderBy('rr.dispatched_at')
        .limit(limit),
    );
    return rows.map((r) => ({
      ...toReceipt(r),
      unitId: r.unit_id,
      unitName: r.unit_name,
      title: r.title,
      // The report's stage deadline in 已报送: the office's time to accept or return it.
      decideBy: r.stage_due_at,
    }));
  }

  /**
   * The active campaigns whose target this report is, with their readers (主送 and 抄送 besides the
   * issuer): the campaign's list, or, when its targets each have their own, this report's target's
   * (both units' for a joint report).
   */
  async answeredCampaigns(reportId: string): Promise<AnsweredCampaign[]> {
    const [rows, own] = await Promise.all([
      this.db.rows(
        this.db.sql
          .selectFrom('campaign_targets as t')
          .innerJoin('campaigns as c', 'c.id', 't.campaign_id')
          .leftJoin('campaign_recipients as cr', 'cr.campaign_id', 'c.id')
          .select(['c.id', 'c.issuing_unit_id', 'cr.unit_id as reader_id'])
          .where('t.report_id', '=', reportId)
          .where('c.status', '=', 'active')
          .orderBy('c.created_at')
          .orderBy('c.id')
          .orderBy('cr.position'),
      ),
      this.targetRecipientsOf(reportId),
    ]);
    const byCampaign = new Map<string, AnsweredCampaign>();
    for (const row of rows) {
      const found = byCampaign.get(row.id) ?? {
        campaignId: row.id,
        issuingUnitId: row.issuing_unit_id,
        readerUnitIds: [],
      };
      byCampaign.set(row.id, found);
      const listed = own.has(row.id)
        ? own.get(row.id)!.flatMap((r) => (r.unit_id ? [r.unit_id] : []))
        : row.reader_id
          ? [row.reader_id]
          : [];
      for (const reader of listed)
        if (reader !== row.issuing_unit_id && !found.readerUnitIds.includes(reader))
          found.readerUnitIds.push(reader);
    }
    return [...byCampaign.values()];
  }

  /** Per campaign (active, with per-target lists), the recipients of this report's target(s), in order. */
  private async targetRecipientsOf(reportId: string) {
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('campaign_targets as t')
        .innerJoin('campaigns as c', 'c.id', 't.campaign_id')
        .innerJoin('campaign_target_recipients as ctr', (join) =>
          join.onRef('ctr.campaign_id', '=', 't.campaign_id').onRef('ctr.target_unit_id', '=', 't.unit_id'),
        )
        .leftJoin('units as u', 'u.id', 'ctr.unit_id')
        .select([
          'ctr.campaign_id',
          'ctr.kind',
          'ctr.unit_id',
          'ctr.body',
          'u.name as unit_name',
          'u.kind as unit_kind',
        ])
        .where('t.report_id', '=', reportId)
        .where('c.status', '=', 'active')
        .orderBy('t.unit_id')
        .orderBy('ctr.kind')
        .orderBy('ctr.position'),
    );
    const byCampaign = new Map<string, typeof rows>();
    for (const row of rows)
      byCampaign.set(row.campaign_id, [...(byCampaign.get(row.campaign_id) ?? []), row]);
    return byCampaign;
  }

  /**
   * The units and bodies a dispatched report is addressed to, as its 公文 prints them: the 主送 and
   * 抄送 named by the active campaigns it answers (in the notices' order, each campaign's units then
   * its bodies outside the tree, e.g. 党中央、国务院; each name once; a campaign that named no main
   * recipient is addressed to its issuer). A campaign whose targets each have their own lists
   * addresses the report as its target's list says.
   */
  async addresseesOf(reportId: string): Promise<{ main: string[]; copy: string[] }> {
    const [rows, own] = await Promise.all([
      this.db.rows(
        this.db.sql
          .selectFrom('campaign_targets as t')
          .innerJoin('campaigns as c', 'c.id', 't.campaign_id')
          .innerJoin('units as iu', 'iu.id', 'c.issuing_unit_id')
          .leftJoin('campaign_recipients as cr', 'cr.campaign_id', 'c.id')
          .leftJoin('units as ru', 'ru.id', 'cr.unit_id')
          .select([
            'c.id',
            'iu.name as issuer_name',
            'cr.kind',
            'ru.name as recipient_name',
            'ru.kind as recipient_kind',
          ])
          .where('t.report_id', '=', reportId)
          .where('c.status', '=', 'active')
          .orderBy('c.created_at')
          .orderBy('c.id')
          .orderBy('cr.position'),
      ),
      this.targetRecipientsOf(reportId),
    ]);
    const campaignIds = [...new Set(rows.map((r) => r.id))];
    const bodies =
      campaignIds.length === 0
        ? []
        : await this.db.rows(
            this.db.sql
              .selectFrom('campaign_external_recipients')
              .select(['campaign_id', 'kind', 'body'])
              .where('campaign_id', 'in', campaignIds)
              .orderBy('position'),
          );
    const main: string[] = [];
    const copy: string[] = [];
    const add = (list: string[], name: string) => {
      if (!list.includes(name)) list.push(name);
    };
    const bodyName = (body: string) => EXTERNAL_BODIES[body as ExternalBody];
    for (const campaignId of campaignIds) {
      const perTarget = own.get(campaignId);
      const named = perTarget
        ? [
            ...perTarget.flatMap((r) =>
              r.unit_name && r.unit_kind
                ? [{ kind: r.kind, name: documentName({ name: r.unit_name, kind: r.unit_kind }) }]
                : [],
            ),
            ...perTarget.flatMap((r) =>
              r.body && isExternalBody(r.body) ? [{ kind: r.kind, name: bodyName(r.body) }] : [],
            ),
          ]
        : [
            ...rows
              .filter((r) => r.id === campaignId && r.recipient_name)
              .map((r) => ({
                kind: r.kind!,
                name: documentName({ name: r.recipient_name!, kind: r.recipient_kind! }),
              })),
            ...bodies
              .filter((b) => b.campaign_id === campaignId && isExternalBody(b.body))
              .map((b) => ({ kind: b.kind, name: bodyName(b.body) })),
          ];
      if (!named.some((r) => r.kind === 'main'))
        add(main, rows.find((r) => r.id === campaignId)!.issuer_name);
      for (const r of named.filter((n) => n.kind === 'main')) add(main, r.name);
      for (const r of named.filter((n) => n.kind === 'copy')) add(copy, r.name);
    }
    return { main, copy: copy.filter((name) => !main.includes(name)) };
  }

  /**
   * Records the dispatch of `revision` to each campaign, in the dispatching transaction: a first
   * dispatch creates the receipt; a returned one is received again; an undecided one gets the new
   * revision; an accepted one stays accepted and records the correction (更正) it was sent.
   */
  async recordDispatch(change: {
    reportId: string;
    campaignIds: string[];
    revision: number;
    now: Date;
  }): Promise<Map<string, DispatchOutcome>> {
    this.db.requireTransaction('A receipt dispatch');
    const outcomes = new Map<string, DispatchOutcome>();
    if (change.campaignIds.length === 0) return outcomes;
    const existing = await this.db.rows(
      this.db.sql
        .selectFrom('report_receipts')
        .select(['campaign_id', 'status'])
        .where('report_id', '=', change.reportId)
        .where('campaign_id', 'in', change.campaignIds)
        .forUpdate(),
    );
    const statusOf = new Map(existing.map((r) => [r.campaign_id, r.status]));
    const fresh = change.campaignIds.filter((id) => !statusOf.has(id));
    if (fresh.length > 0) {
      await this.db.write(
        this.db.sql.insertInto('report_receipts').values(
          fresh.map((campaignId) => ({
            report_id: change.reportId,
            campaign_id: campaignId,
            status: 'received' as const,
            revision: change.revision,
            dispatched_at: change.now,
            created_at: change.now,
            updated_at: change.now,
          })),
        ),
      );
      for (const id of fresh) outcomes.set(id, 'first');
    }
    for (const [campaignId, status] of statusOf) {
      await this.db.write(
        this.db.sql
          .updateTable('report_receipts')
          .set((eb) => ({
            // An accepted receipt stays accepted: the correction is told, not decided again.
            status: status === 'accepted' ? 'accepted' : 'received',
            revision: change.revision,
            dispatched_at: change.now,
            dispatch_withdrawn_at: null,
            dispatch_count: eb('dispatch_count', '+', 1),
            version: eb('version', '+', 1),
            updated_at: change.now,
          }))
          .where('report_id', '=', change.reportId)
          .where('campaign_id', '=', campaignId),
      );
      outcomes.set(
        campaignId,
        status === 'accepted' ? 'correction' : status === 'returned' ? 'after_return' : 'again',
      );
    }
    return outcomes;
  }

  /**
   * The unit withdrew its dispatch: every receipt still awaiting a decision is marked (a new version,
   * so a decision made on what the office saw before is stale). Decided receipts keep their decision,
   * and so do the receipts of withdrawn campaigns: closed, they are the record of what was sent to
   * an office that no longer follows the report (its board, board-receipts.ts).
   */
  async markDispatchWithdrawn(change: { reportId: string; now: Date }): Promise<void> {
    this.db.requireTransaction('Marking a withdrawn dispatch');
    await this.db.write(
      this.db.sql
        .updateTable('report_receipts')
        .set((eb) => ({
          dispatch_withdrawn_at: change.now,
          version: eb('version', '+', 1),
          updated_at: change.now,
        }))
        .where('report_id', '=', change.reportId)
        .where('status', '=', 'received')
        .where('dispatch_withdrawn_at', 'is', null)
        .where('campaign_id', 'in', (eb) =>
          eb.selectFrom('campaigns').select('campaigns.id').where('campaigns.status', '=', 'active'),
        ),
    );
  }

  /** A decision on one receipt: a conditional UPDATE on the version the decider saw (false: someone else decided first). */
  async decide(d: ReceiptDecisionWrite): Promise<boolean> {
    this.db.requireTransaction('A receipt decision');
    const result = await this.db.write(
      this.db.sql
        .updateTable('report_receipts')
        .set((eb) => ({
          status: d.status,
          return_count: d.status === 'returned' ? eb('return_count', '+', 1) : eb.ref('return_count'),
          accepted_revision: d.status === 'accepted' ? eb.ref('revision') : null,
          decided_by: d.by,
          decided_at: d.now,
          comment: d.comment,
          version: eb('version', '+', 1),
          updated_at: d.now,
        }))
        .where('report_id', '=', d.reportId)
        .where('campaign_id', '=', d.campaignId)
        .where('version', '=', d.expectedVersion)
        .where('status', '=', 'received'),
    );
    return result.affectedRows === 1;
  }

  /** Receipts that stay accepted while `revision` was dispatched as a correction (更正): the worker tells their issuers. */
  async correctedTo(reportId: string, revision: number): Promise<Receipt[]> {
    const rows = await this.db.rows(
      selectReceipts(this.db.sql)
        .where('rr.report_id', '=', reportId)
        .where('rr.status', '=', 'accepted')
        .where('rr.revision', '=', revision)
        .where('rr.accepted_revision', '<', revision),
    );
    return rows.map(toReceipt);
  }
}
