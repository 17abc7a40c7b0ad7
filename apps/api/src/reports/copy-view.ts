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

/** Events the copy recipient may read: boundary steps from its first dispatch on. */
export function copyVisibleEvents<E extends Pick<AuditEvent, 'seq' | 'fromState' | 'toState'>>(
  definition: WorkflowDefinition,
  events: E[],
  copy: CopyGrant,
): E[] {
  const insideUnit = (state: string | null) => {
    const kind = definition.states.find((s) => s.id === state)?.kind;
    return kind === undefined || kind === 'drafting' || kind === 'review';
  };
  const first = copy.dispatches[0].eventSeq;
  return events.filter((e) => e.seq >= first && !(insideUnit(e.fromState) && insideUnit(e.toState)));
}
