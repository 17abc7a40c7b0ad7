import type { StateId, WorkflowDefinition } from './types';

const SIGNATURES = ['record_sign_off', 'record_co_sign_off'] as const;

/**
 * Whether a report in this state stands signed off (签发): its principal leader (both, for a joint
 * report) signed the text, whether or not the office has numbered and sent it yet. The domain's
 * disclosure track runs "in parallel from sign-off": a unit whose dispatch waits for a 文号 or a
 * stamped scan may still clear and publish its report (external QA, stop 52).
 *
 * Read from the definition: the state the last signature leads to (not a state where another
 * signature is still owed), and every state outside the unit. A path without a recorded sign-off
 * is signed off once it has left the unit.
 */
export function isSignedOff(definition: WorkflowDefinition, state: StateId): boolean {
  const kind = definition.states.find((s) => s.id === state)?.kind;
  if (kind === 'external' || kind === 'final') return true;
  const signing = definition.transitions.filter((t) =>
    t.records?.some((r) => (SIGNATURES as readonly string[]).includes(r)),
  );
  return signing.some((t) => t.to === state) && !signing.some((t) => t.from === state);
}
