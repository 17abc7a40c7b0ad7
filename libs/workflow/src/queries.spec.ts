import { DEFAULT_DEFINITION as DEF, LEADER_SIGNOFF_DEFINITION, SHORT_DEFINITION } from './default-definition';
import { allowedActions, isFinal, rolesThatAct, stateLabel, statesActionableBy } from './queries';
import type { LastTransition } from './types';

describe('allowedActions', () => {
  it('offers a drafter submit in drafting', () => {
    expect(allowedActions(DEF, 'drafting', { userId: 'a', roles: ['drafter'] }, null)).toEqual([
      {
        action: 'submit',
        to: 'dept_review',
        actingRole: 'drafter',
        commentRequired: false,
        requiredFields: [],
      },
    ]);
  });

  it('tells the party approver what approve and return will ask for', () => {
    expect(allowedActions(DEF, 'party_approval', { userId: 'p', roles: ['party_approver'] }, null)).toEqual([
      {
        action: 'approve',
        to: 'submitted',
        actingRole: 'party_approver',
        commentRequired: false,
        requiredFields: ['meetingBody', 'meetingDate', 'minutesNumber'],
      },
      {
        action: 'return',
        to: 'drafting',
        actingRole: 'party_approver',
        commentRequired: true,
        requiredFields: [],
      },
    ]);
  });

  it('adds withdraw for the last mover only', () => {
    const last: LastTransition = {
      action: 'submit',
      from: 'drafting',
      to: 'dept_review',
      actorUserId: 'alice',
      actorRole: 'drafter',
    };
    expect(allowedActions(DEF, 'dept_review', { userId: 'alice', roles: ['drafter'] }, last)).toEqual([
      {
        action: 'withdraw',
        to: 'drafting',
        actingRole: 'drafter',
        commentRequired: false,
        requiredFields: [],
      },
    ]);
    expect(allowedActions(DEF, 'dept_review', { userId: 'bob', roles: ['drafter'] }, last)).toEqual([]);
  });

  it('offers nothing in a final state', () => {
    expect(
      allowedActions(DEF, 'published', { userId: 'x', roles: ['drafter', 'unit_leader'] }, null),
    ).toEqual([]);
  });
});

describe('rolesThatAct and statesActionableBy', () => {
  it('knows who acts where in the default path', () => {
    expect(rolesThatAct(DEF, 'drafting')).toEqual(['drafter']);
    expect(rolesThatAct(DEF, 'submitted')).toEqual(['coordinator']);
    expect(rolesThatAct(DEF, 'accepted')).toEqual(['drafter', 'unit_leader']);
    expect(rolesThatAct(DEF, 'published')).toEqual([]);
  });

  it('lists the work-queue states of each role', () => {
    expect(statesActionableBy(DEF, 'drafter')).toEqual(['drafting', 'accepted']);
    expect(statesActionableBy(DEF, 'legal_adviser')).toEqual(['legal_review']);
    expect(statesActionableBy(DEF, 'coordinator')).toEqual(['submitted']);
    expect(statesActionableBy(DEF, 'unit_leader')).toEqual(['accepted']);
    expect(statesActionableBy(DEF, 'admin')).toEqual([]);
    expect(statesActionableBy(LEADER_SIGNOFF_DEFINITION, 'unit_leader')).toEqual([
      'leader_signoff',
      'accepted',
    ]);
    expect(statesActionableBy(SHORT_DEFINITION, 'legal_adviser')).toEqual([]);
  });
});

describe('isFinal and stateLabel', () => {
  it('answers from the definition', () => {
    expect(isFinal(DEF, 'published')).toBe(true);
    expect(isFinal(DEF, 'accepted')).toBe(false);
    expect(() => isFinal(DEF, 'nowhere')).toThrow(/not part of workflow default v1/);
    expect(stateLabel(DEF, 'party_approval')).toBe('党组审议');
    expect(stateLabel(LEADER_SIGNOFF_DEFINITION, 'leader_signoff')).toBe('主要负责人签发');
    expect(stateLabel(DEF, 'nowhere')).toBe('nowhere');
  });
});
