import { DEFAULT_DEFINITION, LEADER_SIGNOFF_DEFINITION } from './default-definition';
import { DEFAULT_DEFINITION_V2 } from './deliberation-chain';
import { jointVariantOf } from './joint-sign-off';
import { isSignedOff } from './signed-off';

const signedOffStates = (def: Parameters<typeof isSignedOff>[0]) =>
  def.states.filter((s) => isSignedOff(def, s.id)).map((s) => s.id);

describe('isSignedOff: where the disclosure track may begin', () => {
  it('is the numbering stage after the leader signs, and every state outside the unit', () => {
    expect(signedOffStates(DEFAULT_DEFINITION_V2)).toEqual([
      'dispatching',
      'submitted',
      'accepted',
      'published',
    ]);
  });

  it('waits for the 党委 leader’s signature on a joint report', () => {
    const joint = jointVariantOf(DEFAULT_DEFINITION_V2)!;
    expect(isSignedOff(joint, 'co_leader_signoff')).toBe(false);
    expect(signedOffStates(joint)).toEqual(['dispatching', 'submitted', 'accepted', 'published']);
  });

  it('is the report’s leaving the unit on a path that records no sign-off', () => {
    for (const def of [DEFAULT_DEFINITION, LEADER_SIGNOFF_DEFINITION])
      expect(signedOffStates(def)).toEqual(['submitted', 'accepted', 'published']);
  });

  it('is never a state still inside the review', () => {
    for (const state of ['drafting', 'dept_review', 'legal_review', 'party_approval', 'leader_signoff'])
      expect(isSignedOff(DEFAULT_DEFINITION_V2, state)).toBe(false);
  });
});
