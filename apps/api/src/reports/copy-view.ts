import { ReportErrors, type AuditEvent, type CopyGrant } from '@app/reports';
import type { WorkflowDefinition } from '@app/workflow';

/**
 * What a copy recipient (抄送单位) sees of a report: the revisions dispatched to it and the
 * report's steps across the unit's boundary (dispatch, withdrawal of a dispatch, the level above
 * accepting or returning it, publication). The unit's internal review — drafts, the reviewers'
 * and legal adviser's opinions, returns inside the unit — stays the unit's own.
 */

/** A revision the copy recipient was not sent answers exactly like one that does not exist. */
export function assertDispatched(copy: CopyGrant, number: number): void {
  if (!copy.dispatches.some((d) => d.revision === number)) throw ReportErrors.revisionNotFound(number);
}

/**
 * The unit's 保密审查 of what it will publish: recorded while the report waits above (so it looks
 * like a step outside the unit), but the unit's own internal review, with its reviewer and comment.
 */
const INTERNAL_ACTIONS = new Set(['disclosure-review']);

/** Events the copy recipient may read: boundary steps from its first dispatch on. */
export function copyVisibleEvents<E extends Pick<AuditEvent, 'seq' | 'action' | 'fromState' | 'toState'>>(
  definition: WorkflowDefinition,
  events: E[],
  copy: CopyGrant,
): E[] {
  const insideUnit = (state: string | null) => {
    const kind = definition.states.find((s) => s.id === state)?.kind;
    return kind === undefined || kind === 'drafting' || kind === 'review';
  };
  const first = copy.dispatches[0].eventSeq;
  return events.filter(
    (e) =>
      e.seq >= first &&
      !INTERNAL_ACTIONS.has(e.action) &&
      !(insideUnit(e.fromState) && insideUnit(e.toState)),
  );
}

/**
 * A report's progress as it stood when it was last dispatched to a reader who sees it as dispatched
 * (readsAsDispatched): the state the dispatching step entered and when, the returns recorded up to
 * then, and as its version the number of dispatches received, which changes exactly when the
 * reader's view does. Nothing recorded after the dispatch shows through.
 */
export function progressAsDispatched(
  definition: WorkflowDefinition,
  events: ReadonlyArray<Pick<AuditEvent, 'seq' | 'action' | 'toState' | 'createdAt'>>,
  copy: CopyGrant,
): { state: string; enteredAt: Date; returnCount: number; version: number; updatedAt: Date } {
  const upToDispatch = events.filter((e) => e.seq <= copy.latest.eventSeq);
  const dispatching = upToDispatch[upToDispatch.length - 1];
  return {
    state: dispatching?.toState ?? definition.initial,
    enteredAt: dispatching?.createdAt ?? copy.latest.dispatchedAt,
    returnCount: upToDispatch.filter((e) => e.action === 'return').length,
    version: copy.dispatches.length,
    updatedAt: copy.latest.dispatchedAt,
  };
}

/** The history as of the latest dispatch: copyVisibleEvents, and nothing recorded after it. */
export function eventsAsDispatched<E extends Pick<AuditEvent, 'seq' | 'action' | 'fromState' | 'toState'>>(
  definition: WorkflowDefinition,
  events: E[],
  copy: CopyGrant,
): E[] {
  return copyVisibleEvents(definition, events, copy).filter((e) => e.seq <= copy.latest.eventSeq);
}
