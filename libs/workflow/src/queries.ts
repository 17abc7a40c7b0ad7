import { actingRoles, findState, findTransition, requireState, transitionsFrom } from './graph';
import {
  WITHDRAW_ACTION,
  type Actor,
  type AllowedAction,
  type LastTransition,
  type WorkflowRole,
  type StateId,
  type WorkflowDefinition,
  type WorkflowFacts,
} from './types';
import { checkWithdraw } from './withdraw';

/**
 * Read-only questions for the UI and the work queue. They agree with decide() because they use
 * the same definition lookups and the same withdraw rule.
 */

/**
 * Buttons to show: every action this actor may take now, with what each will ask for. Where an
 * action has alternatives, the one the report's facts select without any optional field is shown
 * (e.g. submit goes straight to sign-off while the meeting record stands).
 */
export function allowedActions(
  def: WorkflowDefinition,
  state: StateId,
  actor: Actor,
  lastTransition: LastTransition | null,
  facts: WorkflowFacts = {},
): AllowedAction[] {
  requireState(def, state);
  const actions: AllowedAction[] = [];
  const actionIds = [...new Set(transitionsFrom(def, state).map((t) => t.action))];
  for (const actionId of actionIds) {
    const transition = findTransition(def, state, actionId, { facts });
    if (!transition) continue;
    const actingRole = transition.roles.find((role) => actor.roles.includes(role));
    if (!actingRole) continue;
    actions.push({
      action: transition.action,
      to: transition.to,
      actingRole,
      commentRequired: transition.commentRequired ?? false,
      requiredFields: [...(transition.requiredFields ?? [])],
    });
  }
  const withdraw = checkWithdraw(def, state, actor, lastTransition);
  if (withdraw.ok) {
    actions.push({
      action: WITHDRAW_ACTION,
      to: withdraw.to,
      actingRole: withdraw.actingRole,
      commentRequired: false,
      requiredFields: [],
    });
  }
  return actions;
}

/** Roles that can move the report on or back from the state (withdraw excluded: it belongs to the last mover). */
export function rolesThatAct(def: WorkflowDefinition, state: StateId): WorkflowRole[] {
  requireState(def, state);
  return actingRoles(def, state);
}

/** States in which the role has something to do; the work-queue query filters reports by these. */
export function statesActionableBy(def: WorkflowDefinition, role: WorkflowRole): StateId[] {
  return def.states
    .filter((state) => transitionsFrom(def, state.id).some((transition) => transition.roles.includes(role)))
    .map((state) => state.id);
}

export function isFinal(def: WorkflowDefinition, state: StateId): boolean {
  requireState(def, state);
  return def.finals.includes(state);
}

/**
 * The Chinese label for display; falls back to the id so a stale state still renders. The
 * deliberation stage names the unit's own body when it is known: 集体审议（党组会议）.
 */
export function stateLabel(
  def: WorkflowDefinition,
  state: StateId,
  unit: { deliberationBody?: string | null } = {},
): string {
  const found = findState(def, state);
  if (!found) return state;
  return found.deliberation && unit.deliberationBody
    ? `${found.label}（${unit.deliberationBody}）`
    : found.label;
}
