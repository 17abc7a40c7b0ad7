import { Injectable } from '@nestjs/common';
import { Clock, isDuplicateKey, normalizeDocumentNumberYear } from '@app/common';
import { AppConfig } from '@app/config';
import {
  calendarRegionsOf,
  deliberationBodyOf,
  UnitRepository,
  workflowRolesFor,
  type Principal,
  type Unit,
} from '@app/directory';
import { OutboxRelay } from '@app/queue';
import {
  defaultRegistry,
  refusalRegardlessOfState,
  type ActionField,
  type WorkflowDefinition,
} from '@app/workflow';
import { CompletenessGate } from './completeness-gate';
import { DeliberationRecordRepository } from './deliberation-record.repository';
import { factsOf, needsFacts } from './deliberation-records';
import { DutySeparationPolicy } from './duty-separation-policy';
import { IdempotencyRepository, requestHash } from './idempotency.repository';
import { answeredOnce } from './repeated-request';
import { ReportAccess } from './report-access';
import { ReportErrors, StaleVersionError } from './report.errors';
import { ReportRepository } from './report.repository';
import { StageClock } from './stage-clock';
import { ReportDispatch } from './report-dispatch';
import { StampedScanGate } from './stamped-scan-gate';
import {
  decideTransition,
  goesUp,
  withdrawsDispatch,
  leavesDrafting,
  planTransition,
  stageLimitOpened,
  cappedStageDue,
  stageLimitCountsFrom,
  type TransitionRequest,
  type TransitionResult,
} from './transition-plan';
import { TransitionWriter } from './transition-writer';

export type { TransitionResult } from './transition-plan';

export interface TransitionCommand {
  principal: Principal;
  reportId: string;
  action: string;
  expectedVersion: number;
  comment?: string;
  fields?: Partial<Record<ActionField, string>>;
  idempotencyKey?: string;
  /**
   * The unit the principal acts for, when it is not their own: an office's staff decide its
   * receipts (依法治县办, housed in the 司法局), and the history names the office.
   */
  actingForUnitId?: string;
}

/**
 * The one way to change a report's state, for the API and the worker alike, in three steps:
 * plan (decide over the report as read: transition-plan.ts), persist (one transaction:
 * TransitionWriter), publish (kick the outbox relay after commit). A version that moved in between
 * fails the conditional UPDATE and answers 409 with the current state.
 */
@Injectable()
export class TransitionService {
  constructor(
    private readonly access: ReportAccess,
    private readonly reports: ReportRepository,
    private readonly units: UnitRepository,
    private readonly completeness: CompletenessGate,
    private readonly dutySeparation: DutySeparationPolicy,
    private readonly stageClock: StageClock,
    private readonly idempotency: IdempotencyRepository,
    private readonly writer: TransitionWriter,
    private readonly relay: OutboxRelay,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly deliberationRecords: DeliberationRecordRepository,
    private readonly stampedScans: StampedScanGate,
    private readonly dispatch: ReportDispatch,
  ) {}

  async transition(cmd: TransitionCommand): Promise<TransitionResult> {
    const fingerprint = requestHash([
      cmd.reportId,
      cmd.action,
      cmd.expectedVersion,
      cmd.comment ?? null,
      cmd.fields ?? {},
    ]);
    // A repeated request (same Idempotency-Key) finds the report moved on, or the key taken by its
    // twin: it gets the first answer.
    return answeredOnce(
      { answers: this.idempotency, userId: cmd.principal.userId, key: cmd.idempotencyKey, fingerprint },
      () => this.apply(cmd, fingerprint),
    );
  }

  private async apply(cmd: TransitionCommand, fingerprint: string): Promise<TransitionResult> {
    // 404 outside reach; a copy recipient may read but holds no role here (403, below).
    const { report, unit, parent, copyOnly } = await this.access.readable(cmd.principal, cmd.reportId);
    const definition = defaultRegistry.get(report.workflowId, report.workflowVersion);
    // Refused before the decision, whose refusals (and the 409 of a stale version) name the live
    // state and version: a copy recipient reads the report as sent to it, never as it is now.
    if (copyOnly)
      throw ReportErrors.copyReaderActs(
        refusalRegardlessOfState(definition, cmd.action, { userId: cmd.principal.userId, roles: [] }),
      );
    const request: TransitionRequest = {
      userId: cmd.principal.userId,
      unitId: cmd.actingForUnitId ?? cmd.principal.unitId,
      action: cmd.action,
      expectedVersion: cmd.expectedVersion,
      comment: cmd.comment,
      fields: withUnitsMeetingBody(
        { definition, state: report.state, action: cmd.action, unit },
        withNumbersYearBracketed(cmd.fields),
      ),
    };
    const now = this.clock.now();

    // Plan: the decision is pure; the checks it calls for and the stage clock read what they need.
    const roles = workflowRolesFor(cmd.principal, report, unit);
    // Only the definitions with conditions on facts cost the extra read (the old versions have none).
    const record = needsFacts(definition) ? await this.deliberationRecords.find(report.id) : null;
    const facts = needsFacts(definition) ? factsOf(record) : {};
    // A meeting cleared at a recipient's request is followed by a new one (not an earlier date, not
    // its minutes number: external QA, stop 57 F1); after an internal return the same may be recorded.
    const cleared = record?.meeting && !record.meetingStands ? record.meeting : null;
    const clearedMeeting =
      cleared && (await this.deliberationRecords.redeliberationAskedSince(report.id, cleared.eventSeq))
        ? cleared
        : null;
    const decision = decideTransition({ definition, report, roles, request, facts, clearedMeeting, now });
    const relaxedRule = await this.dutySeparation.relaxedRuleBrokenBy({
      definition,
      decision,
      report,
      userId: request.userId,
    });
    if (leavesDrafting(definition, decision)) await this.completeness.assertPasses(report, unit);
    // 报送时须上传盖章扫描件: the dispatch carries the scan of this very revision when a campaign asks.
    if (goesUp(definition, decision)) await this.stampedScans.assertReady(report.id, report.currentRevision);
    if (withdrawsDispatch(definition, decision)) await this.dispatch.assertWithdrawable(report);
    const limit = stageLimitOpened(report, decision, this.config.env.DEFAULT_STAGE_LIMIT_WORKING_DAYS);
    const limitDue =
      limit === null
        ? null
        : await this.stageClock.dueAfter(
            stageLimitCountsFrom(now, report.reportYear),
            limit,
            await this.calendarRegions(unit, parent),
          );
    // The unit's own stages end by its due date; a recipient's (已报送: accept or return) does not.
    const withRecipient = definition.states.find((s) => s.id === decision.to)?.kind === 'external';
    const stageDueAt = withRecipient ? limitDue : cappedStageDue(limitDue, report.dueAt, now);
    const plan = planTransition({ definition, report, decision, request, relaxedRule, stageDueAt, now });

    // Persist.
    try {
      await this.writer.persist({
        plan,
        unit,
        idempotency: cmd.idempotencyKey
          ? { userId: request.userId, key: cmd.idempotencyKey, requestHash: fingerprint }
          : null,
      });
    } catch (error) {
      // Someone else acted first (or took the next event number): answer with the report as it is now.
      if (error instanceof StaleVersionError || isDuplicateKey(error)) {
        const current = (await this.reports.findById(report.id)) ?? report;
        throw ReportErrors.staleVersion(current);
      }
      throw error;
    }

    // Publish: the outbox rows are committed; the relay moves them to the queues now.
    this.relay.kick();
    return plan.result;
  }

  /**
   * The unit's calendar regions (nearest division code on its path). The unit or its parent (read
   * with the report) nearly always has one; only otherwise are the further ancestors read.
   */
  private async calendarRegions(unit: Unit, parent: Unit | null): Promise<string[]> {
    const near = calendarRegionsOf(unit, parent ? [parent] : []);
    return near.length > 0 ? near : calendarRegionsOf(unit, await this.units.findAncestors(unit));
  }
}

/**
 * A 文号 or 会议纪要编号 typed with [2026] or （2026） is recorded with 〔2026〕, as the campaign's 文号 is
 * (walk round 16: the unit's 编号发文 refused 呼交发[2026]3号 that the issuing form had accepted).
 */
export function withNumbersYearBracketed(fields: TransitionCommand['fields']): TransitionCommand['fields'] {
  if (!fields) return fields;
  const normalised = { ...fields };
  for (const field of ['documentNumber', 'minutesNumber'] as const) {
    const value = fields[field];
    if (typeof value === 'string') normalised[field] = normalizeDocumentNumberYear(value);
  }
  return normalised;
}

/**
 * The deliberating body is the unit's own (集体审议): a step that records a meeting without naming
 * its body records the unit's configured body (or its kind's default).
 */
function withUnitsMeetingBody(
  step: { definition: WorkflowDefinition; state: string; action: string; unit: Unit },
  fields: TransitionCommand['fields'],
): TransitionCommand['fields'] {
  const recordsMeeting = step.definition.transitions.some(
    (t) => t.from === step.state && t.action === step.action && t.requiredFields?.includes('meetingBody'),
  );
  if (!recordsMeeting || fields?.meetingBody?.trim()) return fields;
  return { ...fields, meetingBody: deliberationBodyOf(step.unit) };
}
