import type { StateDefinition, TransitionDefinition, WorkflowDefinition } from './types';

/*
 * The joint 党委+政府 report's sign-off (联合报告会签, issue #17): both principal leaders sign the one
 * report before the office numbers and sends it. Every review path with a principal leader's
 * sign-off has a joint variant, chosen for a report with a co-reporting unit when it is created
 * (reports keep the definition they started with, so reports already under way are untouched).
 *
 * The order is fixed, government first, then the 党委's principal leader (书记): the report is the
 * government's text and its office prepares it, so its own leader signs before it goes across to
 * the 党委, whose secretary, as first responsible person for the rule of law (第一责任人), gives the
 * last signature; one state per signature keeps the chain linear, so who is waited on, the stage
 * deadline, reminders and withdraw work as for every other stage.
 */

/** The 党委's principal leader's sign-off state of a joint variant. */
export const CO_SIGN_OFF_STATE: StateDefinition = {
  id: 'co_leader_signoff',
  label: '党委主要负责人签发',
  kind: 'review',
  hasStageDeadline: true,
};

const JOINT_ID_SUFFIX = '-joint';

/** The id of a path's joint variant. */
export function jointVariantId(id: string): string {
  return `${id}${JOINT_ID_SUFFIX}`;
}

/** Whether a definition is a joint variant (not a path a unit chooses: the report's co-reporting unit does). */
export function isJointVariant(def: Pick<WorkflowDefinition, 'id'>): boolean {
  return def.id.endsWith(JOINT_ID_SUFFIX);
}

/** The transition that records the principal leader's sign-off, if the path has one. */
function signOffOf(def: WorkflowDefinition): TransitionDefinition | undefined {
  return def.transitions.find((t) => t.records?.includes('record_sign_off'));
}

/**
 * The joint variant of a path, or null when it has no sign-off to pair: the government's leader's
 * sign-off leads to the co-sign-off state, where only `co_reporting_leader` (the co-reporting
 * 党委's principal leader, derived by the service) signs (record_co_sign_off) and goes on where the
 * single sign-off went; the 党委's leader may return it to drafting like the government's.
 */
export function jointVariantOf(def: WorkflowDefinition): WorkflowDefinition | null {
  const signOff = signOffOf(def);
  if (!signOff) return null;
  const coState = CO_SIGN_OFF_STATE.id;
  const transitions = def.transitions.map((t) => (t === signOff ? { ...t, to: coState } : t));
  const returnsFromSignOff = def.transitions.filter(
    (t) => t.from === signOff.from && t.action !== signOff.action,
  );
  const states = def.states.flatMap((state) =>
    state.id === signOff.from ? [state, CO_SIGN_OFF_STATE] : [state],
  );
  return {
    ...def,
    id: jointVariantId(def.id),
    states,
    transitions: [
      ...transitions,
      {
        from: coState,
        action: signOff.action,
        to: signOff.to,
        roles: ['co_reporting_leader'],
        withdrawable: true,
        records: ['record_co_sign_off'],
      },
      ...returnsFromSignOff.map((t) => ({ ...t, from: coState, roles: ['co_reporting_leader' as const] })),
    ],
  };
}

/** The joint variants of the given paths (those with a sign-off), for the registry. */
export function jointVariantsOf(defs: readonly WorkflowDefinition[]): WorkflowDefinition[] {
  return defs.flatMap((def) => jointVariantOf(def) ?? []);
}
