import { distancesFromInitial, transitionsFrom } from './graph';
import {
  ACTION_FIELDS,
  RECORD_KEEPING,
  ROLES,
  DERIVED_ROLES,
  WORKFLOW_FACTS,
  WITHDRAW_ACTION,
  type Role,
  type WorkflowRole,
  type StateId,
  type TransitionDefinition,
  type WorkflowDefinition,
} from './types';

/**
 * A definition is checked before any report can use it (registry.ts), so a configuration mistake
 * shows up at start-up instead of as a report stuck in a state nobody can leave.
 * Returns every problem at once so the author can fix them in one pass; empty means valid.
 */
export function validateDefinition(def: WorkflowDefinition): string[] {
  const problems: string[] = [];
  const stateIds = new Set(def.states.map((state) => state.id));

  if (!def.id.trim()) problems.push('definition id is empty');
  if (!Number.isInteger(def.version) || def.version < 1) {
    problems.push(`version must be a positive integer, got ${def.version}`);
  }

  const seenStates = new Set<StateId>();
  for (const state of def.states) {
    if (seenStates.has(state.id)) problems.push(`state ${state.id} is defined more than once`);
    seenStates.add(state.id);
    // finals and kind 'final' say the same thing twice; they must agree or queries would disagree.
    if ((state.kind === 'final') !== def.finals.includes(state.id)) {
      problems.push(`state ${state.id}: kind 'final' and the finals list disagree`);
    }
  }

  if (!stateIds.has(def.initial)) problems.push(`initial state ${def.initial} is not defined`);
  if (def.finals.length === 0) problems.push('there is no final state');
  for (const final of def.finals) {
    if (!stateIds.has(final)) problems.push(`final state ${final} is not defined`);
  }

  problems.push(...transitionProblems(def, stateIds));
  if (stateIds.has(def.initial)) problems.push(...graphProblems(def));
  return problems;
}

function transitionProblems(def: WorkflowDefinition, stateIds: Set<StateId>): string[] {
  const problems: string[] = [];
  for (const t of def.transitions) {
    const name = `${t.from} --${t.action}--> ${t.to}`;
    if (!stateIds.has(t.from)) problems.push(`${name}: unknown state ${t.from}`);
    if (!stateIds.has(t.to)) problems.push(`${name}: unknown state ${t.to}`);
    if (def.finals.includes(t.from)) problems.push(`${name}: leaves final state ${t.from}`);
    if (t.action === WITHDRAW_ACTION)
      problems.push(`${name}: ${WITHDRAW_ACTION} is built in and cannot be defined`);
    if (t.roles.length === 0) problems.push(`${name}: no role may take it`);
    for (const role of t.roles) {
      if (!isWorkflowRole(role)) problems.push(`${name}: unknown role ${role}`);
    }
    for (const field of t.requiredFields ?? []) {
      if (!Object.hasOwn(ACTION_FIELDS, field)) problems.push(`${name}: unknown required field ${field}`);
    }
    for (const record of t.records ?? []) {
      if (!(RECORD_KEEPING as readonly string[]).includes(record)) {
        problems.push(`${name}: unknown record keeping ${record}`);
      }
    }
    problems.push(...conditionProblems(name, t));
  }
  return [...problems, ...alternativeProblems(def)];
}

function conditionProblems(name: string, t: TransitionDefinition): string[] {
  if (t.when === undefined) return [];
  if (t.when.length === 0) return [`${name}: an empty condition list; leave \`when\` out instead`];
  return t.when.flatMap((condition) => {
    if ('fact' in condition) {
      return Object.hasOwn(WORKFLOW_FACTS, condition.fact)
        ? []
        : [`${name}: condition on unknown fact ${condition.fact}`];
    }
    return Object.hasOwn(ACTION_FIELDS, condition.field)
      ? []
      : [`${name}: condition on unknown field ${condition.field}`];
  });
}

/**
 * decide() takes the first alternative for (from, action) whose conditions hold. Every alternative
 * but the last must have conditions (otherwise the later ones could never be taken) and the last
 * must have none, so the action always goes somewhere.
 */
function alternativeProblems(def: WorkflowDefinition): string[] {
  const groups = new Map<string, TransitionDefinition[]>();
  for (const t of def.transitions) {
    const key = `${t.from} ${t.action}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const problems: string[] = [];
  for (const group of groups.values()) {
    group.forEach((t, index) => {
      // An earlier unconditional alternative is always taken first: this one never would be.
      if (group.slice(0, index).some((earlier) => !earlier.when)) {
        problems.push(`${t.from} --${t.action}--> ${t.to}: a second ${t.action} from ${t.from}`);
      }
    });
    const last = group[group.length - 1];
    if (group.length > 1 && last.when) {
      problems.push(
        `${last.action} from ${last.from}: the last alternative must be unconditional (the fallback)`,
      );
    }
  }
  return problems;
}

function graphProblems(def: WorkflowDefinition): string[] {
  const problems: string[] = [];
  const reachable = distancesFromInitial(def);
  const canFinish = statesThatReachAFinal(def);
  for (const state of def.states) {
    if (!reachable.has(state.id)) problems.push(`state ${state.id} cannot be reached from ${def.initial}`);
    if (def.finals.includes(state.id)) continue;
    if (transitionsFrom(def, state.id).length === 0) {
      problems.push(`state ${state.id} is a dead end: no transition leaves it`);
    } else if (!canFinish.has(state.id)) {
      problems.push(`state ${state.id} is a trap: no path from it reaches a final state`);
    }
  }
  return problems;
}

/** Walk the transitions backwards from the finals. */
function statesThatReachAFinal(def: WorkflowDefinition): Set<StateId> {
  const reached = new Set<StateId>(def.finals);
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of def.transitions) {
      if (reached.has(t.to) && !reached.has(t.from)) {
        reached.add(t.from);
        grew = true;
      }
    }
  }
  return reached;
}

export function assertValidDefinition(def: WorkflowDefinition): void {
  const problems = validateDefinition(def);
  if (problems.length > 0) {
    const name = `${String(def.id)} v${String(def.version)}`;
    throw new Error(`workflow definition ${name} is invalid:\n- ${problems.join('\n- ')}`);
  }
}

/** Exported for tests and for callers building definitions from untyped configuration. */
export function isKnownRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** A role a definition may name: an assignable one or one the service derives (DERIVED_ROLES). */
export function isWorkflowRole(value: string): value is WorkflowRole {
  return isKnownRole(value) || (DERIVED_ROLES as readonly string[]).includes(value);
}
