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
 * Steps recorded while the report waits above (so they look like steps outside the unit) that are
 * not the copy recipient's to read: the unit's 保密审查 of what it will publish, with its reviewer
 * and comment; and the 问题清单 between an issuing office and the unit (raised, answered, closed,
 * reopened), which GET /findings refuses a copy recipient (pen test, stop 40: the history gave them
 * the findings' texts and the unit's 整改 measures); and a save, which never crosses the boundary:
 * the 公开版标注 of an accepted report is saved while it waits above, and the issuing office read
 * its revision and author in the history while the revision itself was 404 to it (pen test, stop 50).
 */
const INTERNAL_ACTIONS = new Set([
  'save',
  'disclosure-review',
  'finding_raised',
  'finding_answered',
  'finding_closed',
  'finding_reopened',
]);

/**
 * An office's decision on its receipt crosses the boundary whatever the report's state: an office
 * accepting while another office's return had the report back in drafting was recorded from
 * drafting to drafting, and read as the unit's own step, so the accepting office did not find its
 * own acceptance in the history (scenario test, stop 53).
 */
const RECEIPT_DECISIONS = new Set(['receipt_accepted', 'receipt_returned']);

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
      (RECEIPT_DECISIONS.has(e.action) || !(insideUnit(e.fromState) && insideUnit(e.toState))),
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
  events: ReadonlyArray<Pick<AuditEvent, 'seq' | 'action' | 'fromState' | 'toState' | 'createdAt'>>,
  copy: CopyGrant,
): { state: string; enteredAt: Date; returnCount: number; version: number; updatedAt: Date } {
  const upToDispatch = events.filter((e) => e.seq <= copy.latest.eventSeq);
  const dispatching = upToDispatch[upToDispatch.length - 1];
  return {
    state: dispatching?.toState ?? definition.initial,
    enteredAt: dispatching?.createdAt ?? copy.latest.dispatchedAt,
    returnCount: returnsSeen(definition, upToDispatch, copy),
    version: copy.dispatches.length,
    updatedAt: copy.latest.dispatchedAt,
  };
}

/**
 * The returns a reader outside the unit may count: those from above, shown in its history. The
 * count of every return, the unit's internal review included, told a 县委办 reading a bureau's
 * report "退回次数（含内部审核）3 次" (a civil servant's walk, stop 42).
 */
export function returnsSeen(
  definition: WorkflowDefinition,
  events: ReadonlyArray<Pick<AuditEvent, 'seq' | 'action' | 'fromState' | 'toState'>>,
  copy: CopyGrant,
): number {
  return copyVisibleEvents(definition, [...events], copy).filter((e) => e.action === 'return').length;
}

/** Steps whose comment is the acting office's word to the unit, not to the unit's other recipients. */
const DECISIONS_ABOVE = new Set(['return', 'receipt_returned', 'receipt_accepted']);

/**
 * Whether a recipient reading as dispatched (a 主送 or 抄送 unit with no receipt to decide) may read a
 * step's comment: not an office's decision on the report, made by a unit other than its own (the
 * return reasons were written to the unit; a 县委办 read the 州司法局's and the 依法治县办's, a civil
 * servant's walk, stop 42). The step itself stays: it explains a new dispatch.
 */
export function commentShownToCopyReader(
  event: Pick<AuditEvent, 'action' | 'actorUnitId'>,
  readerUnitIds: ReadonlySet<string>,
): boolean {
  return !DECISIONS_ABOVE.has(event.action) || readerUnitIds.has(event.actorUnitId);
}

/** The history as of the latest dispatch: copyVisibleEvents, and nothing recorded after it. */
export function eventsAsDispatched<E extends Pick<AuditEvent, 'seq' | 'action' | 'fromState' | 'toState'>>(
  definition: WorkflowDefinition,
  events: E[],
  copy: CopyGrant,
): E[] {
  return copyVisibleEvents(definition, events, copy).filter((e) => e.seq <= copy.latest.eventSeq);
}
