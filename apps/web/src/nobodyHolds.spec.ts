import { nobodyHolds } from './labels';

describe('a stage nobody in the unit can take', () => {
  it('names the role the unit lacks, so the 催办ed leader knows whom to ask for', () => {
    expect(nobodyHolds(['drafter'])).toBe('无人办理（该单位未设置起草人账号，请联系系统管理员添加）');
    expect(nobodyHolds(['unit_leader', 'co_reporting_leader'])).toBe(
      '无人办理（该单位未设置单位主要负责人或联合报告党委主要负责人账号，请联系系统管理员添加）',
    );
  });
});
