import { Injectable } from '@nestjs/common';
import { localDateOf } from '@app/calendar';
import { Clock, newId } from '@app/common';
import {
  AccessErrors,
  coordinatesAtOrAbove,
  decidesReceipt,
  readsAsReportingUnit,
  UnitRepository,
  type Principal,
} from '@app/directory';
import { Transactions } from '@app/persistence';
import { OutboxRelay } from '@app/queue';
import { ACTION_FIELDS, type ActionField } from '@app/workflow';
import { AuditRepository } from './audit.repository';
import { planDecisionFindings, type DecisionFindingInput } from './findings/finding-plan';
import { FindingService } from './findings/finding.service';
import type { Finding } from './findings/finding.types';
import { IdempotencyRepository, requestHash } from './idempotency.repository';
import { laterDispatchPossible } from './later-dispatch-rule';
import { answeredOnce } from './repeated-request';
import { ReceiptErrors } from './receipt.errors';
import { ReceiptRepository } from './receipt.repository';
import type { Receipt } from './receipt.types';
import { nextEvent } from './report-events';
import { ReportErrors, StaleVersionError } from './report.errors';
import { ReportRepository } from './report.repository';
import { TransitionService } from './transition.service';

export interface ReceiptDecisionCommand {
  principal: Principal;
  reportId: string;
  campaignId: string;
  decision: 'accept' | 'return';
  /** The receipt's version as the decider saw it. */
  expectedVersion: number;
  comment?: string;
  /** A return that asks for a new deliberation meeting (otherwise a correction skips it). */
  needsRedeliberation?: boolean;
  /** Findings (问题清单) recorded with the decision, in its transaction. */
  findings?: DecisionFindingInput[];
  idempotencyKey?: string;
}

export interface ReceiptDecisionResult {
  receipt: Receipt;
  report: { id: string; state: string; version: number };
  /** Accept and return: the findings recorded with the decision (empty without any). */
  findings?: Finding[];
}

/** The report state a receipt decision may move the report out of: it waits there for its recipients. */
const DISPATCHED = 'submitted';

/**
 * A campaign issuer's coordinator decides their receipt (回执) of a dispatched report: accept, or
 * return with a comment. One transaction holds the receipt's conditional update, a hash-chained
 * event in the report's history naming the campaign and its issuer, the report-level move through
 * the one TransitionService (a return reopens drafting; the last acceptance accepts the report) and
 * the idempotency record.
 */
@Injectable()
export class ReceiptDecisions {
  constructor(
    private readonly transactions: Transactions,
    private readonly receipts: ReceiptRepository,
    private readonly reports: ReportRepository,
    private readonly units: UnitRepository,
    private readonly audit: AuditRepository,
    private readonly transitions: TransitionService,
    private readonly findings: FindingService,
    private readonly idempotency: IdempotencyRepository,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
  ) {}

  async decide(cmd: ReceiptDecisionCommand): Promise<ReceiptDecisionResult> {
    const fingerprint = requestHash([
      'receipt',
      cmd.reportId,
      cmd.campaignId,
      cmd.decision,
      cmd.expectedVersion,
      cmd.comment ?? null,
      cmd.needsRedeliberation ?? false,
      (cmd.findings ?? []).map((f) => [f.text, f.dueOn ?? null]),
    ]);
    const result = await answeredOnce(
      { answers: this.idempotency, userId: cmd.principal.userId, key: cmd.idempotencyKey, fingerprint },
      () => this.apply(cmd, fingerprint),
    );
    this.relay.kick();
    return result;
  }

  /** The receipts of the report this caller may see: all for readers of the report's unit, else those of campaigns they coordinate. */
  async visibleReceipts(principal: Principal, reportId: string, seesUnit: boolean): Promise<Receipt[]> {
    const all = await this.receipts.listForReport(reportId);
    if (seesUnit) return all;
    const issuers = await this.units.findByIds([...new Set(all.map((r) => r.issuingUnitId))]);
    return all.filter((r) =>
      issuers.some((u) => u.id === r.issuingUnitId && coordinatesAtOrAbove(principal, u)),
    );
  }

  /** The open receipts whose issuer the caller coordinates (a plain report action would bypass them). */
  async openReceiptsDecidedBy(principal: Principal, reportId: string): Promise<Receipt[]> {
    const all = await this.receipts.listForReport(reportId);
    return all.filter(
      (r) =>
        r.status === 'received' &&
        r.campaignActive &&
        !r.dispatchWithdrawn &&
        decidesReceipt(principal, r.issuingUnitId),
    );
  }

  private async apply(cmd: ReceiptDecisionCommand, fingerprint: string): Promise<ReceiptDecisionResult> {
    const { principal } = cmd;
    const seen = await this.receipts.find(cmd.reportId, cmd.campaignId);
    const issuer = seen ? await this.units.findById(seen.issuingUnitId) : null;
    // Outside the issuing side the receipt does not exist, except to the report's own unit and those
    // above it, which list it: to them it is 403 (scenario test, stop 53: the unit's leader got 404
    // for a receipt it read); above the issuer, it is readable but not decided here.
    if (!seen || !issuer) throw ReceiptErrors.notFound();
    if (!coordinatesAtOrAbove(principal, issuer)) {
      const found = await this.reports.findWithUnit(cmd.reportId);
      if (found && readsAsReportingUnit(principal, found))
        throw AccessErrors.roleRequired(
          `Only the coordinators of ${issuer.name} (the campaign's issuer) accept or return its receipt`,
          ['coordinator'],
          { issuingUnitId: issuer.id },
        );
      throw ReceiptErrors.notFound();
    }
    if (!decidesReceipt(principal, issuer.id)) {
      throw AccessErrors.roleRequired(
        `Only the coordinators of ${issuer.name} (the campaign's issuer) accept or return its receipt`,
        ['coordinator'],
        { issuingUnitId: issuer.id },
      );
    }
    const comment = cmd.comment?.trim() || null;
    if (cmd.decision === 'return' && !comment) throw ReceiptErrors.commentRequired();
    const now = this.clock.now();
    // Planned before anything is written: an invalid finding refuses the decision too.
    const findings = planDecisionFindings({
      findings: cmd.findings ?? [],
      newId,
      reportId: cmd.reportId,
      campaignId: seen.campaignId,
      raisingUnitId: seen.issuingUnitId,
      today: localDateOf(now),
      actorUserId: principal.userId,
      now,
    });

    return this.transactions
      .run(() => this.decideInTransaction({ cmd, fingerprint, findings, comment, now }))
      .catch(async (error) => {
        // The report moved under the decision (a withdrawal, another office's decision): 409 with the
        // report as it is now, as a transition answers, never a 500 (penetration test, stop 44).
        if (error instanceof StaleVersionError) {
          const current = await this.reports.findById(cmd.reportId);
          if (current) throw ReportErrors.staleVersion(current);
        }
        throw error;
      });
  }

  /** The decision inside its transaction: every read locks or is versioned, every write is one of it. */
  private async decideInTransaction({ cmd, fingerprint, findings, comment, now }: DecisionInTransaction) {
    const { principal } = cmd;
    const receipt = await this.receipts.find(cmd.reportId, cmd.campaignId, { lock: true });
    if (!receipt) throw ReceiptErrors.notFound();
    if (receipt.version !== cmd.expectedVersion) throw ReceiptErrors.stale(receipt);
    if (receipt.status !== 'received' || !receipt.campaignActive) {
      throw ReceiptErrors.alreadyDecided(receipt, receipt.campaignActive);
    }
    const report = await this.reports.findById(cmd.reportId);
    if (!report) throw ReportErrors.notFound();
    if (receipt.dispatchWithdrawn) throw ReceiptErrors.dispatchWithdrawn(receipt, report.state);
    // Sent after its acceptance (a campaign that asked later): no state takes it back to its unit,
    // so a return would close the receipt on a report nobody can change.
    if (cmd.decision === 'return' && report.state !== DISPATCHED && laterDispatchPossible(report))
      throw ReceiptErrors.returnNotPossible(receipt, report.state);

    // The recipient's decision, in the report's own history.
    const event = nextEvent(report, {
      revision: receipt.revision,
      action: cmd.decision === 'accept' ? 'receipt_accepted' : 'receipt_returned',
      fromState: report.state,
      toState: report.state,
      actorUserId: principal.userId,
      actorRole: 'coordinator',
      // The office that holds the receipt, not its staff's own unit (the 依法治州办's staff sit in the
      // 州司法局, and the 州委 read "州司法局 returned it": an external QA engineer, stop 50).
      actorUnitId: receipt.issuingUnitId,
      comment,
      fields: {
        campaignId: receipt.campaignId,
        campaignTitle: receipt.campaignTitle,
        documentNumber: receipt.campaignDocumentNumber,
        recipientUnitId: receipt.issuingUnitId,
        recipientUnitName: receipt.issuingUnitName,
        receiptVersion: receipt.version,
        ...(cmd.decision === 'return' ? { needsRedeliberation: cmd.needsRedeliberation === true } : {}),
      },
      effects: [],
      createdAt: now,
    });
    const moved = await this.reports.applyHistoryEvent({
      id: report.id,
      expectedVersion: report.version,
      lastEventSeq: event.seq,
      lastHash: event.hash,
      now,
    });
    if (!moved) throw new StaleVersionError(report.id);
    await this.audit.append(event);

    // The report-level move, while this receipt is still open (its issuer's coordinators act).
    const others = (await this.receipts.listForReport(report.id)).filter(
      (r) => r.campaignId !== receipt.campaignId && r.campaignActive,
    );
    const move =
      report.state !== DISPATCHED
        ? null
        : cmd.decision === 'return'
          ? 'return'
          : others.every((r) => r.status === 'accepted')
            ? 'accept'
            : null;
    if (move) {
      await this.transitions.transition({
        principal,
        reportId: report.id,
        action: move,
        expectedVersion: report.version + 1,
        comment: comment ?? undefined,
        fields: move === 'return' && cmd.needsRedeliberation ? redeliberationField() : undefined,
        actingForUnitId: receipt.issuingUnitId,
      });
    }

    const decided = await this.receipts.decide({
      reportId: receipt.reportId,
      campaignId: receipt.campaignId,
      expectedVersion: receipt.version,
      status: cmd.decision === 'accept' ? 'accepted' : 'returned',
      by: principal.userId,
      comment,
      now,
    });
    if (!decided) throw ReceiptErrors.stale(receipt);
    await this.findings.recordWithDecision(principal, findings, now);
    const after = await this.receipts.find(receipt.reportId, receipt.campaignId);
    const current = await this.reports.findById(report.id);
    const result: ReceiptDecisionResult = {
      receipt: after ?? receipt,
      report: {
        id: report.id,
        state: current?.state ?? report.state,
        version: current?.version ?? report.version,
      },
      findings,
    };
    if (cmd.idempotencyKey) {
      await this.idempotency.store({
        userId: principal.userId,
        key: cmd.idempotencyKey,
        stored: { requestHash: fingerprint, statusCode: 200, response: result },
        now,
      });
    }
    return result;
  }
}

interface DecisionInTransaction {
  cmd: ReceiptDecisionCommand;
  fingerprint: string;
  findings: ReturnType<typeof planDecisionFindings>;
  comment: string | null;
  now: Date;
}

/**
 * `needsRedeliberation: 'true'` for the return transition, once the workflow knows the field (the
 * deliberation change adds it); until then the request still records it in the receipt event.
 */
function redeliberationField(): Partial<Record<ActionField, string>> | undefined {
  const name = 'needsRedeliberation';
  return isActionField(name) ? { [name]: 'true' } : undefined;
}

function isActionField(name: string): name is ActionField {
  return Object.prototype.hasOwnProperty.call(ACTION_FIELDS, name);
}
