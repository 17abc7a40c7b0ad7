import { Injectable } from '@nestjs/common';
import { ReportAccess } from '../report-access';
import { localDateOf } from '@app/calendar';
import { Clock, newId, retryOnDeadlock } from '@app/common';
import {
  AccessErrors,
  canSee,
  coordinatesAtOrAbove,
  coordinatesExactly,
  decidesReceipt,
  findingAnswerRole,
  readsAsReportingUnit,
  UnitRepository,
  unitsAnsweringFindings,
  type Principal,
  type Unit,
  type UnitRef,
} from '@app/directory';
import { Transactions } from '@app/persistence';
import type { Role } from '@app/workflow';
import { OutboxRelay, OutboxWriter } from '@app/queue';
import { AuditRepository } from '../audit.repository';
import { DeadlineRepository } from '../deadline.repository';
import { IdempotencyRepository, requestHash } from '../idempotency.repository';
import { answeredOnce } from '../repeated-request';
import { ReceiptErrors } from '../receipt.errors';
import { ReceiptRepository } from '../receipt.repository';
import type { Receipt } from '../receipt.types';
import { nextEvent } from '../report-events';
import { ReportErrors } from '../report.errors';
import { ReportRepository } from '../report.repository';
import type { Report } from '../report.types';
import { planAnswer, planClose, planRaise, planReopen, rectificationDue } from './finding-plan';
import { FindingErrors } from './finding.errors';
import { FindingRepository, type FindingCounts, type OpenFindingTodo } from './finding.repository';
import type { Finding } from './finding.types';

export interface RaiseFindingCommand {
  principal: Principal;
  reportId: string;
  /** The campaign whose receipt the finding is raised on; absent: the one receipt the caller decides. */
  campaignId?: string;
  text: string;
  dueOn?: string;
  idempotencyKey?: string;
}

interface FindingStepCommand {
  principal: Principal;
  findingId: string;
  expectedVersion: number;
  idempotencyKey?: string;
}

export type AnswerFindingCommand = FindingStepCommand & { measures: string; completedOn: string };
export type CloseFindingCommand = FindingStepCommand & { comment?: string };
export type ReopenFindingCommand = FindingStepCommand & { comment: string; dueOn?: string };

type Step = 'raise' | 'answer' | 'close' | 'reopen';

const EVENT_ACTIONS: Record<Step, string> = {
  raise: 'finding_raised',
  answer: 'finding_answered',
  close: 'finding_closed',
  reopen: 'finding_reopened',
};

/**
 * The findings list (问题清单) and its 整改. Who may act is the receipts' rule: the coordinators of
 * the campaign's issuer raise, close and reopen; the report's unit answers. A finding is seen only
 * by those in reach of the report (its unit and the offices above it) and the raising office;
 * anyone else, a copy recipient included, gets 404. Every step keeps the concurrency contract: the
 * finding's version, an optional Idempotency-Key, and an event in the report's hash chain in the
 * same transaction.
 */
@Injectable()
export class FindingService {
  constructor(
    private readonly transactions: Transactions,
    private readonly findings: FindingRepository,
    private readonly receipts: ReceiptRepository,
    private readonly reports: ReportRepository,
    private readonly units: UnitRepository,
    private readonly audit: AuditRepository,
    private readonly deadlines: DeadlineRepository,
    private readonly outbox: OutboxWriter,
    private readonly idempotency: IdempotencyRepository,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
    private readonly access: ReportAccess,
  ) {}

  /** The report's findings the caller may see; 404 for a caller who may see none of them. */
  async listForReport(principal: Principal, reportId: string): Promise<Finding[]> {
    const reported = await this.reportWithUnit(reportId);
    // The reporting unit's people, a joint report's 党委 included, see every finding on it.
    if (readsAsReportingUnit(principal, reported)) return this.findings.listForReport(reportId);
    const raisers = await this.raisersCoordinatedBy(principal, await this.receipts.listForReport(reportId));
    if (raisers.length === 0) throw ReportErrors.notFound();
    return this.findings.listForReport(reportId, raisers);
  }

  /**
   * 我的待办's 整改 items: the open (or reopened) findings on the reports of the units where the
   * caller answers findings. Answered and closed ones are not listed: the unit owes nothing there.
   */
  openToAnswer(principal: Principal): Promise<OpenFindingTodo[]> {
    return this.findings.openForUnits(unitsAnsweringFindings(principal));
  }

  /** The board's findings column: per report of the campaign, open/answered/closed counts. */
  countsForCampaign(campaignId: string): Promise<FindingCounts[]> {
    return this.findings.countsForCampaign(campaignId);
  }

  raise(cmd: RaiseFindingCommand): Promise<Finding> {
    const fingerprint = requestHash([
      'finding-raise',
      cmd.reportId,
      cmd.campaignId ?? null,
      cmd.text,
      cmd.dueOn ?? null,
    ]);
    return this.once(cmd.principal, cmd.idempotencyKey, fingerprint, async () => {
      const { report, unit } = await this.reportWithUnit(cmd.reportId);
      const receipt = await this.receiptRaisedOn(cmd, unit);
      const now = this.clock.now();
      const planned = planRaise({
        id: newId(),
        reportId: report.id,
        campaignId: receipt.campaignId,
        raisingUnitId: receipt.issuingUnitId,
        text: cmd.text,
        dueOn: cmd.dueOn,
        today: localDateOf(now),
        actorUserId: cmd.principal.userId,
        now,
      });
      return this.write({ cmd, step: 'raise', fingerprint, now, planned, expectedVersion: 0 });
    });
  }

  /**
   * Findings planned with an accept or return (planDecisionFindings), written inside the
   * decision's own transaction: each gets its event in the report's chain and moves the 整改
   * deadline, and they stand or fall with the decision. The decision's Idempotency-Key covers them.
   */
  async recordWithDecision(principal: Principal, planned: Finding[], now: Date): Promise<void> {
    for (const finding of planned)
      await this.writeInTransaction({
        cmd: { principal },
        step: 'raise',
        fingerprint: '',
        now,
        planned: finding,
        expectedVersion: 0,
      });
  }

  answer(cmd: AnswerFindingCommand): Promise<Finding> {
    const fingerprint = requestHash([
      'finding-answer',
      cmd.findingId,
      cmd.expectedVersion,
      cmd.measures,
      cmd.completedOn,
    ]);
    return this.once(cmd.principal, cmd.idempotencyKey, fingerprint, async () => {
      const { unit } = await this.visibleFinding(cmd.principal, cmd.findingId);
      const actorRole = findingAnswerRole(cmd.principal, unit);
      const now = this.clock.now();
      return this.step({ ...cmd, actorRole, actorUnitId: unit.id }, 'answer', fingerprint, now, (current) =>
        planAnswer({
          current,
          expectedVersion: cmd.expectedVersion,
          actorUserId: cmd.principal.userId,
          now,
          measures: cmd.measures,
          completedOn: cmd.completedOn,
          today: localDateOf(now),
        }),
      );
    });
  }

  close(cmd: CloseFindingCommand): Promise<Finding> {
    const fingerprint = requestHash([
      'finding-close',
      cmd.findingId,
      cmd.expectedVersion,
      cmd.comment ?? null,
    ]);
    return this.decision(cmd, 'close', fingerprint, (current, now) =>
      planClose({
        current,
        expectedVersion: cmd.expectedVersion,
        actorUserId: cmd.principal.userId,
        now,
        comment: cmd.comment,
      }),
    );
  }

  reopen(cmd: ReopenFindingCommand): Promise<Finding> {
    const fingerprint = requestHash([
      'finding-reopen',
      cmd.findingId,
      cmd.expectedVersion,
      cmd.comment,
      cmd.dueOn ?? null,
    ]);
    return this.decision(cmd, 'reopen', fingerprint, (current, now) =>
      planReopen({
        current,
        expectedVersion: cmd.expectedVersion,
        actorUserId: cmd.principal.userId,
        now,
        comment: cmd.comment,
        dueOn: cmd.dueOn,
        today: localDateOf(now),
      }),
    );
  }

  /** Close or reopen: only the coordinators of the raising office decide on the unit's answer. */
  private decision(
    cmd: FindingStepCommand,
    step: 'close' | 'reopen',
    fingerprint: string,
    plan: (current: Finding, now: Date) => Finding,
  ): Promise<Finding> {
    return this.once(cmd.principal, cmd.idempotencyKey, fingerprint, async () => {
      const { finding } = await this.visibleFinding(cmd.principal, cmd.findingId);
      if (!coordinatesExactly(cmd.principal, finding.raisingUnitId))
        throw AccessErrors.roleRequired(
          'Only the coordinators of the office that raised the finding close or reopen it',
          ['coordinator'],
          { raisingUnitId: finding.raisingUnitId },
        );
      // Before the status is looked at: a withdrawn campaign's findings are frozen whatever their status.
      const receipt = await this.receipts.find(finding.reportId, finding.campaignId);
      if (!receipt?.campaignActive) throw withdrawnCampaign(step, finding.campaignId);
      const now = this.clock.now();
      return this.step(cmd, step, fingerprint, now, (current) => plan(current, now));
    });
  }

  private async step(
    cmd: FindingStepCommand & { actorRole?: Role; actorUnitId?: string },
    step: Step,
    fingerprint: string,
    now: Date,
    plan: (current: Finding) => Finding,
  ): Promise<Finding> {
    return retryOnDeadlock(() =>
      this.transactions.run(async () => {
        const current = await this.findings.lock(cmd.findingId);
        if (!current) throw FindingErrors.notFound();
        const planned = plan(current);
        return this.writeInTransaction({
          cmd,
          step,
          fingerprint,
          now,
          planned,
          expectedVersion: current.version,
        });
      }),
    );
  }

  private write(input: WriteInput): Promise<Finding> {
    return retryOnDeadlock(() => this.transactions.run(() => this.writeInTransaction(input)));
  }

  /** The finding's row, the report's chain event and the idempotency record: one transaction. */
  private async writeInTransaction(input: WriteInput): Promise<Finding> {
    const { cmd, step, planned, now } = input;
    // The raising office acts only while its campaign stands: a withdrawal (which locks the campaign
    // row) and this step serialise on the receipt, read with its campaign FOR UPDATE. The unit's
    // answer is its own 整改 record and is not refused.
    if (step !== 'answer') {
      const receipt = await this.receipts.find(planned.reportId, planned.campaignId, { lock: true });
      if (!receipt?.campaignActive) throw withdrawnCampaign(step, planned.campaignId);
    }
    const [head] = await this.reports.lockDueDateHeads([planned.reportId]);
    if (!head) throw ReportErrors.notFound();
    const event = nextEvent(head, {
      revision: head.currentRevision,
      action: EVENT_ACTIONS[step],
      fromState: head.state,
      toState: head.state,
      actorUserId: cmd.principal.userId,
      // The role the step was allowed under: the answer's from the policy (findingAnswerRole); raise,
      // close and reopen are the issuing office's coordinators (decidesReceipt).
      actorRole: cmd.actorRole ?? 'coordinator',
      // The office acts for the unit that raised the finding (a 依法治县办's 经办人 belongs to the
      // 司法局 that houses it: the history named the 司法局, external QA stop 57 F7); the answer is
      // the reporting unit's.
      actorUnitId: step === 'answer' ? (cmd.actorUnitId ?? cmd.principal.unitId) : planned.raisingUnitId,
      comment: step === 'answer' ? null : (planned.decision?.comment ?? null),
      fields: {
        findingId: planned.id,
        campaignId: planned.campaignId,
        status: planned.status,
        dueOn: planned.dueOn,
        ...(step === 'raise' ? { text: planned.text } : {}),
        ...(step === 'answer' && planned.answer
          ? { measures: planned.answer.measures, completedOn: planned.answer.completedOn }
          : {}),
      },
      effects: [],
      createdAt: now,
    });
    const headMoved = await this.reports.applyHistoryEvent({
      id: head.id,
      expectedVersion: head.version,
      lastEventSeq: event.seq,
      lastHash: event.hash,
      now,
    });
    if (!headMoved) throw ReportErrors.notFound();
    await this.audit.append(event);
    if (step === 'raise') await this.findings.insert(planned, now);
    else if (!(await this.findings.save(planned, input.expectedVersion, now)))
      throw FindingErrors.staleVersion({ version: input.expectedVersion, status: planned.status });
    // The 整改 deadline moves with the open findings; the worker re-plans its reminders.
    const due = rectificationDue(await this.findings.earliestOpen(planned.reportId));
    if (await this.deadlines.syncRectification({ reportId: planned.reportId, due, now }))
      await this.outbox.addMany(
        [{ name: 'deadlines-changed', payload: { reportId: head.id, reportVersion: head.version + 1 } }],
        now,
      );
    if (cmd.idempotencyKey)
      await this.idempotency.store({
        userId: cmd.principal.userId,
        key: cmd.idempotencyKey,
        stored: {
          requestHash: input.fingerprint,
          statusCode: step === 'raise' ? 201 : 200,
          response: planned,
        },
        now,
      });
    return planned;
  }

  /** As for transitions: a repeated request finds the finding moved on and gets the first answer. */
  private async once(
    principal: Principal,
    key: string | undefined,
    fingerprint: string,
    run: () => Promise<Finding>,
  ): Promise<Finding> {
    const result = await answeredOnce(
      { answers: this.idempotency, userId: principal.userId, key, fingerprint },
      run,
    );
    this.relay.kick();
    return result;
  }

  private async reportWithUnit(
    reportId: string,
  ): Promise<{ report: Report; unit: Unit; coReportingUnit: UnitRef | null }> {
    const found = await this.reports.findWithUnit(reportId);
    if (!found) throw ReportErrors.notFound();
    return found;
  }

  /** The finding, when the caller is in reach of its report or coordinates the raising office; else 404. */
  private async visibleFinding(
    principal: Principal,
    findingId: string,
  ): Promise<{ finding: Finding; report: Report; unit: Unit }> {
    const finding = await this.findings.find(findingId);
    if (!finding) throw FindingErrors.notFound();
    const { report, unit, coReportingUnit } = await this.reportWithUnit(finding.reportId);
    // A joint report's 党委 reads its findings; answering stays with the government (authorize below).
    if (readsAsReportingUnit(principal, { unit, coReportingUnit })) return { finding, report, unit };
    const raiser = await this.units.findById(finding.raisingUnitId);
    if (!raiser || !coordinatesAtOrAbove(principal, raiser)) throw FindingErrors.notFound();
    return { finding, report, unit };
  }

  /** Issuers among the receipts whose office the caller coordinates (or lies above). */
  private async raisersCoordinatedBy(principal: Principal, receipts: Receipt[]): Promise<string[]> {
    const issuers = await this.units.findByIds([...new Set(receipts.map((r) => r.issuingUnitId))]);
    return issuers.filter((u) => coordinatesAtOrAbove(principal, u)).map((u) => u.id);
  }

  /**
   * The receipt a new finding is raised on: the named campaign's, or the one receipt the caller
   * decides. Only the issuer's own coordinators raise (as only they accept or return), and only on
   * the receipt of a campaign still standing: a withdrawn campaign's receipt is closed (409).
   */
  private async receiptRaisedOn(cmd: RaiseFindingCommand, unit: Unit): Promise<Receipt> {
    const all = await this.receipts.listForReport(cmd.reportId);
    const mine = all.filter(
      (r) =>
        decidesReceipt(cmd.principal, r.issuingUnitId) &&
        (!cmd.campaignId || r.campaignId === cmd.campaignId),
    );
    const open = mine.filter((r) => r.campaignActive);
    if (open.length === 1) return open[0]!;
    if (open.length > 1)
      throw FindingErrors.fieldInvalid(
        'campaignId',
        'The report answers several of your campaigns: name the campaign',
      );
    if (mine.length > 0) throw withdrawnCampaign('raise', mine[0]!.campaignId);
    const raisers = await this.raisersCoordinatedBy(cmd.principal, all);
    // A reader of the report who may not raise (a 主送 unit's leader) is told the role it lacks, as
    // SECURITY.md says: it was 404, a report it had just read (a penetration test, stop 49). Anyone
    // else: 404 (readable throws it).
    if (!canSee(cmd.principal, unit) && raisers.length === 0)
      await this.access.readable(cmd.principal, cmd.reportId);
    // A coordinator above the unit whose office issued nothing the report answers: nothing to raise on.
    if (raisers.length === 0 && coordinatesAtOrAbove(cmd.principal, unit)) throw FindingErrors.noReceipt();
    throw AccessErrors.roleRequired(
      'Only the coordinators of the campaign’s issuer raise findings on its receipt',
      ['coordinator'],
    );
  }
}

/** 409 CAMPAIGN_WITHDRAWN: the office's campaign no longer stands, so nothing is raised, closed or reopened under it. */
function withdrawnCampaign(step: Step, campaignId: string) {
  return ReceiptErrors.campaignWithdrawn(
    `The campaign was withdrawn: its receipt is closed, so its findings can no longer be ${step === 'raise' ? 'raised' : step === 'close' ? 'closed' : 'reopened'} by the issuing office`,
    { campaignId },
  );
}

interface WriteInput {
  /** `actorUnitId`: the unit the step is taken for, when not the actor's own (an answer: the report's). */
  cmd: { principal: Principal; idempotencyKey?: string; actorRole?: Role; actorUnitId?: string };
  step: Step;
  fingerprint: string;
  now: Date;
  planned: Finding;
  expectedVersion: number;
}
