import type {
  ActionField,
  WorkflowRole,
  StateDefinition,
  StateId,
  TransitionCondition,
  TransitionDefinition,
  WorkflowDefinition,
  WorkflowFacts,
} from './types';

/**
 * Read-only questions about a definition's graph, shared by validation, decisions and queries.
 * Everything else derives "who acts next" and "is this a return" from here, so a definition with
 * more or fewer stages needs no code change.
 */

export function findState(def: WorkflowDefinition, id: StateId): StateDefinition | undefined {
  return def.states.find((state) => state.id === id);
}

/** For callers that hold a state taken from a report: an unknown state is corrupt data, not a user error. */
export function requireState(def: WorkflowDefinition, id: StateId): StateDefinition {
  const state = findState(def, id);
  if (!state) {
    throw new Error(`state "${id}" is not part of workflow ${def.id} v${def.version}`);
  }
  return state;
}

export function transitionsFrom(def: WorkflowDefinition, from: StateId): TransitionDefinition[] {
  return def.transitions.filter((transition) => transition.from === from);
}

/** Every alternative for (from, action), in definition order (several only when conditional). */
export function alternatives(def: WorkflowDefinition, from: StateId, action: string): TransitionDefinition[] {
  return def.transitions.filter((transition) => transition.from === from && transition.action === action);
}

/** What a transition's conditions are tested against. */
export interface ConditionInput {
  facts?: WorkflowFacts;
  fields?: Partial<Record<ActionField, string>>;
}

export function conditionHolds(condition: TransitionCondition, input: ConditionInput): boolean {
  if ('fact' in condition) return (input.facts?.[condition.fact] ?? false) === condition.is;
  return (input.fields?.[condition.field] ?? '').trim() === condition.equals;
}

/** The transition taken for (from, action): the first alternative whose conditions all hold. */
export function findTransition(
  def: WorkflowDefinition,
  from: StateId,
  action: string,
  input: ConditionInput = {},
): TransitionDefinition | undefined {
  return alternatives(def, from, action).find((transition) =>
    (transition.when ?? []).every((condition) => conditionHolds(condition, input)),
  );
}

/**
 * Breadth-first distance from the initial state; unreachable states are absent. With
 * `mainPathOnly`, conditional transitions (shortcuts such as "straight to sign-off while the
 * meeting record stands") are left out, so they do not make later stages look close to drafting.
 */
export function distancesFromInitial(
  def: WorkflowDefinition,
  { mainPathOnly = false }: { mainPathOnly?: boolean } = {},
): Map<StateId, number> {
  const distances = new Map<StateId, number>([[def.initial, 0]]);
  const queue: StateId[] = [def.initial];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const distance = distances.get(next) ?? 0;
    for (const transition of transitionsFrom(def, next)) {
      if (mainPathOnly && transition.when) continue;
      if (!distances.has(transition.to)) {
        distances.set(transition.to, distance + 1);
        queue.push(transition.to);
      }
    }
  }
  return distances;
}

/**
 * A transition is a step back (a return) when it leads closer to the initial state than where it
 * starts, measured along the main (unconditional) path. Deriving this from the graph keeps
 * definitions free of a separate "kind" flag.
 */
export function isBackward(def: WorkflowDefinition, transition: TransitionDefinition): boolean {
  const distances = distancesFromInitial(def, { mainPathOnly: true });
  const from = distances.get(transition.from) ?? Number.POSITIVE_INFINITY;
  const to = distances.get(transition.to) ?? Number.POSITIVE_INFINITY;
  return to < from;
}

function uniqueRoles(transitions: TransitionDefinition[]): WorkflowRole[] {
  const roles: WorkflowRole[] = [];
  for (const transition of transitions) {
    for (const role of transition.roles) {
      if (!roles.includes(role)) roles.push(role);
    }
  }
  return roles;
}

/** Roles that can take any defined action (forward or return) from the state. */
export function actingRoles(def: WorkflowDefinition, state: StateId): WorkflowRole[] {
  return uniqueRoles(transitionsFrom(def, state));
}

/**
 * Roles that move the report on from the state: the people who must act next when it arrives.
 * Falls back to every acting role for a state that can only send the report back.
 */
export function nextActorRoles(def: WorkflowDefinition, state: StateId): WorkflowRole[] {
  const outgoing = transitionsFrom(def, state);
  const forward = outgoing.filter((transition) => !isBackward(def, transition));
  return uniqueRoles(forward.length > 0 ? forward : outgoing);
}
