import {
  RECORD_KEEPING,
  type ActionField,
  type Effect,
  type WorkflowDefinition,
  type WorkflowFacts,
} from '@app/workflow';

/**
 * The report's standing records of deliberation, sign-off and dispatch (issue #17 item 4), kept
 * in report_deliberation_records. The workflow says which step records or clears what (the
 * `records` of its transitions, carried as effects); this file turns that into the row's change.
 */
export interface DeliberationRecord {
  /** The meeting on record still counts: the next submit goes straight to sign-off. */
  meetingStands: boolean;
  /** The last meeting recorded (kept for the record after it is cleared). */
  meeting: { body: string; date: string; minutesNumber: string; eventSeq: number } | null;
  /** 主要负责人签发: who signed the last dispatched version off, and when. */
  signOff: { userId: string; at: Date } | null;
  /** A joint report's 党委 principal leader's sign-off (会签), who and when; null otherwise. */
  coSignOff: { userId: string; at: Date } | null;
  /** The unit's document number (文号) of the last dispatch. */
  documentNumber: string | null;
}

/** The columns one step sets; absent ones stay as they are. */
export interface DeliberationRecordChange {
  reportId: string;
  meetingStands?: boolean;
  meeting?: { body: string; date: string; minutesNumber: string; eventSeq: number };
  signOff?: { userId: string; at: Date };
  coSignOff?: { userId: string; at: Date };
  documentNumber?: string;
  now: Date;
}

export interface RecordedStep {
  reportId: string;
  effects: readonly Effect[];
  fields: Partial<Record<ActionField, string>>;
  actorUserId: string;
  eventSeq: number;
  now: Date;
}

const RECORD_TYPES: readonly string[] = RECORD_KEEPING;

/** What the step writes to the report's records, or null when it keeps none. */
export function deliberationRecordChange(step: RecordedStep): DeliberationRecordChange | null {
  const kept = step.effects.map((e) => e.type).filter((type) => RECORD_TYPES.includes(type));
  if (kept.length === 0) return null;
  const field = (name: ActionField) => step.fields[name]?.trim() ?? '';
  const change: DeliberationRecordChange = { reportId: step.reportId, now: step.now };
  if (kept.includes('record_meeting')) {
    change.meetingStands = true;
    change.meeting = {
      body: field('meetingBody'),
      date: field('meetingDate'),
      minutesNumber: field('minutesNumber'),
      eventSeq: step.eventSeq,
    };
  }
  if (kept.includes('clear_meeting_record')) change.meetingStands = false;
  if (kept.includes('record_sign_off')) change.signOff = { userId: step.actorUserId, at: step.now };
  if (kept.includes('record_co_sign_off')) change.coSignOff = { userId: step.actorUserId, at: step.now };
  if (kept.includes('record_document_number')) change.documentNumber = field('documentNumber');
  return change;
}

/** Whether the definition's conditions look at the report's facts (the old versions do not). */
export function needsFacts(definition: WorkflowDefinition): boolean {
  return definition.transitions.some((t) => t.when?.some((condition) => 'fact' in condition));
}

export function factsOf(record: DeliberationRecord | null): WorkflowFacts {
  return { meetingRecordStands: record?.meetingStands ?? false };
}

/** What a fold over the history needs of an event (see deliberationRecordAsOf). */
export interface RecordingEvent {
  reportId: string;
  seq: number;
  effects: readonly Effect[];
  fields: Record<string, unknown>;
  actorUserId: string;
  createdAt: Date;
}

/**
 * The records as they stood after the event `lastSeq`, replayed from the history with the same rule
 * the steps wrote them by: what a copy recipient was shown when the report was dispatched to it,
 * not the meeting or sign-off of a redraft it was never sent. Null when nothing was recorded by then.
 */
export function deliberationRecordAsOf(
  events: readonly RecordingEvent[],
  lastSeq: number,
): DeliberationRecord | null {
  let record = null as DeliberationRecord | null;
  for (const event of events) {
    if (event.seq > lastSeq) continue;
    const change = deliberationRecordChange({
      reportId: event.reportId,
      effects: event.effects,
      fields: textFields(event.fields),
      actorUserId: event.actorUserId,
      eventSeq: event.seq,
      now: event.createdAt,
    });
    if (!change) continue;
    const before = record;
    record = {
      meetingStands: change.meetingStands ?? before?.meetingStands ?? false,
      meeting: change.meeting ?? before?.meeting ?? null,
      signOff: change.signOff ?? before?.signOff ?? null,
      coSignOff: change.coSignOff ?? before?.coSignOff ?? null,
      documentNumber: change.documentNumber ?? before?.documentNumber ?? null,
    };
  }
  return record;
}

/** An event's fields as the step's request carried them (text values only). */
function textFields(fields: Record<string, unknown>): Partial<Record<ActionField, string>> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => typeof value === 'string'));
}

/** What of the records on file belongs to a round before the current one (see earlierRoundParts). */
export interface EarlierRoundParts {
  signOff: boolean;
  coSignOff: boolean;
  documentNumber: boolean;
}

/**
 * Which of `record`'s sign-offs and 文号 were recorded before the report went back to `initial`
 * (a return, a withdrawal to the start) and not again since: the last round's, which a redraft
 * must not show as if it were signed and numbered. The meeting says so itself (meetingStands).
 */
export function earlierRoundParts(
  events: ReadonlyArray<RecordingEvent & { fromState: string | null; toState: string }>,
  record: DeliberationRecord | null,
  initial: string,
): EarlierRoundParts {
  const reopened = [...events].reverse().find((e) => e.toState === initial && e.fromState !== null);
  if (!record || !reopened) return { signOff: false, coSignOff: false, documentNumber: false };
  const since = deliberationRecordAsOf(
    events.filter((e) => e.seq > reopened.seq),
    Number.MAX_SAFE_INTEGER,
  );
  return {
    signOff: record.signOff !== null && !since?.signOff,
    coSignOff: record.coSignOff !== null && !since?.coSignOff,
    documentNumber: record.documentNumber !== null && !since?.documentNumber,
  };
}
