import { classifyHeading, leadersDutyScore } from './classify';

describe('classifyHeading', () => {
  it.each([
    // item 1
    ['2023年度推进法治政府建设的主要举措和成效', 2023, 1],
    ['2021年法治政府建设情况', 2021, 1],
    ['主要做法及成效', undefined, 1],
    // item 2
    ['存在的问题和建议', 2021, 2],
    ['存在的不足和原因', undefined, 2],
    ['存在问题', undefined, 2],
    ['2023年度推进法治政府建设存在的不足和原因', 2023, 2],
    ['短板弱项', undefined, 2],
    // item 3
    ['2023年度党政主要负责人履行推进法治建设第一责任人职责,加强法治政府建设有关情况', 2023, 3],
    ['主要负责人履行法治建设职责情况', undefined, 3],
    // item 4
    ['下一步计划', undefined, 4],
    ['2022年主要工作思路及措施', 2021, 4],
    ['下一年度法治政府建设的工作计划', undefined, 4],
    ['2024年推进法治政府建设主要工作思路', 2023, 4],
    ['2024年工作重点', 2023, 4],
    // item 5
    ['其他需要报告的情况', undefined, 5],
  ])('%s -> item %#', (title, year, item) => {
    expect(classifyHeading(title, year)?.item).toBe(item);
  });

  it('is surer of a plan when its year is the next year', () => {
    expect(classifyHeading('2022年主要工作思路及措施', 2021)?.confidence).toBe(0.95);
    expect(classifyHeading('主要工作思路及措施')?.confidence).toBe(0.8);
  });

  // Was item 2 ("the keyword written first wins"); issue #14 item 8: problems written together with the next
  // steps are the plan's section, and the reason still points at item 2 for the drafter to check.
  it('puts problems written together with next steps or rectification in item 4, and says so', () => {
    for (const title of [
      '存在的问题和下一步工作打算',
      '存在问题及整改措施和下一步工作打算',
      '存在问题及整改措施',
    ]) {
      const c = classifyHeading(title);
      expect({ title, item: c?.item }).toEqual({ title, item: 4 });
      expect(c?.reason).toContain('第2项');
    }
  });

  it('keeps a heading about problems alone in item 2', () => {
    for (const title of [
      '存在的问题和不足',
      '存在问题',
      '存在的问题和建议',
      '存在的不足和原因',
      '问题及原因分析',
    ])
      expect({ title, item: classifyHeading(title)?.item }).toEqual({ title, item: 2 });
  });

  // Every next-year word: the regulation's 下一年度, the fixtures' 下一步, and the abbreviations drafters use.
  it.each([
    '整改措施及下步打算',
    '存在问题及整改措施和下一步工作打算',
    '下步工作思路',
    '下一步工作打算',
    '今后工作打算',
    '明年工作计划',
    '下一年度工作安排',
    '下年度工作重点',
    '下年工作打算',
    '下阶段工作思路',
    '下一阶段重点工作',
    '来年工作设想',
    '新的一年工作打算',
    '新一年工作思路',
    '次年工作计划',
    '下一年度推进法治政府建设的主要安排',
  ])('%s -> item 4', (title) => {
    const c = classifyHeading(title, 2024);
    expect(c?.item).toBe(4);
    expect(c?.confidence).toBeGreaterThanOrEqual(0.85);
  });

  it('reads rectification still to be done as the plan, rectification done this year not', () => {
    expect(classifyHeading('整改措施')?.item).toBe(4);
    expect(classifyHeading('整改方向')?.item).toBe(4);
    expect(classifyHeading('督察反馈问题整改情况')?.item).not.toBe(4);
    expect(classifyHeading('整改措施落实情况')?.item).not.toBe(4);
  });

  it('returns undefined for a heading no rule knows', () => {
    expect(classifyHeading('关于疫情防控的专项说明')).toBeUndefined();
  });
});

describe('leadersDutyScore', () => {
  it('is sure when the sub-heading names the duty', () => {
    expect(leadersDutyScore('落实党政主要负责人切实履行推进法治建设第一责任人职责', '')?.confidence).toBe(
      0.8,
    );
  });

  it('is unsure when only the text describes the leader directing the work', () => {
    expect(
      leadersDutyScore('落实法治建设工作机制', '局党组书记对法治政府建设重要工作亲自部署、重大问题亲自过问')
        ?.confidence,
    ).toBe(0.5);
  });

  it('ignores other sub-sections', () => {
    expect(leadersDutyScore('坚持严格规范公正文明执法', '一是全面推行行政执法“三项制度”。')).toBeUndefined();
  });
});
