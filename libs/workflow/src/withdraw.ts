import { alternatives } from './graph';
import type { Actor, LastTransition, Refusal, WorkflowRole, StateId, WorkflowDefinition } from './types';

/**
 * Withdraw (撤回) is built in rather than listed in definitions: it is the inverse of whichever
 * withdrawable move happened last, so it needs the last recorded transition, not a static edge.
 */

export interface WithdrawPermission {
  ok: true;
  /** Where the report goes back to: the state the withdrawn move started from. */
  to: StateId;
  /** The role used for the move being undone, so the audit trail shows the same hat. */
  actingRole: WorkflowRole;
}

function refuse(message: string): Refusal {
  return { ok: false, code: 'WITHDRAW_NOT_ALLOWED', message };
}

export function checkWithdraw(
  def: WorkflowDefinition,
  currentState: StateId,
  actor: Actor,
  lastTransition: LastTransition | null,
): WithdrawPermission | Refusal {
  if (!lastTransition) return refuse('nothing to withdraw: the report has not moved yet');

  // The alternative actually taken: the one that led where the last step went.
  const undone = alternatives(def, lastTransition.from, lastTransition.action).find(
    (transition) => transition.to === lastTransition.to,
  );
  if (!undone?.withdrawable) {
    return refuse(`nothing to withdraw: the last step (${lastTransition.action}) cannot be withdrawn`);
  }
  if (lastTransition.to !== currentState) {
    return refuse('the next person has already acted, so the last step can no longer be withdrawn');
  }
  if (lastTransition.actorUserId !== actor.userId) {
    return refuse('only the person who moved it last may withdraw');
  }
  return { ok: true, to: lastTransition.from, actingRole: lastTransition.actorRole };
}
