import { rolesNeeded, unstaffedTargets } from './unstaffed-steps';

describe('unstaffedTargets: who would wait on nobody (a walk, stop 56)', () => {
  const qitai = { id: 'qt', name: '奇台县交通运输局' };
  const htb = { id: 'htb', name: '呼图壁县交通运输局' };
  const full = ['drafter', 'dept_reviewer', 'legal_adviser', 'party_approver', 'unit_leader'] as const;

  it('names each step of the default path nobody in the unit can take, and leaves a full unit out', () => {
    const held = [
      { unit_id: 'qt', role: 'drafter' as const },
      ...full.map((role) => ({ unit_id: 'htb', role })),
    ];
    expect(unstaffedTargets([qitai, htb], held)).toEqual([
      {
        unit: qitai,
        missing: [
          { step: 'dept_review', label: '科室审核' },
          { step: 'legal_review', label: '法律顾问审查' },
          { step: 'party_approval', label: '集体审议' },
          { step: 'leader_signoff', label: '主要负责人签发' },
        ],
      },
    ]);
  });

  it('names 起草 for a unit with only its leader', () => {
    const missing = unstaffedTargets([qitai], [{ unit_id: 'qt', role: 'unit_leader' }])[0].missing;
    expect(missing.map((m) => m.step)).toEqual([
      'drafting',
      'dept_review',
      'legal_review',
      'party_approval',
      'dispatching',
    ]);
  });

  it('follows the path the unit chose: without legal review, no legal adviser is needed', () => {
    const unit = { ...qitai, reviewChain: 'without-legal-review' };
    const held = ['drafter', 'dept_reviewer', 'party_approver', 'unit_leader'].map((role) => ({
      unit_id: 'qt',
      role: role as (typeof full)[number],
    }));
    expect(unstaffedTargets([unit], held)).toEqual([]);
    expect(rolesNeeded([unit])).not.toContain('legal_adviser');
  });
});
