import { documentName, issuerLabel, officeName } from './office-words';

describe('the issuer named as its rule-of-law office', () => {
  it('names the office after the place', () => {
    expect(officeName({ name: '呼图壁县司法局', level: 'county' })).toBe('依法治县办');
    expect(officeName({ name: '昌吉市司法局', level: 'county' })).toBe('依法治市办');
    expect(officeName({ name: '某某司法局', level: 'prefecture' })).toBe('依法治市办');
    expect(officeName({ name: '新疆维吾尔自治区', level: 'province' })).toBe('依法治区办');
  });

  it('a government issuer is its office; a bureau or an office stays itself', () => {
    const prefecture = { name: '昌吉回族自治州', level: 'prefecture', kind: 'government' } as const;
    expect(issuerLabel(prefecture, prefecture)).toBe('昌吉回族自治州依法治州办');
    const county = { name: '呼图壁县', level: 'county', kind: 'government' } as const;
    expect(issuerLabel(county, county)).toBe('呼图壁县依法治县办');
    const bureau = { name: '昌吉州交通运输局', level: 'prefecture', kind: 'department' } as const;
    expect(issuerLabel(bureau, bureau)).toBe('昌吉州交通运输局');
    const office = { name: '依法治县办', level: 'county', kind: 'rule_of_law_office' } as const;
    expect(issuerLabel(office, office)).toBe('依法治县办');
  });

  it('without the kind, the name decides', () => {
    expect(issuerLabel({ name: '新疆维吾尔自治区' })).toBe('新疆维吾尔自治区依法治区办');
    expect(issuerLabel({ name: '呼图壁县' })).toBe('呼图壁县依法治县办');
    expect(issuerLabel({ name: '昌吉州交通运输局' })).toBe('昌吉州交通运输局');
    expect(issuerLabel({ name: '昌吉州司法局' })).toBe('昌吉州司法局');
  });
});

describe('documentName: a unit as the 主送 and 抄送 lines of a 公文 name it', () => {
  it('names a government in full, since the tree names it by its place', () => {
    expect(documentName({ name: '呼图壁县', kind: 'government' })).toBe('呼图壁县人民政府');
    expect(documentName({ name: '昌吉回族自治州', kind: 'government' })).toBe('昌吉回族自治州人民政府');
    expect(documentName({ name: '呼图壁县人民政府', kind: 'government' })).toBe('呼图壁县人民政府');
    // A tag after a full name (a test's, a sandbox's) is not followed by a second 人民政府.
    expect(documentName({ name: '测试州人民政府-4acb4669', kind: 'government' })).toBe(
      '测试州人民政府-4acb4669',
    );
  });

  it('names every other unit as the tree does', () => {
    expect(documentName({ name: '呼图壁县委', kind: 'party_committee' })).toBe('呼图壁县委');
    expect(documentName({ name: '昌吉州市场监督管理局', kind: 'department' })).toBe('昌吉州市场监督管理局');
  });
});
