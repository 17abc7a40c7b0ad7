import {
  WITHDRAW_ACTION,
  type ActionId,
  type Actor,
  type Refusal,
  type WorkflowRole,
  type WorkflowDefinition,
} from './types';

/**
 * The part of the decision that does not depend on where the report is now: is the action known,
 * and does the actor hold any role that may take it in some state? The service asks this before it
 * compares versions, so a user who may never take the action hears "needs <role>" (403) rather than
 * "reload and try again" (409) — reloading would not help them.
 *
 * Withdraw belongs to whoever moved the report last, whatever their role, so it always passes here.
 */
export function refusalRegardlessOfState(
  def: WorkflowDefinition,
  action: ActionId,
  actor: Actor,
): Refusal | null {
  if (action === WITHDRAW_ACTION) return null;
  const roles: WorkflowRole[] = [];
  for (const transition of def.transitions) {
    if (transition.action !== action) continue;
    for (const role of transition.roles) if (!roles.includes(role)) roles.push(role);
  }
  if (roles.length === 0) {
    return { ok: false, code: 'UNKNOWN_ACTION', message: `${action} is not an action of workflow ${def.id}` };
  }
  if (roles.some((role) => actor.roles.includes(role))) return null;
  const who = actor.roles.length > 0 ? actor.roles.join(', ') : 'a user without a role on this report';
  return {
    ok: false,
    code: 'ROLE_NOT_ALLOWED',
    message: `${who} may not ${action} this report at any stage (needs ${roles.join(' or ')})`,
    missingRoles: roles,
  };
}
