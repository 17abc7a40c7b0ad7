import { DEFAULT_DEFINITION, LEADER_SIGNOFF_DEFINITION, SHORT_DEFINITION } from './default-definition';
import { dutyConflict, isApproval, type PassStep } from './duty-separation';

const step = (action: string, from: string, to: string, actorUserId: string): PassStep => ({
  action,
  from,
  to,
  actorUserId,
});
const submitted = [step('submit', 'drafting', 'dept_review', 'drafter')];

describe('separation of duties', () => {
  it('counts forward moves out of review states as approvals, nothing else', () => {
    expect(isApproval(DEFAULT_DEFINITION, 'dept_review', 'approve')).toBe(true);
    expect(isApproval(DEFAULT_DEFINITION, 'party_approval', 'approve')).toBe(true);
    expect(isApproval(LEADER_SIGNOFF_DEFINITION, 'leader_signoff', 'approve')).toBe(true);
    expect(isApproval(DEFAULT_DEFINITION, 'dept_review', 'return')).toBe(false);
    expect(isApproval(DEFAULT_DEFINITION, 'drafting', 'submit')).toBe(false);
    expect(isApproval(DEFAULT_DEFINITION, 'submitted', 'accept')).toBe(false);
    expect(isApproval(DEFAULT_DEFINITION, 'accepted', 'publish')).toBe(false);
    expect(isApproval(DEFAULT_DEFINITION, 'legal_review', 'withdraw')).toBe(false);
  });

  it('refuses the submitter approving their own submission', () => {
    const conflict = dutyConflict(
      DEFAULT_DEFINITION,
      { from: 'dept_review', action: 'approve' },
      'drafter',
      submitted,
    );
    expect(conflict).toMatchObject({ rule: 'submitter_may_not_approve' });
    expect(conflict?.message).toContain('another person must approve it');
  });

  it('refuses a second approval by the same person in one pass, naming where they approved', () => {
    const pass = [...submitted, step('approve', 'dept_review', 'legal_review', 'chief')];
    const conflict = dutyConflict(
      DEFAULT_DEFINITION,
      { from: 'legal_review', action: 'approve' },
      'chief',
      pass,
    );
    expect(conflict).toMatchObject({ rule: 'one_approval_per_pass' });
    expect(conflict?.message).toContain('already approved this report in dept_review');
    expect(
      dutyConflict(DEFAULT_DEFINITION, { from: 'legal_review', action: 'approve' }, 'lawyer', pass),
    ).toBeNull();
  });

  it('forgets an approval that was withdrawn', () => {
    const pass = [
      ...submitted,
      step('approve', 'dept_review', 'legal_review', 'chief'),
      step('withdraw', 'legal_review', 'dept_review', 'chief'),
    ];
    expect(
      dutyConflict(DEFAULT_DEFINITION, { from: 'dept_review', action: 'approve' }, 'chief', pass),
    ).toBeNull();
  });

  it('ignores saves and other events that are not moves, and leaves non-approvals alone', () => {
    const pass = [
      ...submitted,
      { action: 'due_date_moved', from: 'dept_review', to: 'dept_review', actorUserId: 'chief' },
    ];
    expect(
      dutyConflict(DEFAULT_DEFINITION, { from: 'dept_review', action: 'approve' }, 'chief', pass),
    ).toBeNull();
    expect(
      dutyConflict(DEFAULT_DEFINITION, { from: 'dept_review', action: 'return' }, 'drafter', submitted),
    ).toBeNull();
  });

  it('applies to custom paths through their data (the short path has one approval)', () => {
    expect(
      dutyConflict(SHORT_DEFINITION, { from: 'dept_review', action: 'approve' }, 'drafter', submitted),
    ).toMatchObject({ rule: 'submitter_may_not_approve' });
  });
});
