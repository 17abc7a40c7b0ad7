import { decide } from './decide';
import { DEFAULT_DEFINITION, SHORT_DEFINITION } from './default-definition';
import { DEFAULT_DEFINITION_V2, DIVISION_LEADER_DEFINITION } from './deliberation-chain';
import { isJointVariant, jointVariantOf } from './joint-sign-off';
import { allowedActions } from './queries';
import { defaultRegistry } from './registry';
import type { Decision, WorkflowDefinition, WorkflowRole } from './types';
import { validateDefinition } from './validate-definition';

const JOINT = jointVariantOf(DEFAULT_DEFINITION_V2)!;
const as = (role: WorkflowRole) => ({ userId: `u-${role}`, roles: [role] });
const act = (state: string, action: string, role: WorkflowRole, comment?: string): Decision =>
  decide(JOINT, state, action, as(role), comment ? { comment } : {}, null);

describe('the joint report’s sign-off (会签): both principal leaders, government first', () => {
  it('the government’s leader signs, then the 党委’s leader; only then is it numbered and sent', () => {
    const first = act('leader_signoff', 'sign_off', 'unit_leader');
    expect(first).toMatchObject({ ok: true, to: 'co_leader_signoff' });
    const second = act('co_leader_signoff', 'sign_off', 'co_reporting_leader');
    expect(second).toMatchObject({ ok: true, to: 'dispatching' });
    expect(second.ok && second.effects.map((e) => e.type)).toContain('record_co_sign_off');
    expect(first.ok && first.effects.map((e) => e.type)).toContain('record_sign_off');
  });

  it('one signature does not dispatch: nobody numbers the report while the 党委 has not signed', () => {
    expect(act('co_leader_signoff', 'dispatch', 'drafter')).toMatchObject({
      ok: false,
      code: 'ACTION_NOT_ALLOWED_IN_STATE',
    });
  });

  it.each<WorkflowRole>(['unit_leader', 'drafter', 'party_approver', 'coordinator'])(
    'nobody but the 党委’s leader signs in its place (%s refused)',
    (role) => {
      expect(act('co_leader_signoff', 'sign_off', role)).toMatchObject({
        ok: false,
        code: 'ROLE_NOT_ALLOWED',
      });
    },
  );

  it('the 党委’s leader may send it back to drafting with a comment, as the government’s may', () => {
    expect(
      act('co_leader_signoff', 'return', 'co_reporting_leader', '第二部分补充党委履职情况'),
    ).toMatchObject({
      ok: true,
      to: 'drafting',
    });
    expect(
      allowedActions(JOINT, 'co_leader_signoff', as('co_reporting_leader'), null).map((a) => a.action),
    ).toEqual(['sign_off', 'return']);
  });

  it('the 党委’s leader cannot act anywhere else in the chain', () => {
    for (const state of JOINT.states.map((s) => s.id).filter((id) => id !== 'co_leader_signoff')) {
      expect(allowedActions(JOINT, state, as('co_reporting_leader'), null)).toEqual([]);
    }
  });

  it('every built-in chain with a sign-off has a valid, registered joint variant of the same version', () => {
    const withSignOff: WorkflowDefinition[] = [DEFAULT_DEFINITION_V2, DIVISION_LEADER_DEFINITION];
    for (const def of withSignOff) {
      const joint = jointVariantOf(def)!;
      expect(validateDefinition(joint)).toEqual([]);
      expect(isJointVariant(joint)).toBe(true);
      expect(defaultRegistry.get(joint.id, def.version).states.map((s) => s.id)).toContain(
        'co_leader_signoff',
      );
    }
    // Paths without the principal leader's sign-off record have nothing to pair.
    expect(jointVariantOf(DEFAULT_DEFINITION)).toBeNull();
    expect(jointVariantOf(SHORT_DEFINITION)).toBeNull();
  });
});
