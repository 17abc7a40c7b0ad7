import { BUILT_IN_DEFINITIONS } from '../../../libs/workflow/src/default-definition';
import { jointVariantsOf } from '../../../libs/workflow/src/joint-sign-off';
import { STATE_COLORS, stateLabel } from './labels';

describe('every state the API runs has its words in the console', () => {
  it('labels and colours each state of each path, the joint report’s 党委 sign-off included', () => {
    // The paths the API registers (libs/workflow registry.ts): the built-in ones and their joint variants.
    const states = [...BUILT_IN_DEFINITIONS, ...jointVariantsOf(BUILT_IN_DEFINITIONS)].flatMap(
      (d) => d.states,
    );
    expect(states.length).toBeGreaterThan(0);
    for (const state of states) {
      // Paths may word a state their own way (党组审议, 集体审议): the console has a word for each id.
      expect(stateLabel(state.id)).not.toBe(state.id);
      expect(stateLabel(state.id)).toMatch(/[\u4e00-\u9fff]/);
      expect(STATE_COLORS[state.id]).toBeDefined();
    }
    expect(stateLabel('co_leader_signoff')).toBe('党委主要负责人签发');
  });
});
