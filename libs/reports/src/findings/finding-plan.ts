import {
  addDays,
  compareLocalDates,
  endOfDayInstant,
  isLocalDate,
  localDateOf,
  type LocalDate,
} from '@app/calendar';
import { AppError } from '@app/common';
import { FindingErrors } from './finding.errors';
import { DEFAULT_RECTIFICATION_DAYS, type Finding } from './finding.types';

/**
 * The findings list's decisions, pure: what raising, answering, closing or reopening makes of a
 * finding, or the typed refusal. The service checks who may act, reads, calls these, and persists.
 */

const MAX_TEXT = 5000;

/**
 * How far ahead a 整改 date may lie: a due date set by the office, or the date the unit says its
 * measures will be completed. One year covers any 整改 of an annual report (the next report falls
 * due within it); 9999-12-31 is a typing slip, not a plan.
 */
export const MAX_RECTIFICATION_DAYS_AHEAD = 366;

function notTooFar(field: string, value: LocalDate, today: LocalDate): LocalDate {
  const latest = addDays(today, MAX_RECTIFICATION_DAYS_AHEAD);
  if (compareLocalDates(value, latest) > 0)
    throw FindingErrors.fieldInvalid(
      field,
      `${field} ${value} lies more than ${MAX_RECTIFICATION_DAYS_AHEAD} days ahead: give a date on or before ${latest}`,
    );
  return value;
}

function requiredText(field: string, value: string | null | undefined): string {
  const text = value?.trim() ?? '';
  if (!text) throw FindingErrors.fieldInvalid(field, `${field} must not be empty`);
  if (text.length > MAX_TEXT)
    throw FindingErrors.fieldInvalid(field, `${field} is longer than ${MAX_TEXT} characters`);
  return text;
}

function date(field: string, value: string): LocalDate {
  if (!isLocalDate(value)) throw FindingErrors.fieldInvalid(field, `${field} must be a date YYYY-MM-DD`);
  return value;
}

export interface RaiseInput {
  id: string;
  reportId: string;
  campaignId: string;
  raisingUnitId: string;
  text: string;
  /** The 整改 due date; absent: today + DEFAULT_RECTIFICATION_DAYS. */
  dueOn?: string | null;
  /** Today in China. */
  today: LocalDate;
  actorUserId: string;
  now: Date;
}

export function planRaise(input: RaiseInput): Finding {
  const dueOn = input.dueOn ? date('dueOn', input.dueOn) : addDays(input.today, DEFAULT_RECTIFICATION_DAYS);
  if (compareLocalDates(dueOn, input.today) < 0)
    throw FindingErrors.fieldInvalid('dueOn', 'The 整改 due date cannot lie before today');
  notTooFar('dueOn', dueOn, input.today);
  return {
    id: input.id,
    reportId: input.reportId,
    campaignId: input.campaignId,
    raisingUnitId: input.raisingUnitId,
    version: 1,
    status: 'open',
    text: requiredText('text', input.text),
    dueOn,
    raisedBy: input.actorUserId,
    raisedAt: input.now,
    answer: null,
    decision: null,
  };
}

interface StepContext {
  current: Finding;
  expectedVersion: number;
  actorUserId: string;
  now: Date;
}

function checkVersion({ current, expectedVersion }: StepContext): void {
  if (current.version !== expectedVersion) throw FindingErrors.staleVersion(current);
}

/**
 * The unit states its measures and the date they were (or will be) completed; answering again before
 * a decision replaces the answer. The date lies between the day the finding was raised (China date:
 * measures answer the finding) and one year after today (MAX_RECTIFICATION_DAYS_AHEAD).
 */
export function planAnswer(
  context: StepContext & { measures: string; completedOn: string; today: LocalDate },
): Finding {
  checkVersion(context);
  const { current } = context;
  if (current.status === 'closed') throw FindingErrors.wrongStatus('answered', current.status);
  const completedOn = date('completedOn', context.completedOn);
  const raisedOn = localDateOf(current.raisedAt);
  if (compareLocalDates(completedOn, raisedOn) < 0)
    throw FindingErrors.fieldInvalid(
      'completedOn',
      `completedOn ${completedOn} lies before the finding was raised (${raisedOn}): give the date the measures were or will be completed`,
    );
  notTooFar('completedOn', completedOn, context.today);
  return {
    ...current,
    version: current.version + 1,
    status: 'answered',
    answer: {
      measures: requiredText('measures', context.measures),
      completedOn,
      answeredBy: context.actorUserId,
      answeredAt: context.now,
    },
  };
}

/** The raising coordinator accepts the answer: closed. Only an answered finding closes. */
export function planClose(context: StepContext & { comment?: string | null }): Finding {
  checkVersion(context);
  const { current } = context;
  if (current.status !== 'answered') throw FindingErrors.wrongStatus('closed', current.status);
  return {
    ...current,
    version: current.version + 1,
    status: 'closed',
    decision: {
      decidedBy: context.actorUserId,
      decidedAt: context.now,
      comment: context.comment?.trim() || null,
    },
  };
}

/**
 * The raising coordinator finds the measures insufficient (or the problem back): open again, with
 * a comment saying why and, optionally, a new due date. The earlier answer stays visible.
 */
export function planReopen(
  context: StepContext & { comment: string; dueOn?: string | null; today: LocalDate },
): Finding {
  checkVersion(context);
  const { current } = context;
  if (current.status === 'open') throw FindingErrors.wrongStatus('reopened', current.status);
  const comment = requiredText('comment', context.comment);
  const dueOn = context.dueOn ? date('dueOn', context.dueOn) : current.dueOn;
  if (context.dueOn && compareLocalDates(dueOn, context.today) < 0)
    throw FindingErrors.fieldInvalid('dueOn', 'The 整改 due date cannot lie before today');
  if (context.dueOn) notTooFar('dueOn', dueOn, context.today);
  return {
    ...current,
    version: current.version + 1,
    status: 'open',
    dueOn,
    decision: { decidedBy: context.actorUserId, decidedAt: context.now, comment },
  };
}

/** The 整改 deadline of a report: the end of the China day its earliest open finding is due, or none. */
export function rectificationDue(
  earliest: { dueOn: LocalDate; raisingUnitId: string } | null,
): { dueAt: Date; raisingUnitId: string } | null {
  return earliest ? { dueAt: endOfDayInstant(earliest.dueOn), raisingUnitId: earliest.raisingUnitId } : null;
}

/** A finding written into an accept or return (接收/退回) request. */
export interface DecisionFindingInput {
  text: string;
  /** The 整改 due date; absent: today + DEFAULT_RECTIFICATION_DAYS. */
  dueOn?: string | null;
}

/**
 * The findings an accept or return records on its receipt, planned all at once before anything is
 * written: one refused finding refuses the whole request, its field named by index
 * (`findings.1.text`), so the coordinator knows which line of the dialog to fix.
 */
export function planDecisionFindings(input: {
  findings: DecisionFindingInput[];
  newId: () => string;
  reportId: string;
  campaignId: string;
  raisingUnitId: string;
  today: LocalDate;
  actorUserId: string;
  now: Date;
}): Finding[] {
  return input.findings.map((finding, index) => {
    try {
      return planRaise({
        id: input.newId(),
        reportId: input.reportId,
        campaignId: input.campaignId,
        raisingUnitId: input.raisingUnitId,
        text: finding.text,
        dueOn: finding.dueOn,
        today: input.today,
        actorUserId: input.actorUserId,
        now: input.now,
      });
    } catch (error) {
      throw indexed(error, index);
    }
  });
}

function indexed(error: unknown, index: number): unknown {
  if (!(error instanceof AppError) || typeof error.details?.field !== 'string') return error;
  // The request's fields carry the same names as POST /reports/:id/findings (text, dueOn).
  const field = `findings.${index}.${error.details.field}`;
  return FindingErrors.fieldInvalid(field, `${field}: ${error.message}`);
}
