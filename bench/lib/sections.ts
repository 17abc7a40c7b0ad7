import type { ReportSections } from '@app/content';

/**
 * The smallest report text that passes the completeness check (形式审查) for a unit and year, so a
 * report can leave drafting. The benchmarks and the tests (test/support/content.ts) both use it.
 */
export function completeSections(unitName: string, year: number): ReportSections {
  return {
    measures:
      `${unitName}${year}年法治政府建设情况报告\n一、${year}年推进法治政府建设的主要举措和成效\n` +
      '全年完善制度体系，修订规范性文件三件，开展行政执法案卷评查两次，组织全体干部职工学法用法培训四期，依法行政水平明显提升。',
    shortcomings: '二、存在的不足和原因\n执法人员专业能力仍有差距，原因是培训覆盖面不够，基层执法力量不足。',
    leadersDuty:
      '三、党政主要负责人履行推进法治建设第一责任人职责情况\n主要负责人亲自部署法治建设工作，四次主持召开专题会议研究重大法治问题。',
    nextYearPlan: `四、${year + 1}年推进法治政府建设的主要安排\n继续加强执法队伍建设，完善执法监督机制，推进严格规范公正文明执法。`,
    other: '',
  };
}
