import { decide } from './decide';
import { DEFAULT_DEFINITION as DEF } from './default-definition';
import { isCalendarDate } from './fields';
import { defaultRegistry } from './registry';
import type { Actor, LastTransition, Role } from './types';

const as = (role: Role, userId = `u-${role}`): Actor => ({ userId, roles: [role] });
const MEETING = { meetingBody: '党组会议', meetingDate: '2024-02-20', minutesNumber: '〔2024〕3号' };

describe('decide: refusals a user understands', () => {
  it('a return without a comment asks for one', () => {
    const decision = decide(DEF, 'dept_review', 'return', as('dept_reviewer'), {}, null);
    expect(decision).toEqual({
      ok: false,
      code: 'COMMENT_REQUIRED',
      message: 'return needs a comment explaining what to change',
    });
  });

  it('a blank comment counts as missing', () => {
    const decision = decide(DEF, 'legal_review', 'return', as('legal_adviser'), { comment: '  \n ' }, null);
    expect(decision).toMatchObject({ ok: false, code: 'COMMENT_REQUIRED' });
  });

  it('names the wrong role and the needed one', () => {
    const decision = decide(DEF, 'dept_review', 'approve', as('legal_adviser'), {}, null);
    expect(decision).toEqual({
      ok: false,
      code: 'ROLE_NOT_ALLOWED',
      message: 'legal_adviser may not approve in dept_review (needs dept_reviewer)',
      missingRoles: ['dept_reviewer'],
    });
  });

  it('lists what is possible in the state', () => {
    const decision = decide(DEF, 'drafting', 'approve', as('drafter'), {}, null);
    expect(decision).toMatchObject({
      code: 'ACTION_NOT_ALLOWED_IN_STATE',
      message: 'approve is not possible in drafting; possible here: submit',
    });
    // default v3 has two submits out of drafting (with and without a standing meeting record): the
    // message named it twice (scenario test, stop 48: "possible here: submit, submit").
    const v3 = defaultRegistry.get('default', 3);
    expect(decide(v3, 'drafting', 'approve', as('drafter'), {}, null)).toMatchObject({
      code: 'ACTION_NOT_ALLOWED_IN_STATE',
      message: 'approve is not possible in drafting; possible here: submit',
    });
    expect(decide(DEF, 'published', 'return', as('coordinator'), { comment: 'x' }, null)).toMatchObject({
      code: 'ACTION_NOT_ALLOWED_IN_STATE',
      message: 'return is not possible in published; nothing more can happen here',
    });
  });

  it('refuses an action the definition does not have', () => {
    expect(decide(DEF, 'drafting', 'archive', as('admin'), {}, null)).toMatchObject({
      code: 'UNKNOWN_ACTION',
      message: 'archive is not an action of workflow default',
    });
  });

  it('party approval without meeting date and minutes number names both', () => {
    const decision = decide(
      DEF,
      'party_approval',
      'approve',
      as('party_approver'),
      { fields: { meetingBody: '党组会议', minutesNumber: ' ' } },
      null,
    );
    expect(decision).toEqual({
      ok: false,
      code: 'FIELD_REQUIRED',
      message:
        'approve in party_approval needs meetingDate (the meeting date, YYYY-MM-DD), ' +
        'minutesNumber (the minutes number (会议纪要编号))',
      missingFields: ['meetingDate', 'minutesNumber'],
    });
  });

  it('legal approval needs the written opinion', () => {
    expect(decide(DEF, 'legal_review', 'approve', as('legal_adviser'), {}, null)).toMatchObject({
      code: 'FIELD_REQUIRED',
      missingFields: ['opinion'],
    });
  });

  it('refuses 2023-02-30 as a meeting date', () => {
    const input = { fields: { ...MEETING, meetingDate: '2023-02-30' } };
    expect(decide(DEF, 'party_approval', 'approve', as('party_approver'), input, null)).toEqual({
      ok: false,
      code: 'FIELD_INVALID',
      message: 'meetingDate must be a real date as YYYY-MM-DD, got "2023-02-30"',
      invalidFields: ['meetingDate'],
    });
  });

  it('checks the role before the comment and the comment before fields', () => {
    expect(decide(DEF, 'party_approval', 'approve', as('drafter'), {}, null)).toMatchObject({
      code: 'ROLE_NOT_ALLOWED',
    });
    expect(decide(DEF, 'submitted', 'return', as('party_approver'), {}, null)).toMatchObject({
      code: 'ROLE_NOT_ALLOWED',
      missingRoles: ['coordinator'],
    });
  });

  it('throws on a state that is not in the definition (corrupt data, not a user error)', () => {
    expect(() => decide(DEF, 'lost', 'submit', as('drafter'), {}, null)).toThrow(/state "lost" is not part/);
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-28', true],
    ['2023-12-31', true],
    ['2000-02-29', true],
    ['2023-02-29', false],
    ['2023-02-30', false],
    ['1900-02-29', false],
    ['2023-04-31', false],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-01-00', false],
    ['2023-2-3', false],
    ['2023/02/03', false],
    ['2023-02-03T00:00', false],
    [' 2023-02-03', false],
  ])('%s -> %s', (value, valid) => {
    expect(isCalendarDate(value)).toBe(valid);
  });
});

describe('decide: acting role', () => {
  it('uses the first of the transition roles the actor holds', () => {
    const leaderAndDrafter: Actor = { userId: 'u1', roles: ['unit_leader', 'drafter'] };
    expect(decide(DEF, 'accepted', 'publish', leaderAndDrafter, {}, null)).toMatchObject({
      ok: true,
      actingRole: 'drafter',
    });
    expect(decide(DEF, 'accepted', 'publish', as('unit_leader'), {}, null)).toMatchObject({
      actingRole: 'unit_leader',
    });
  });

  it('a user holding several roles gets the one that fits', () => {
    const both: Actor = { userId: 'u1', roles: ['drafter', 'dept_reviewer'] };
    expect(decide(DEF, 'dept_review', 'approve', both, {}, null)).toMatchObject({
      ok: true,
      actingRole: 'dept_reviewer',
    });
  });
});

describe('decide: withdraw', () => {
  const submittedByAlice: LastTransition = {
    action: 'submit',
    from: 'drafting',
    to: 'dept_review',
    actorUserId: 'alice',
    actorRole: 'drafter',
  };

  it('lets the last mover take it back while the next person has not acted', () => {
    const decision = decide(DEF, 'dept_review', 'withdraw', as('drafter', 'alice'), {}, submittedByAlice);
    expect(decision).toEqual({
      ok: true,
      from: 'dept_review',
      to: 'drafting',
      action: 'withdraw',
      actingRole: 'drafter',
      effects: [
        { type: 'close_stage_deadline', state: 'dept_review' },
        { type: 'notify', audience: 'own_unit', roles: ['dept_reviewer'], reason: 'withdrawn' },
      ],
    });
  });

  it('keeps the role of the move being undone, even if the user now holds other roles', () => {
    const alice: Actor = { userId: 'alice', roles: ['unit_leader', 'drafter'] };
    expect(decide(DEF, 'dept_review', 'withdraw', alice, {}, submittedByAlice)).toMatchObject({
      actingRole: 'drafter',
    });
  });

  it('refuses someone else, even with the same role', () => {
    expect(decide(DEF, 'dept_review', 'withdraw', as('drafter', 'bob'), {}, submittedByAlice)).toEqual({
      ok: false,
      code: 'WITHDRAW_NOT_ALLOWED',
      message: 'only the person who moved it last may withdraw',
    });
  });

  it('refuses once the next person has acted', () => {
    // The record says alice submitted into dept_review, but the report is already in legal_review.
    const decision = decide(DEF, 'legal_review', 'withdraw', as('drafter', 'alice'), {}, submittedByAlice);
    expect(decision).toMatchObject({ code: 'WITHDRAW_NOT_ALLOWED' });
    expect(!decision.ok && decision.message).toMatch(/the next person has already acted/);
  });

  it('refuses when nothing happened yet, and after a return', () => {
    expect(decide(DEF, 'drafting', 'withdraw', as('drafter'), {}, null)).toMatchObject({
      code: 'WITHDRAW_NOT_ALLOWED',
      message: expect.stringMatching(/^nothing to withdraw/),
    });
    const returned: LastTransition = {
      action: 'return',
      from: 'dept_review',
      to: 'drafting',
      actorUserId: 'carol',
      actorRole: 'dept_reviewer',
    };
    expect(decide(DEF, 'drafting', 'withdraw', as('dept_reviewer', 'carol'), {}, returned)).toMatchObject({
      code: 'WITHDRAW_NOT_ALLOWED',
      message: 'nothing to withdraw: the last step (return) cannot be withdrawn',
    });
  });

  it('a withdraw cannot itself be withdrawn', () => {
    const withdrawn: LastTransition = {
      action: 'withdraw',
      from: 'dept_review',
      to: 'drafting',
      actorUserId: 'alice',
      actorRole: 'drafter',
    };
    expect(decide(DEF, 'drafting', 'withdraw', as('drafter', 'alice'), {}, withdrawn)).toMatchObject({
      code: 'WITHDRAW_NOT_ALLOWED',
    });
  });
});

describe('decide: effects', () => {
  it('submit opens the department review clock and calls the reviewers', () => {
    expect(decide(DEF, 'drafting', 'submit', as('drafter'), {}, null)).toMatchObject({
      effects: [
        { type: 'open_stage_deadline', state: 'dept_review' },
        { type: 'notify', audience: 'own_unit', roles: ['dept_reviewer'], reason: 'action_required' },
      ],
    });
  });

  it('party approval hands over to the level above', () => {
    const decision = decide(
      DEF,
      'party_approval',
      'approve',
      as('party_approver'),
      { fields: MEETING },
      null,
    );
    expect(decision).toMatchObject({
      ok: true,
      to: 'submitted',
      effects: [
        { type: 'close_stage_deadline', state: 'party_approval' },
        { type: 'open_stage_deadline', state: 'submitted' },
        { type: 'notify', audience: 'receiving_unit', roles: ['coordinator'], reason: 'action_required' },
      ],
    });
  });

  it('a return by the level above goes back to the drafters', () => {
    const decision = decide(
      DEF,
      'submitted',
      'return',
      as('coordinator'),
      { comment: '请补充第三部分' },
      null,
    );
    expect(decision).toMatchObject({
      to: 'drafting',
      effects: [
        { type: 'close_stage_deadline', state: 'submitted' },
        { type: 'notify', audience: 'own_unit', roles: ['drafter'], reason: 'returned' },
      ],
    });
  });

  it('accept tells the unit, publish tells the level above', () => {
    expect(decide(DEF, 'submitted', 'accept', as('coordinator'), {}, null)).toMatchObject({
      effects: [
        { type: 'close_stage_deadline', state: 'submitted' },
        { type: 'notify', audience: 'own_unit', roles: ['drafter', 'unit_leader'], reason: 'accepted' },
      ],
    });
    expect(decide(DEF, 'accepted', 'publish', as('drafter'), {}, null)).toMatchObject({
      effects: [{ type: 'notify', audience: 'receiving_unit', roles: ['coordinator'], reason: 'published' }],
    });
  });
});
