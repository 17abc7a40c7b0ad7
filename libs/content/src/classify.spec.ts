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

  it('takes the keyword written first when a heading names two items, and says so', () => {
    const c = classifyHeading('存在的问题和下一步工作打算');
    expect(c?.item).toBe(2);
    expect(c?.reason).toContain('第4项');
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
