import type { DefaultRecipients } from '../../api/openapi.gen';

type Unstaffed = DefaultRecipients['unstaffed'];

/**
 * The targets whose review steps nobody in the unit can take, in the issuer's words: "奇台县交通运输局：
 * 缺 科室审核、法律顾问审查". 起草 and 编号发文 are left out: a unit without a drafter is named by the
 * no-drafter warning (nobody receives the task at all), and 编号发文 is the drafter's again.
 */
export function unstaffedLines(unstaffed: Unstaffed): string[] {
  return unstaffed.flatMap(({ unit, missing }) => {
    const review = missing.filter((m) => m.step !== 'drafting' && m.step !== 'dispatching');
    return review.length === 0 ? [] : [`${unit.name}：缺 ${review.map((m) => m.label).join('、')}`];
  });
}
