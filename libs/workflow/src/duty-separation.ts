import { findState, findTransition, isBackward } from './graph';
import {
  WITHDRAW_ACTION,
  type ActionId,
  type StateId,
  type TransitionDecision,
  type WorkflowDefinition,
} from './types';

/**
 * Separation of duties (职责分离): the review chain exists so that other people look at a draft.
 * Within one pass through the chain — from the submit that leaves drafting until the report is back
 * in drafting (a return, or the submit withdrawn) — two rules hold:
 *
 * - `submitter_may_not_approve`: whoever submitted the revision under review may not approve it;
 * - `one_approval_per_pass`: nobody takes two approving steps in the same pass.
 *
 * An approving step is a forward move out of a state of kind `review` (the unit's own chain:
 * department, legal adviser, party group, leader sign-off), derived from the definition's data.
 * The level above accepting, the office numbering and sending the signed document (a `clerical`
 * step) or the drafter publishing are not approvals of the draft.
 */

export type DutySeparationRule = 'submitter_may_not_approve' | 'one_approval_per_pass';

/** One recorded step of the current pass (audit events after the report last entered drafting). */
export interface PassStep {
  action: ActionId;
  from: StateId | null;
  to: StateId;
  actorUserId: string;
}

export interface DutyConflict {
  rule: DutySeparationRule;
  message: string;
}

export function isApproval(def: WorkflowDefinition, from: StateId, action: ActionId): boolean {
  if (action === WITHDRAW_ACTION || findState(def, from)?.kind !== 'review') return false;
  const transition = findTransition(def, from, action);
  return transition !== undefined && !transition.clerical && !isBackward(def, transition);
}

/**
 * The moves of the pass still in effect: a withdraw undoes the move before it, so an approval taken
 * back does not count against the person who took it back. Saves and other events that are not
 * moves of the definition are ignored.
 */
function movesInEffect(def: WorkflowDefinition, pass: readonly PassStep[]): PassStep[] {
  const moves: PassStep[] = [];
  for (const step of pass) {
    if (step.action === WITHDRAW_ACTION) moves.pop();
    else if (step.from !== null && findTransition(def, step.from, step.action)) moves.push(step);
  }
  return moves;
}

/** Null when the decided move keeps the duties separate (or is not an approval at all). */
export function dutyConflict(
  def: WorkflowDefinition,
  decision: Pick<TransitionDecision, 'from' | 'action'>,
  actorUserId: string,
  pass: readonly PassStep[],
): DutyConflict | null {
  if (!isApproval(def, decision.from, decision.action)) return null;
  const moves = movesInEffect(def, pass);
  const submit = moves.find((move) => move.from === def.initial);
  if (submit?.actorUserId === actorUserId) {
    return {
      rule: 'submitter_may_not_approve',
      message:
        'Separation of duties: you submitted this revision for review, so another person must approve it ' +
        '(rule submitter_may_not_approve)',
    };
  }
  const earlier = moves.find(
    (move) =>
      move.actorUserId === actorUserId && move.from !== null && isApproval(def, move.from, move.action),
  );
  if (earlier) {
    return {
      rule: 'one_approval_per_pass',
      message:
        `Separation of duties: you already approved this report in ${earlier.from} in this review round, ` +
        'so another person must take this step; a return starts a new round (rule one_approval_per_pass)',
    };
  }
  return null;
}
