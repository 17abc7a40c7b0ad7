import { localDateOf, parseLocalDate, startOfDayInstant } from '@app/calendar';
import type { OutboxWriter } from '@app/queue';
import {
  decide,
  refusalRegardlessOfState,
  type ActionField,
  type DutySeparationRule,
  type LastTransition,
  type WorkflowRole,
  type TransitionDecision,
  type WorkflowDefinition,
  type WorkflowFacts,
} from '@app/workflow';
import { deliberationRecordChange, type DeliberationRecordChange } from './deliberation-records';
import type { DesiredDeadlines } from './deadline.repository';
import { desiredDeadlines } from './desired-deadlines';
import { nextEvent } from './report-events';
import { ReportErrors } from './report.errors';
import type { ReportHeadUpdate, TransitionChange } from './report.repository';
import type { AuditEvent, Report } from './report.types';

// The pure half of a transition: what to write, decided over plain data. No I/O here; the
// TransitionService fetches the inputs and the TransitionWriter persists the plan.

/** What the caller asks for, as plain data. */
export interface TransitionRequest {
  userId: string;
  /** The unit the actor acts from (recorded with the event). */
  unitId: string;
  action: string;
  expectedVersion: number;
  comment?: string;
  fields?: Partial<Record<ActionField, string>>;
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

/** Jobs as the outbox takes them. */
export type TransitionJobs = Parameters<OutboxWriter['addMany']>[0];

export interface DecisionInput {
  definition: WorkflowDefinition;
  report: Report;
  /** The workflow roles the actor holds on this report (none for a copy recipient). */
  roles: WorkflowRole[];
  request: TransitionRequest;
  /** Facts the definition's conditions test (e.g. whether the meeting record stands). */
  facts?: WorkflowFacts;
  /** The meeting a return cleared, while no new one is recorded (see ActionInput.dates). */
  clearedMeeting?: { date: string; minutesNumber: string } | null;
  now: Date;
}

/**
 * May this actor take this action on the report as read? Throws the refusal a user sees: a missing
 * role first (403, whatever the version: reloading would not help), then a stale version (409), then
 * the workflow's answer for the state (409/400).
 */
export function decideTransition({
  definition,
  report,
  roles,
  request,
  facts,
  clearedMeeting,
  now,
}: DecisionInput): TransitionDecision {
  const actor = { userId: request.userId, roles };
  const hopeless = refusalRegardlessOfState(definition, request.action, actor);
  if (hopeless) throw ReportErrors.refused(hopeless, report);
  if (report.version !== request.expectedVersion) throw ReportErrors.staleVersion(report);
  const decision = decide(
    definition,
    report.state,
    request.action,
    actor,
    {
      comment: request.comment,
      fields: request.fields,
      // A meeting or publication about the year happens within it or after, and not in the future.
      dates: {
        reportYear: report.reportYear,
        today: localDateOf(now),
        clearedMeeting: clearedMeeting
          ? { date: clearedMeeting.date, minutesNumber: clearedMeeting.minutesNumber }
          : null,
      },
      facts,
    },
    lastTransitionOf(report),
  );
  if (!decision.ok) throw ReportErrors.refused(decision, report);
  return decision;
}

/** Nothing leaves the unit's drafting without passing 形式审查 (or a reviewer's recorded override). */
export function leavesDrafting(definition: WorkflowDefinition, decision: TransitionDecision): boolean {
  return (
    decision.from === definition.initial &&
    decision.action !== 'withdraw' &&
    decision.to !== definition.initial
  );
}

/** The step sends the report out of its unit (into an external state: 已报送): the dispatch. */
export function goesUp(definition: WorkflowDefinition, decision: TransitionDecision): boolean {
  const kindOf = (state: string) => definition.states.find((s) => s.id === state)?.kind;
  return kindOf(decision.to) === 'external' && kindOf(decision.from) !== 'external';
}

/**
 * The unit takes its dispatch back (撤回报送: from 已报送 into its own states). A return comes down
 * too, but by an office's decision, and leaves the other offices' receipts decidable.
 */
export function withdrawsDispatch(definition: WorkflowDefinition, decision: TransitionDecision): boolean {
  const kindOf = (state: string) => definition.states.find((s) => s.id === state)?.kind;
  return (
    decision.action === 'withdraw' &&
    kindOf(decision.from) === 'external' &&
    kindOf(decision.to) !== 'external'
  );
}

/**
 * The working days of the stage deadline this step opens (the campaign's limit for the state being
 * entered, else `defaultLimit`), or null when it opens none.
 */
export function stageLimitOpened(
  report: Pick<Report, 'stageLimits'>,
  decision: TransitionDecision,
  defaultLimit: number,
): number | null {
  if (!decision.effects.some((e) => e.type === 'open_stage_deadline')) return null;
  return report.stageLimits?.[decision.to] ?? defaultLimit;
}

/**
 * Where a stage's time limit starts counting: now, or the first day of the report year when that is
 * still ahead. A report for a year not begun (a campaign may ask in December for next year's
 * report) can be drafted and reviewed, but its deliberation is dated within the year (meetingDate
 * from 1 January): a limit counted from December ran out before the step could be taken, and its
 * reminders chased the party group for it (a walk, stop 56).
 */
export function stageLimitCountsFrom(now: Date, reportYear: number): Date {
  const yearStart = startOfDayInstant(parseLocalDate(`${reportYear}-01-01`));
  return yearStart.getTime() > now.getTime() ? yearStart : now;
}

/**
 * A stage's deadline never runs past the report's own due date while that is still ahead: the stage
 * limit (working days from now) once set 本环节截止 11 December on a report due 7 December, telling the
 * reviewers they had time they did not (a civil servant's walk, stop 40). A report already overdue
 * keeps the limit: a deadline already past would chase every stage at once.
 */
export function cappedStageDue(stageDue: Date | null, reportDue: Date | null, now: Date): Date | null {
  if (stageDue === null || reportDue === null || reportDue.getTime() <= now.getTime()) return stageDue;
  return reportDue.getTime() < stageDue.getTime() ? reportDue : stageDue;
}

export interface PlanInput {
  definition: WorkflowDefinition;
  report: Report;
  decision: TransitionDecision;
  request: TransitionRequest;
  /** A separation-of-duties rule the unit relaxed and this step breaks; recorded with the event. */
  relaxedRule: DutySeparationRule | null;
  /** When the opened stage deadline falls due (null: the step opens none). */
  stageDueAt: Date | null;
  now: Date;
}

/** Everything a decided transition writes, and the answer the caller gets once it is written. */
export interface TransitionPlan {
  head: ReportHeadUpdate;
  change: TransitionChange;
  event: Omit<AuditEvent, 'id'>;
  deadlines: DesiredDeadlines;
  /** The report goes up to the level above: it is copied (抄送) in the same transaction. */
  dispatchesCopies: boolean;
  /** The unit withdraws its dispatch: the receipts it left open are marked, until the next dispatch. */
  withdrawsDispatch: boolean;
  /** The workflow asks for the transition to be notified (a job once the event has its id). */
  notifies: boolean;
  /** The meeting, sign-off or 文号 this step records or clears (null: none). */
  deliberationRecord: DeliberationRecordChange | null;
  result: TransitionResult;
}

export function planTransition(input: PlanInput): TransitionPlan {
  const { definition, report, decision, request, relaxedRule, stageDueAt, now } = input;
  const up = goesUp(definition, decision);
  const event = nextEvent(report, {
    revision: report.currentRevision,
    action: decision.action,
    fromState: decision.from,
    toState: decision.to,
    actorUserId: request.userId,
    actorRole: decision.actingRole,
    actorUnitId: request.unitId,
    comment: request.comment?.trim() || null,
    // A relaxed rule is part of the record: whoever reads the history sees the step broke it.
    fields: relaxedRule ? { ...request.fields, dutySeparationRelaxed: relaxedRule } : (request.fields ?? {}),
    effects: decision.effects,
    createdAt: now,
  });
  return {
    head: {
      id: report.id,
      expectedVersion: report.version,
      lastEventSeq: event.seq,
      lastHash: event.hash,
      now,
    },
    change: {
      state: decision.to,
      action: decision.action,
      fromState: decision.from,
      actorId: request.userId,
      actorRole: decision.actingRole,
      isReturn: decision.action === 'return',
      stageDueAt,
      submittedAt: up ? now : undefined,
    },
    event,
    deadlines: desiredDeadlines(definition, { state: decision.to, stageDueAt, dueAt: report.dueAt }),
    dispatchesCopies: up,
    withdrawsDispatch: withdrawsDispatch(definition, decision),
    notifies: decision.effects.some((e) => e.type === 'notify'),
    deliberationRecord: deliberationRecordChange({
      reportId: report.id,
      effects: decision.effects,
      fields: request.fields ?? {},
      actorUserId: request.userId,
      eventSeq: event.seq,
      now,
    }),
    result: toResult(report, event, stageDueAt),
  };
}

/** The jobs a written transition publishes through the outbox, once the writes tell what moved. */
export function jobsAfter(
  plan: Pick<TransitionPlan, 'head' | 'notifies'>,
  written: { deadlinesMoved: boolean; eventId: number },
): TransitionJobs {
  const jobs: TransitionJobs = [];
  if (written.deadlinesMoved) {
    jobs.push({
      name: 'deadlines-changed',
      payload: { reportId: plan.head.id, reportVersion: plan.head.expectedVersion + 1 },
    });
  }
  if (plan.notifies) jobs.push({ name: 'transition-notify', payload: { auditEventId: written.eventId } });
  return jobs;
}

export function lastTransitionOf(report: Report): LastTransition | null {
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
