import type { Unit } from './unit.repository';

/*
 * The joint 党委+政府 report (联合报告, issue #17 item 3): the party committee and the government of
 * one place report together in one text. The tree keeps a level's 党委 as a child of its government
 * (routing.ts), so "the same place" is exactly that parent link. The report belongs to the
 * government unit: its people draft it and run the review chain, its principal leader signs it off
 * for both; the 党委 is named as co-reporting unit, reads the report and is printed with it.
 */

/** What the rule needs of a unit; a full `Unit` fits. */
export type JointUnit = Pick<Unit, 'id' | 'parentId' | 'name' | 'kind'>;

/** Why a pair cannot report jointly, in words the issuer can act on; null when it can. */
export function jointReportProblem(pair: {
  government: JointUnit;
  partyCommittee: JointUnit;
}): string | null {
  const { government, partyCommittee } = pair;
  if (government.kind !== 'government')
    return `${government.name} is not a government (政府): a joint report is the government's with its party committee`;
  if (partyCommittee.kind !== 'party_committee')
    return `${partyCommittee.name} is not a party committee (党委): only the 党委 of the same place reports jointly with a government`;
  if (partyCommittee.parentId !== government.id)
    return `${partyCommittee.name} is not the party committee of ${government.name}'s place: a joint report names the 党委 and 政府 of the same place`;
  return null;
}

/**
 * The default title of a joint report, 党委 first as the two sign such documents:
 * 中共呼图壁县委员会 呼图壁县人民政府关于2025年度法治政府建设情况的报告.
 */
export function jointReportTitle(input: {
  government: Pick<Unit, 'name'>;
  partyCommittee: Pick<Unit, 'name'>;
  reportYear: number;
}): string {
  return `${input.partyCommittee.name} ${input.government.name}关于${input.reportYear}年度法治政府建设情况的报告`;
}
