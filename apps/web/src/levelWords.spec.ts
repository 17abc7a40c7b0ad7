import { areasBelow, coordinatorLabel, issuerLabel, levelLabels, officeName } from './levelWords';

describe('words from the user level and unit', () => {
  it('names the rule-of-law office after the place', () => {
    expect(coordinatorLabel({ name: '自治区司法厅', level: 'province' })).toBe('依法治区办（司法厅）经办人');
    expect(coordinatorLabel({ name: '昌吉州司法局', level: 'prefecture' })).toBe(
      '依法治州办（司法局）经办人',
    );
    expect(officeName({ name: '呼图壁县司法局', level: 'county' })).toBe('依法治县办');
    expect(officeName({ name: '昌吉市司法局', level: 'county' })).toBe('依法治市办');
    expect(officeName({ name: '某某司法局', level: 'prefecture' })).toBe('依法治市办');
  });

  it('shows a campaign issued at a government level as the office, a bureau as itself', () => {
    const prefecture = { name: '昌吉回族自治州', level: 'prefecture', kind: 'government' } as const;
    expect(issuerLabel(prefecture, prefecture)).toBe('昌吉回族自治州依法治州办');
    expect(issuerLabel({ name: '新疆维吾尔自治区' })).toBe('新疆维吾尔自治区依法治区办');
    expect(issuerLabel({ name: '呼图壁县' })).toBe('呼图壁县依法治县办');
    expect(issuerLabel({ name: '昌吉州交通运输局' })).toBe('昌吉州交通运输局');
    const office = { name: '依法治县办', level: 'county', kind: 'rule_of_law_office' } as const;
    expect(issuerLabel(office, office)).toBe('依法治县办');
  });

  it('an autonomous region names its levels its own way', () => {
    expect(levelLabels(true).province).toBe('自治区级');
    expect(levelLabels(true).prefecture).toBe('地（州、市）级');
    expect(levelLabels(false).prefecture).toBe('市（州）级');
    expect(areasBelow('province', true)).toBe('各地（州、市）');
    expect(areasBelow('prefecture', true)).toBe('各县（市、区）');
  });
});
