import type { WorkflowDefinition } from './types';

/**
 * A review path whose external part ends when the level above accepts (已接收), published as a new
 * version of `def` (issue #18 item 1). Public disclosure (保密审查 → 公开) is the unit's own duty,
 * tracked apart from the review (the disclosure track), so the old `accepted → published` step and
 * its 公开 action are gone: `accepted` becomes the final state. Reports already under way keep the
 * version they started with, so their 公开 action keeps working against it.
 */
export function endingAtAcceptance(def: WorkflowDefinition, version: number): WorkflowDefinition {
  if (version <= def.version) {
    throw new Error(`${def.id}: a new version must come after v${def.version} (got v${version})`);
  }
  const publicationStates = new Set(def.finals);
  return {
    ...def,
    version,
    finals: ['accepted'],
    states: def.states
      .filter((state) => !publicationStates.has(state.id))
      .map((state) => (state.id === 'accepted' ? { ...state, kind: 'final' as const } : state)),
    transitions: def.transitions.filter(
      (t) => !publicationStates.has(t.to) && !publicationStates.has(t.from),
    ),
  };
}
