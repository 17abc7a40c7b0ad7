import { findFigures } from './figures';

const figures = (text: string) => findFigures(text, 'measures').map((f) => [f.kind, f.text]);

describe('findFigures', () => {
  it('reads counts, amounts and percentages', () => {
    expect(figures('共办理审批服务事项624件,网上办实现率达100%。投资2.5万元。罚款50.41万元。')).toEqual([
      ['count', '624件'],
      ['percent', '100%'],
      ['amount', '2.5万元'],
      ['amount', '50.41万元'],
    ]);
  });

  it('reads money written as 万 alone, and approximate figures', () => {
    const [f] = findFigures('先后投入180余万，建成监测调度中心。', 'measures');
    expect(f).toMatchObject({ kind: 'amount', value: 180, unit: '万', approximate: true });
    expect(findFigures('处罚金额约151.27万元。', 'measures')[0].approximate).toBe(true);
  });

  it('keeps the sentence and the offset', () => {
    const text = '第一句。\n全年开展联合执法43次，检查企业102家次。';
    const [a, b] = findFigures(text, 'shortcomings');
    expect(a).toMatchObject({
      text: '43次',
      sentence: '全年开展联合执法43次，检查企业102家次。',
      section: 'shortcomings',
    });
    expect(text.slice(a.offset, a.offset + 3)).toBe('43次');
    expect(b).toMatchObject({ text: '102家次', unit: '家次', value: 102 });
  });

  it('does not take dates, document numbers, article references or hotlines for figures', () => {
    expect(
      figures('3月27日，依据昌州政发[2017]58号和第22条，开通12345、12328热线，“6.16”安全宣传咨询日。'),
    ).toEqual([]);
  });

  it('reads 万 as part of a quantity unit', () => {
    expect(figures('转运货物4.32万吨，巡视总里程11.5万公里。')).toEqual([
      ['count', '4.32万吨'],
      ['count', '11.5万公里'],
    ]);
  });
});
