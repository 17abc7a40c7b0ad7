import { jointReportProblem, jointReportTitle, type JointUnit } from './joint-report';

const countyGovernment: JointUnit = {
  id: 'g',
  parentId: 'pref',
  name: '呼图壁县人民政府',
  kind: 'government',
};
const countyParty: JointUnit = {
  id: 'p',
  parentId: 'g',
  name: '中共呼图壁县委员会',
  kind: 'party_committee',
};
const siblingParty: JointUnit = {
  id: 'sp',
  parentId: 'sg',
  name: '中共玛纳斯县委员会',
  kind: 'party_committee',
};
const bureau: JointUnit = { id: 'b', parentId: 'g', name: '呼图壁县交通运输局', kind: 'department' };

describe('jointReportProblem: only the 党委 and 政府 of the same place report jointly', () => {
  it('accepts a county government with its own party committee', () => {
    expect(jointReportProblem({ government: countyGovernment, partyCommittee: countyParty })).toBeNull();
  });

  it("refuses another county's party committee, naming both units", () => {
    const problem = jointReportProblem({ government: countyGovernment, partyCommittee: siblingParty });
    expect(problem).toContain('中共玛纳斯县委员会');
    expect(problem).toContain('呼图壁县人民政府');
  });

  it('refuses a department in place of the party committee', () => {
    expect(jointReportProblem({ government: countyGovernment, partyCommittee: bureau })).toMatch(
      /呼图壁县交通运输局 is not a party committee/,
    );
  });

  it('refuses the pair the wrong way round', () => {
    expect(jointReportProblem({ government: countyParty, partyCommittee: countyGovernment })).toMatch(
      /中共呼图壁县委员会 is not a government/,
    );
  });
});

describe('jointReportTitle', () => {
  it('names the party committee first, then the government, as the joint document does', () => {
    expect(
      jointReportTitle({ government: countyGovernment, partyCommittee: countyParty, reportYear: 2025 }),
    ).toBe('中共呼图壁县委员会 呼图壁县人民政府关于2025年度法治政府建设情况的报告');
  });
});
