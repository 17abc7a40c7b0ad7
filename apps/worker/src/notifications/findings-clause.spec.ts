import { findingsClause, findingsRaisedWith } from './findings-clause';

describe('the findings named in a return message', () => {
  const at = new Date('2027-01-10T03:00:00.000Z');
  const decision = { seq: 9, actorUserId: 'office-staff', createdAt: at };
  const raised = (seq: number, text: string, dueOn: string | null = '2027-02-09') => ({
    seq,
    action: 'finding_raised',
    actorUserId: 'office-staff',
    createdAt: at,
    fields: { text, dueOn },
  });

  it('takes the findings written right after the decision, and stops at the first other event', () => {
    const following = [
      { seq: 10, action: 'return', actorUserId: 'office-staff', createdAt: at, fields: {} },
      raised(11, '第二部分未分析原因'),
      raised(12, '未写明培训人次', null),
      {
        seq: 13,
        action: 'save',
        actorUserId: 'drafter',
        createdAt: new Date(at.getTime() + 60_000),
        fields: {},
      },
      { ...raised(14, '后来单独提出的问题'), createdAt: new Date(at.getTime() + 120_000) },
    ];
    // The return transition sits between the receipt's decision and its findings.
    expect(findingsRaisedWith(decision, following.slice(1))).toEqual([
      { text: '第二部分未分析原因', dueOn: '2027-02-09' },
      { text: '未写明培训人次', dueOn: null },
    ]);
    // A finding raised later by the same person on its own is not the decision's.
    expect(findingsRaisedWith(decision, [following[4]])).toEqual([]);
  });

  it('says how many, each with its date, and counts what it does not spell out', () => {
    expect(findingsClause([])).toBe('');
    expect(
      findingsClause([
        { text: '第二部分未分析原因。', dueOn: '2027-02-09' },
        { text: '未写明培训人次', dueOn: null },
      ]),
    ).toBe('；整改问题 2 项：1. 第二部分未分析原因（2027年2月9日前整改）；2. 未写明培训人次');
    const many = Array.from({ length: 7 }, (_, i) => ({
      text: `问题${i + 1}${'长'.repeat(80)}`,
      dueOn: null,
    }));
    const clause = findingsClause(many);
    expect(clause).toMatch(/^；整改问题 7 项：1\. 问题1长+…；2\./u);
    expect(clause).toContain('5. 问题5');
    expect(clause).not.toContain('6. 问题6');
    expect(clause).toMatch(/另有 2 项，见报告的问题清单$/u);
  });
});
