import { unstaffedLines } from './unstaffedLines';

describe('unstaffedLines', () => {
  it('names the review steps each unit lacks, leaving out 起草 and 编号发文', () => {
    expect(
      unstaffedLines([
        {
          unit: { id: 'qt', name: '奇台县交通运输局' },
          missing: [
            { step: 'dept_review', label: '科室审核' },
            { step: 'legal_review', label: '法律顾问审查' },
          ],
        },
        // Only its drafter is missing: the no-drafter warning names it, not this one.
        {
          unit: { id: 'ml', name: '木垒县交通运输局' },
          missing: [
            { step: 'drafting', label: '起草' },
            { step: 'dispatching', label: '编号发文' },
          ],
        },
      ]),
    ).toEqual(['奇台县交通运输局：缺 科室审核、法律顾问审查']);
  });
});
