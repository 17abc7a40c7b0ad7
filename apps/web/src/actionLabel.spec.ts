import { actionLabel } from './labels';

describe('actionLabel', () => {
  it('names a submit by where it leads', () => {
    expect(actionLabel('submit', 'drafting', 'dept_review')).toBe('提交审核');
    // The meeting record stands: the submit skips the review (a walk, stop 48: it said 提交审核).
    expect(actionLabel('submit', 'drafting', 'leader_signoff')).toBe('提交签发');
  });

  it('names the deliberation’s approval by where it leads', () => {
    expect(actionLabel('approve', 'party_approval', 'leader_signoff')).toBe('审议通过');
    expect(actionLabel('approve', 'party_approval', 'submitted')).toBe('审议通过并报送');
  });
});
