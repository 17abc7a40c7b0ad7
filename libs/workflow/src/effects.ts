import { findState, isBackward, nextActorRoles, requireState } from './graph';
import type { Effect, WorkflowRole, StateId, TransitionDefinition, WorkflowDefinition } from './types';

/**
 * What the service must do besides changing the state. Derived only from the definition's data
 * (stage deadlines, state kinds, who acts next), never from state names, so custom paths get the
 * same behaviour.
 */

type NotifyReason = Extract<Effect, { type: 'notify' }>['reason'];

/** A state that only the coordinator can move on waits for the level above, whose users are elsewhere. */
function notify(roles: WorkflowRole[], reason: NotifyReason): Effect[] {
  if (roles.length === 0) return [];
  const audience = roles.every((role) => role === 'coordinator') ? 'receiving_unit' : 'own_unit';
  return [{ type: 'notify', audience, roles, reason }];
}

/** Leaving a state closes its stage clock; entering one opens the next. */
function deadlineEffects(def: WorkflowDefinition, from: StateId, to: StateId): Effect[] {
  const effects: Effect[] = [];
  if (findState(def, from)?.hasStageDeadline) effects.push({ type: 'close_stage_deadline', state: from });
  if (findState(def, to)?.hasStageDeadline) effects.push({ type: 'open_stage_deadline', state: to });
  return effects;
}

function notificationFor(def: WorkflowDefinition, transition: TransitionDefinition): Effect[] {
  const entered = requireState(def, transition.to);
  if (entered.kind === 'final') {
    // Where the review ends at 已接收 (disclosure is its own track), the level above accepting is
    // the end: the unit's drafters and leader hear of it, as they do when 已接收 is not final.
    if (transition.roles.includes('coordinator')) return notify(['drafter', 'unit_leader'], 'accepted');
    // Nobody acts any more; the level above tracks public disclosure, so it hears about it.
    return notify(['coordinator'], 'published');
  }
  const nextRoles = nextActorRoles(def, entered.id);
  if (isBackward(def, transition)) return notify(nextRoles, 'returned');
  // The level above moving a report forward out of its hands is an acceptance.
  if (requireState(def, transition.from).kind === 'external') return notify(nextRoles, 'accepted');
  return notify(nextRoles, 'action_required');
}

export function transitionEffects(def: WorkflowDefinition, transition: TransitionDefinition): Effect[] {
  return [
    ...deadlineEffects(def, transition.from, transition.to),
    ...notificationFor(def, transition),
    ...(transition.records ?? []).map((type) => ({ type })),
  ];
}

/** Withdraw goes back to `backTo`; the people who were about to act on `leaving` learn it is gone. */
export function withdrawEffects(def: WorkflowDefinition, leaving: StateId, backTo: StateId): Effect[] {
  return [...deadlineEffects(def, leaving, backTo), ...notify(nextActorRoles(def, leaving), 'withdrawn')];
}
