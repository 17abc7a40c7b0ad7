import { Injectable } from '@nestjs/common';
import { AppError, Clock, isDuplicateKey, retryOnDeadlock } from '@app/common';
import { localDateOf } from '@app/calendar';
import { AppConfig } from '@app/config';
import {
  calendarRegionsOf,
  UnitRepository,
  workflowRolesFor,
  type Principal,
  type Unit,
} from '@app/directory';
import { OutboxRelay, OutboxWriter } from '@app/queue';
import {
  decide,
  defaultRegistry,
  dutyConflict,
  isApproval,
  refusalRegardlessOfState,
  type ActionField,
  type DutySeparationRule,
  type LastTransition,
  type TransitionDecision,
  type WorkflowDefinition,
} from '@app/workflow';
import { CompletenessGate } from './completeness-gate';
import { CopyRecipients } from './copy-recipients';
import { DeadlineRepository } from './deadline.repository';
import { desiredDeadlines } from './desired-deadlines';
import { DutySeparationPolicy } from './duty-separation-policy';
import { Database } from '@app/persistence';
import { IdempotencyRepository, requestHash } from './idempotency.repository';
import { ReportAccess } from './report-access';
import { ReportErrors } from './report.errors';
import { AuditRepository } from './audit.repository';
import { nextEvent } from './report-events';
import { ReportRepository } from './report.repository';
import type { AuditEvent, Report } from './report.types';
import { StageClock } from './stage-clock';

export interface TransitionCommand {
  principal: Principal;
  reportId: string;
  action: string;
  expectedVersion: number;
  comment?: string;
  fields?: Partial<Record<ActionField, string>>;
  idempotencyKey?: string;
}

export interface TransitionResult {
  report: { id: string; state: string; version: number; currentRevision: number; stageDueAt: string | null };
  event: {
    seq: number;
    action: string;
    fromState: string | null;
    toState: string;
    actorRole: string;
    createdAt: string;
  };
}

/**
 * The one way to change a report's state, for the API and the worker alike. In one transaction:
 * a conditional UPDATE on the version the decision was based on (0 rows = someone else acted first,
 * 409), the audit event chained to the previous one, and the effects written to the outbox, which
 * is relayed to BullMQ only after commit.
 */
@Injectable()
export class TransitionService {
  private commits = 0;

  constructor(
    private readonly db: Database,
    private readonly reports: ReportRepository,
    private readonly audit: AuditRepository,
    private readonly access: ReportAccess,
    private readonly units: UnitRepository,
    private readonly deadlines: DeadlineRepository,
    private readonly completeness: CompletenessGate,
    private readonly idempotency: IdempotencyRepository,
    private readonly copies: CopyRecipients,
    private readonly outbox: OutboxWriter,
    private readonly relay: OutboxRelay,
    private readonly stageClock: StageClock,
    private readonly dutySeparation: DutySeparationPolicy,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async transition(cmd: TransitionCommand): Promise<TransitionResult> {
    const fingerprint = requestHash([
      cmd.reportId,
      cmd.action,
      cmd.expectedVersion,
      cmd.comment ?? null,
      cmd.fields ?? {},
    ]);
    try {
      return await this.apply(cmd, fingerprint);
    } catch (error) {
      // A repeated request (same Idempotency-Key) finds the report moved on, or the key taken by its
      // twin: it gets the first answer. Looked up only on failure, so a first request costs no
      // extra round trip; a key reused for a different request is refused (422) here as well.
      const replayed = await this.replayIfSeen(cmd, fingerprint).catch((lookup: unknown) => {
        if (lookup instanceof AppError) throw lookup;
        return null;
      });
      if (replayed) return replayed;
      throw error;
    }
  }

  private async apply(cmd: TransitionCommand, fingerprint: string): Promise<TransitionResult> {
    // 404 outside reach; a copy recipient may read but holds no role here, so the decision refuses (403).
    const { report, unit, parent, copyOnly } = await this.access.readable(cmd.principal, cmd.reportId);
    const definition = defaultRegistry.get(report.workflowId, report.workflowVersion);
    const actor = {
      userId: cmd.principal.userId,
      roles: copyOnly ? [] : workflowRolesFor(cmd.principal, report, unit),
    };
    // Role before version: someone who may never take the action gains nothing from reloading.
    const hopeless = refusalRegardlessOfState(definition, cmd.action, actor);
    if (hopeless) throw ReportErrors.refused(hopeless, report);
    if (report.version !== cmd.expectedVersion) throw ReportErrors.staleVersion(report);

    const now = this.clock.now();
    const decision = decide(
      definition,
      report.state,
      cmd.action,
      actor,
      {
        comment: cmd.comment,
        fields: cmd.fields,
        // A meeting or publication about the year happens within it or after, and not in the future.
        dates: { reportYear: report.reportYear, today: localDateOf(now) },
      },
      lastTransitionOf(report),
    );
    if (!decision.ok) throw ReportErrors.refused(decision, report);
    const relaxedRule = await this.checkDutySeparation(definition, decision, report, cmd.principal.userId);
    // Nothing leaves the unit's drafting without passing 形式审查 (or a reviewer's recorded override).
    if (
      decision.from === definition.initial &&
      decision.action !== 'withdraw' &&
      decision.to !== definition.initial
    ) {
      await this.completeness.assertPasses(report, unit);
    }

    const opens = decision.effects.some((e) => e.type === 'open_stage_deadline');
    // The campaign's limit for the stage being entered, in working days.
    const limit = report.stageLimits?.[decision.to] ?? this.config.env.DEFAULT_STAGE_LIMIT_WORKING_DAYS;
    const regions = opens ? await this.calendarRegions(unit, parent) : [];
    const stageDueAt = opens ? await this.stageClock.dueAfter(now, limit, regions) : null;
    const kindOf = (state: string) => definition.states.find((s) => s.id === state)?.kind;
    const goesUp = kindOf(decision.to) === 'external' && kindOf(decision.from) !== 'external';
    const event = nextEvent(report, {
      revision: report.currentRevision,
      action: decision.action,
      fromState: decision.from,
      toState: decision.to,
      actorUserId: cmd.principal.userId,
      actorRole: decision.actingRole,
      actorUnitId: cmd.principal.unitId,
      comment: cmd.comment?.trim() || null,
      // A relaxed rule is part of the record: whoever reads the history sees the step broke it.
      fields: relaxedRule ? { ...cmd.fields, dutySeparationRelaxed: relaxedRule } : (cmd.fields ?? {}),
      effects: decision.effects,
      createdAt: now,
    });
    const result = toResult(report, event, stageDueAt);

    try {
      // READ COMMITTED: the deadline lookup below then locks only the rows it finds, not the gaps
      // between reports, so concurrent first submits of different reports no longer block each other.
      await retryOnDeadlock(() =>
        this.db.transaction(
          async (manager) => {
            const applied = await this.reports.applyTransition(
              manager,
              {
                id: report.id,
                expectedVersion: report.version,
                lastEventSeq: event.seq,
                lastHash: event.hash,
                now,
              },
              {
                state: decision.to,
                action: decision.action,
                fromState: decision.from,
                actorId: cmd.principal.userId,
                actorRole: decision.actingRole,
                isReturn: decision.action === 'return',
                stageDueAt,
                submittedAt: goesUp ? now : undefined,
              },
            );
            if (!applied) throw ReportErrors.staleVersion(report);
            const eventId = await this.audit.append(manager, event);
            const deadlinesMoved = await this.deadlines.sync(
              manager,
              report.id,
              desiredDeadlines(definition, { state: decision.to, stageDueAt, dueAt: report.dueAt }),
              now,
            );
            // Both jobs in one INSERT: a round trip less on the busiest path.
            const jobs: Parameters<OutboxWriter['addMany']>[0] = [];
            if (deadlinesMoved) {
              jobs.push({
                name: 'deadlines-changed',
                payload: { reportId: report.id, reportVersion: report.version + 1 },
              });
            }
            if (decision.effects.some((e) => e.type === 'notify')) {
              jobs.push({ name: 'transition-notify', payload: { auditEventId: eventId } });
            }
            await this.outbox.addMany(jobs, now);
            if (goesUp)
              await this.reports.addCopies(manager, report.id, await this.copies.unitsFor(unit), now);
            if (cmd.idempotencyKey) {
              await this.idempotency.store({
                userId: cmd.principal.userId,
                key: cmd.idempotencyKey,
                stored: { requestHash: fingerprint, statusCode: 200, response: result },
                now,
              });
            }
          },
          { isolation: 'READ COMMITTED' },
        ),
      );
    } catch (error) {
      if (isDuplicateKey(error) || (error as { code?: string }).code === 'REPORT_STALE_VERSION') {
        const current = (await this.reports.findById(report.id)) ?? report;
        throw ReportErrors.staleVersion(current);
      }
      throw error;
    }
    this.injectCrashAfterCommit();
    this.relay.kick();
    return result;
  }

  /**
   * Separation of duties for approvals: refused (403 naming the rule) unless the unit relaxed it,
   * in which case the broken rule is returned for the event to record. Only approvals pay the query.
   */
  private async checkDutySeparation(
    definition: WorkflowDefinition,
    decision: TransitionDecision,
    report: Report,
    userId: string,
  ): Promise<DutySeparationRule | null> {
    if (!isApproval(definition, decision.from, decision.action)) return null;
    const pass = await this.audit.currentPass(report.id, definition.initial);
    const conflict = dutyConflict(definition, decision, userId, pass);
    if (!conflict) return null;
    if (!(await this.dutySeparation.isRelaxedFor(report.unitId))) {
      throw ReportErrors.dutiesNotSeparated(conflict, report);
    }
    return conflict.rule;
  }

  /** The fault suite's crash point: after commit, before relay (FAULT_EXIT_AFTER_COMMITS, tests only). */
  private injectCrashAfterCommit(): void {
    const after = this.config.env.FAULT_EXIT_AFTER_COMMITS;
    if (after !== undefined && ++this.commits >= after) process.kill(process.pid, 'SIGKILL');
  }

  /**
   * The unit's calendar regions (nearest division code on its path). The unit or its parent (read
   * with the report) nearly always has one; only otherwise are the further ancestors read.
   */
  private async calendarRegions(unit: Unit, parent: Unit | null): Promise<string[]> {
    const near = calendarRegionsOf(unit, parent ? [parent] : []);
    return near.length > 0 ? near : calendarRegionsOf(unit, await this.units.findAncestors(unit));
  }

  private async replayIfSeen(cmd: TransitionCommand, fingerprint: string): Promise<TransitionResult | null> {
    if (!cmd.idempotencyKey) return null;
    const stored = await this.idempotency.find(cmd.principal.userId, cmd.idempotencyKey);
    if (!stored) return null;
    if (stored.requestHash !== fingerprint) throw ReportErrors.idempotencyMismatch();
    return stored.response as TransitionResult;
  }
}

function lastTransitionOf(report: Report): LastTransition | null {
  if (!report.lastAction || !report.lastFromState || !report.lastActorId || !report.lastActorRole)
    return null;
  return {
    action: report.lastAction,
    from: report.lastFromState,
    to: report.state,
    actorUserId: report.lastActorId,
    actorRole: report.lastActorRole,
  };
}

function toResult(report: Report, event: Omit<AuditEvent, 'id'>, stageDueAt: Date | null): TransitionResult {
  return {
    report: {
      id: report.id,
      state: event.toState,
      version: report.version + 1,
      currentRevision: report.currentRevision,
      stageDueAt: stageDueAt?.toISOString() ?? null,
    },
    event: {
      seq: event.seq,
      action: event.action,
      fromState: event.fromState,
      toState: event.toState,
      actorRole: event.actorRole,
      createdAt: event.createdAt.toISOString(),
    },
  };
}
