import { transitionEffects, withdrawEffects } from './effects';
import { checkRequiredFields, describeField, isBlank } from './fields';
import { findTransition, isBackward, requireState, transitionsFrom } from './graph';
import {
  WITHDRAW_ACTION,
  type ActionId,
  type ActionInput,
  type Actor,
  type Decision,
  type LastTransition,
  type Refusal,
  type StateId,
  type WorkflowDefinition,
} from './types';
import { checkWithdraw } from './withdraw';

/**
 * The one question the service asks before moving a report: may this actor take this action now,
 * and if so where does the report go and what must happen besides? Pure: the caller persists.
 *
 * Checks run from the most general to the most specific (action known, allowed in the state, role,
 * comment, fields) so the refusal names the first thing the user has to fix.
 */
export function decide(
  def: WorkflowDefinition,
  currentState: StateId,
  action: ActionId,
  actor: Actor,
  input: ActionInput,
  lastTransition: LastTransition | null,
): Decision {
  // A state outside the definition means corrupt data; that is a bug to surface, not a refusal.
  requireState(def, currentState);

  if (action === WITHDRAW_ACTION) {
    const permission = checkWithdraw(def, currentState, actor, lastTransition);
    if (!permission.ok) return permission;
    return {
      ok: true,
      from: currentState,
      to: permission.to,
      action,
      actingRole: permission.actingRole,
      effects: withdrawEffects(def, currentState, permission.to),
    };
  }

  if (!def.transitions.some((transition) => transition.action === action)) {
    return refuse('UNKNOWN_ACTION', `${action} is not an action of workflow ${def.id}`);
  }

  // Conditions test the report's facts and the fields sent (e.g. needsRedeliberation).
  const transition = findTransition(def, currentState, action, input);
  if (!transition) {
    // Each once: a state may have two transitions of one action under different conditions.
    const possible = [...new Set(transitionsFrom(def, currentState).map((t) => t.action))];
    const hint =
      possible.length > 0 ? `possible here: ${possible.join(', ')}` : 'nothing more can happen here';
    return refuse('ACTION_NOT_ALLOWED_IN_STATE', `${action} is not possible in ${currentState}; ${hint}`);
  }

  const actingRole = transition.roles.find((role) => actor.roles.includes(role));
  if (!actingRole) {
    const who = actor.roles.length > 0 ? actor.roles.join(', ') : 'a user without a role on this report';
    return {
      ...refuse(
        'ROLE_NOT_ALLOWED',
        `${who} may not ${action} in ${currentState} (needs ${transition.roles.join(' or ')})`,
      ),
      missingRoles: [...transition.roles],
    };
  }

  if (transition.commentRequired && isBlank(input.comment)) {
    const why = isBackward(def, transition) ? 'explaining what to change' : 'explaining why';
    return refuse('COMMENT_REQUIRED', `${action} needs a comment ${why}`);
  }

  const fieldProblem = checkRequiredFields(transition.requiredFields ?? [], input);
  if (fieldProblem?.kind === 'missing') {
    const needed = fieldProblem.fields.map(describeField).join(', ');
    return {
      ...refuse('FIELD_REQUIRED', `${action} in ${currentState} needs ${needed}`),
      missingFields: fieldProblem.fields,
    };
  }
  if (fieldProblem?.kind === 'invalid') {
    return { ...refuse('FIELD_INVALID', fieldProblem.message), invalidFields: fieldProblem.fields };
  }

  return {
    ok: true,
    from: currentState,
    to: transition.to,
    action,
    actingRole,
    effects: transitionEffects(def, transition),
  };
}

function refuse(code: Refusal['code'], message: string): Refusal {
  return { ok: false, code, message };
}
