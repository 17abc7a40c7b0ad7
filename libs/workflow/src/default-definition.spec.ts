import { decide } from './decide';
import { LEADER_SIGNOFF_DEFINITION, SHORT_DEFINITION } from './default-definition';
import type { ActionInput, Role, TransitionDecision, WorkflowDefinition } from './types';

const MEETING = { meetingBody: '党组会议', meetingDate: '2024-02-20', minutesNumber: '〔2024〕3号' };

/** Drive a report through the path step by step, failing loudly at the first refusal. */
function walk(def: WorkflowDefinition, steps: [action: string, role: Role, input?: ActionInput][]) {
  let state = def.initial;
  const decisions: TransitionDecision[] = [];
  for (const [action, role, input] of steps) {
    const decision = decide(def, state, action, { userId: `u-${role}`, roles: [role] }, input ?? {}, null);
    if (!decision.ok) throw new Error(`${action} by ${role} in ${state}: ${decision.message}`);
    decisions.push(decision);
    state = decision.to;
  }
  return { state, decisions };
}

describe('with-leader-signoff', () => {
  it('inserts the leader between the party group and the submission', () => {
    const { state, decisions } = walk(LEADER_SIGNOFF_DEFINITION, [
      ['submit', 'drafter'],
      ['approve', 'dept_reviewer'],
      ['approve', 'legal_adviser', { fields: { opinion: '合法' } }],
      ['approve', 'party_approver', { fields: MEETING }],
      ['approve', 'unit_leader'],
      ['accept', 'coordinator'],
      ['publish', 'unit_leader'],
    ]);
    expect(decisions.map((d) => d.to)).toEqual([
      'dept_review',
      'legal_review',
      'party_approval',
      'leader_signoff',
      'submitted',
      'accepted',
      'published',
    ]);
    expect(state).toBe('published');
    expect(decisions[3].effects).toEqual([
      { type: 'close_stage_deadline', state: 'party_approval' },
      { type: 'open_stage_deadline', state: 'leader_signoff' },
      { type: 'notify', audience: 'own_unit', roles: ['unit_leader'], reason: 'action_required' },
    ]);
  });

  it('the party group can no longer send the report up directly', () => {
    const decision = decide(
      LEADER_SIGNOFF_DEFINITION,
      'leader_signoff',
      'approve',
      { userId: 'p', roles: ['party_approver'] },
      {},
      null,
    );
    expect(decision).toMatchObject({ code: 'ROLE_NOT_ALLOWED', missingRoles: ['unit_leader'] });
  });

  it('the leader may return with a comment', () => {
    const leader = { userId: 'l', roles: ['unit_leader' as const] };
    const decision = decide(
      LEADER_SIGNOFF_DEFINITION,
      'leader_signoff',
      'return',
      leader,
      { comment: '改' },
      null,
    );
    expect(decision).toMatchObject({ ok: true, to: 'drafting' });
  });
});

describe('short', () => {
  it('goes from department review straight to the level above', () => {
    const { decisions } = walk(SHORT_DEFINITION, [
      ['submit', 'drafter'],
      ['approve', 'dept_reviewer', { fields: MEETING }],
      ['accept', 'coordinator'],
      ['publish', 'drafter'],
    ]);
    expect(decisions.map((d) => d.to)).toEqual(['dept_review', 'submitted', 'accepted', 'published']);
    expect(decisions[1].effects).toContainEqual({
      type: 'notify',
      audience: 'receiving_unit',
      roles: ['coordinator'],
      reason: 'action_required',
    });
  });

  it('still refuses to send the report up without the meeting record', () => {
    const decision = decide(
      SHORT_DEFINITION,
      'dept_review',
      'approve',
      { userId: 'r', roles: ['dept_reviewer'] },
      {},
      null,
    );
    expect(decision).toMatchObject({
      code: 'FIELD_REQUIRED',
      missingFields: ['meetingBody', 'meetingDate', 'minutesNumber'],
    });
  });

  it('has no legal review stage', () => {
    expect(() =>
      decide(
        SHORT_DEFINITION,
        'legal_review',
        'approve',
        { userId: 'x', roles: ['legal_adviser'] },
        {},
        null,
      ),
    ).toThrow(/not part of workflow short v1/);
  });
});
