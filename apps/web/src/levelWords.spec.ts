import { areasBelow, coordinatorLabel, levelLabels, officeName } from './levelWords';

describe('words from the user level and unit', () => {
  it('names the rule-of-law office after the place', () => {
    expect(coordinatorLabel({ name: '自治区司法厅', level: 'province' })).toBe('协调员（司法厅/依法治区办）');
    expect(coordinatorLabel({ name: '昌吉州司法局', level: 'prefecture' })).toBe(
      '协调员（司法局/依法治州办）',
    );
    expect(officeName({ name: '呼图壁县司法局', level: 'county' })).toBe('依法治县办');
    expect(officeName({ name: '昌吉市司法局', level: 'county' })).toBe('依法治市办');
    expect(officeName({ name: '某某司法局', level: 'prefecture' })).toBe('依法治市办');
  });

  it('an autonomous region names its levels its own way', () => {
    expect(levelLabels(true).province).toBe('自治区级');
    expect(levelLabels(true).prefecture).toBe('地（州、市）级');
    expect(levelLabels(false).prefecture).toBe('市（州）级');
    expect(areasBelow('province', true)).toBe('各地（州、市）');
    expect(areasBelow('prefecture', true)).toBe('各县（市、区）');
  });
});
