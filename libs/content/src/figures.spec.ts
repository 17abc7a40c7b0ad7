import { checkCompleteness } from './completeness';
import { findFigures, MAX_FIGURES, SENTENCE_CHARS } from './figures';

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

  it('reads a figure written with thousands separators as one figure', () => {
    const found = findFigures('全年查处违法案件1,046起，罚没款1，234.5万元。', 'measures');
    expect(found.map((f) => [f.text, f.value])).toEqual([
      ['1,046起', 1046],
      ['1,234.5万元', 1234.5],
    ]);
    // Not three digits after the comma: no figure is made of the digits after it.
    expect(findFigures('编号12,3456件。', 'measures')).toEqual([]);
  });

  it('cuts a long sentence to the words around each figure', () => {
    const long = `${'加强行政执法监督，'.repeat(30)}全年办理案件327件，${'规范执法行为，'.repeat(30)}。`;
    const [f] = findFigures(long, 'measures');
    expect(f.text).toBe('327件');
    expect(f.sentence).toContain('全年办理案件327件');
    expect(f.sentence.startsWith('…') && f.sentence.endsWith('…')).toBe(true);
    expect(f.sentence.length).toBeLessThanOrEqual(SENTENCE_CHARS + 2);
  });

  // Penetration test (stop 53): one sentence of 33,000 figures (99 KB) came back with the whole
  // sentence for each, gigabytes of answer; the check's answer is now bounded by the figures it lists.
  it('lists at most MAX_FIGURES figures, each with a bounded sentence, for a sentence of figures only', () => {
    const text = '1万元'.repeat(33_000);
    const sections = { measures: text, shortcomings: 'x', leadersDuty: 'x', nextYearPlan: 'x', other: 'x' };
    const result = checkCompleteness(sections, { campaignYear: 2026, unitName: '某县' });
    expect(result.figures).toHaveLength(MAX_FIGURES);
    expect(result.figures.every((f) => f.sentence.length <= SENTENCE_CHARS + 2)).toBe(true);
    expect(result.figures.slice(0, 3).map((f) => f.offset)).toEqual([0, 3, 6]);
    expect(JSON.stringify(result).length).toBeLessThan(1_000_000);
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
