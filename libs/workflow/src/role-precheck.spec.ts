import { DEFAULT_DEFINITION, SHORT_DEFINITION } from './default-definition';
import { refusalRegardlessOfState } from './role-precheck';

describe('refusalRegardlessOfState', () => {
  it('refuses a role that may take the action in no state, naming every role that may', () => {
    const refusal = refusalRegardlessOfState(DEFAULT_DEFINITION, 'approve', {
      userId: 'u',
      roles: ['drafter'],
    });
    expect(refusal).toMatchObject({
      ok: false,
      code: 'ROLE_NOT_ALLOWED',
      missingRoles: ['dept_reviewer', 'legal_adviser', 'party_approver'],
    });
    expect(refusal?.message).toContain('needs dept_reviewer or legal_adviser or party_approver');
  });

  it('passes an actor holding the role of some state, even if not the current one', () => {
    expect(
      refusalRegardlessOfState(DEFAULT_DEFINITION, 'approve', { userId: 'u', roles: ['legal_adviser'] }),
    ).toBeNull();
  });

  it('lets withdraw through (it belongs to the last mover) and names an unknown action', () => {
    expect(refusalRegardlessOfState(DEFAULT_DEFINITION, 'withdraw', { userId: 'u', roles: [] })).toBeNull();
    expect(
      refusalRegardlessOfState(SHORT_DEFINITION, 'sign', { userId: 'u', roles: ['drafter'] }),
    ).toMatchObject({
      code: 'UNKNOWN_ACTION',
    });
  });

  it('speaks of a user without a role when the actor holds none here (a copy recipient)', () => {
    expect(
      refusalRegardlessOfState(DEFAULT_DEFINITION, 'accept', { userId: 'u', roles: [] })?.message,
    ).toContain('a user without a role on this report');
  });
});
