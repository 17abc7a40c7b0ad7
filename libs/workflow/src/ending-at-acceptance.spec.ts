import { decide } from './decide';
import { DEFAULT_DEFINITION_V3, ENDING_AT_ACCEPTANCE, SHORT_DEFINITION } from './default-definition';
import { DEFAULT_DEFINITION_V2 } from './deliberation-chain';
import { endingAtAcceptance } from './ending-at-acceptance';
import { allowedActions, isFinal } from './queries';
import { defaultRegistry } from './registry';
import { transitionEffects } from './effects';

const coordinator = { userId: 'c', roles: ['coordinator' as const] };
const drafter = { userId: 'd', roles: ['drafter' as const, 'unit_leader' as const] };

describe('review paths ending at 已接收 (#18 item 1: 公开 is the disclosure track’s)', () => {
  it('new reports start on versions without 已公开 and without the 公开 action', () => {
    for (const id of [
      'default',
      'with-division-leader',
      'without-legal-review',
      'short',
      'with-leader-signoff',
    ]) {
      const latest = defaultRegistry.latest(id);
      expect(latest.states.map((s) => s.id)).not.toContain('published');
      expect(latest.transitions.map((t) => t.action)).not.toContain('publish');
      expect(latest.finals).toEqual(['accepted']);
    }
    expect(ENDING_AT_ACCEPTANCE).toHaveLength(6);
  });

  it('accepting ends the review: nothing is left to do, and the unit hears it was accepted', () => {
    const accepted = decide(DEFAULT_DEFINITION_V3, 'submitted', 'accept', coordinator, {}, null);
    expect(accepted).toMatchObject({ ok: true, to: 'accepted' });
    expect(isFinal(DEFAULT_DEFINITION_V3, 'accepted')).toBe(true);
    expect(allowedActions(DEFAULT_DEFINITION_V3, 'accepted', drafter, null)).toEqual([]);
    const accept = DEFAULT_DEFINITION_V3.transitions.find((t) => t.action === 'accept')!;
    expect(transitionEffects(DEFAULT_DEFINITION_V3, accept)).toContainEqual({
      type: 'notify',
      audience: 'own_unit',
      roles: ['drafter', 'unit_leader'],
      reason: 'accepted',
    });
  });

  it('a report created on the old version is still decided against it: 公开 works there', () => {
    const old = defaultRegistry.get('default', 2);
    expect(allowedActions(old, 'accepted', drafter, null).map((a) => a.action)).toEqual(['publish']);
    expect(decide(old, 'accepted', 'publish', drafter, {}, null)).toMatchObject({
      ok: true,
      to: 'published',
    });
    expect(decide(DEFAULT_DEFINITION_V3, 'accepted', 'publish', drafter, {}, null).ok).toBe(false);
  });

  it('keeps everything before acceptance as it was', () => {
    const before = (def: typeof DEFAULT_DEFINITION_V2) =>
      def.transitions.filter((t) => t.to !== 'published' && t.from !== 'published');
    expect(DEFAULT_DEFINITION_V3.transitions).toEqual(before(DEFAULT_DEFINITION_V2));
    expect(() => endingAtAcceptance(SHORT_DEFINITION, 1)).toThrow('a new version must come after v1');
  });
});
