import { decide } from './decide';
import { DEFAULT_DEFINITION, SHORT_DEFINITION } from './default-definition';
import { WorkflowRegistry, defaultRegistry } from './registry';
import type { WorkflowDefinition } from './types';

/** Version 2 of the short path: the reviewer may no longer send the report straight up. */
function shortV2(): WorkflowDefinition {
  const def = structuredClone(SHORT_DEFINITION);
  def.version = 2;
  const approve = def.transitions.find((t) => t.from === 'dept_review' && t.action === 'approve');
  if (approve) approve.roles = ['unit_leader'];
  return def;
}

describe('defaultRegistry', () => {
  it('holds the built-in paths (the review paths, old versions kept, and the archive of imported reports)', () => {
    expect(defaultRegistry.list().map((d) => `${d.id}@${d.version}`)).toEqual([
      'archive@1',
      'default@1',
      'default@2',
      'default@3',
      // The joint 党委+政府 report's variants: both principal leaders sign (joint-sign-off.ts).
      'default-joint@2',
      'default-joint@3',
      'short@1',
      'short@2',
      'with-division-leader@1',
      'with-division-leader@2',
      'with-division-leader-joint@1',
      'with-division-leader-joint@2',
      'with-division-leader-without-legal-review@1',
      'with-division-leader-without-legal-review@2',
      'with-division-leader-without-legal-review-joint@1',
      'with-division-leader-without-legal-review-joint@2',
      'with-leader-signoff@1',
      'with-leader-signoff@2',
      'without-legal-review@1',
      'without-legal-review@2',
      'without-legal-review-joint@1',
      'without-legal-review-joint@2',
    ]);
    expect(defaultRegistry.latest('default').version).toBe(3);
    expect(defaultRegistry.get('default', 1)).toEqual(DEFAULT_DEFINITION);
    expect(defaultRegistry.has('short', 1)).toBe(true);
    expect(defaultRegistry.has('short', 3)).toBe(false);
  });

  it('explains an unknown version or id', () => {
    expect(() => defaultRegistry.get('default', 7)).toThrow(
      'unknown version 7 of workflow definition default (known versions: 1, 2, 3)',
    );
    expect(() => defaultRegistry.get('nope', 1)).toThrow(
      /unknown workflow definition nope \(known: archive, default/,
    );
    expect(() => defaultRegistry.latest('nope')).toThrow(/unknown workflow definition nope/);
  });

  it('hands out frozen definitions', () => {
    const def = defaultRegistry.get('default', 1);
    expect(Object.isFrozen(def)).toBe(true);
    expect(Object.isFrozen(def.transitions[0].roles)).toBe(true);
  });
});

describe('WorkflowRegistry versioning', () => {
  it('latest is the highest version; old versions stay available', () => {
    const registry = new WorkflowRegistry([shortV2(), SHORT_DEFINITION]);
    expect(registry.latest('short').version).toBe(2);
    expect(registry.get('short', 1).version).toBe(1);
    expect(registry.list().map((d) => d.version)).toEqual([1, 2]);
  });

  it('a report started on v1 keeps the v1 rules after v2 is registered', () => {
    const registry = new WorkflowRegistry([SHORT_DEFINITION, shortV2()]);
    const reviewer = { userId: 'u1', roles: ['dept_reviewer' as const] };
    const fields = { meetingBody: '党组会议', meetingDate: '2024-02-20', minutesNumber: '3' };
    expect(decide(registry.get('short', 1), 'dept_review', 'approve', reviewer, { fields }, null).ok).toBe(
      true,
    );
    expect(
      decide(registry.latest('short'), 'dept_review', 'approve', reviewer, { fields }, null),
    ).toMatchObject({
      code: 'ROLE_NOT_ALLOWED',
    });
  });

  it('is not affected by later changes to the object it was given', () => {
    const source = structuredClone(SHORT_DEFINITION);
    const registry = new WorkflowRegistry([source]);
    source.states[0].label = 'changed';
    expect(registry.get('short', 1).states[0].label).toBe('起草中');
  });

  it('refuses an invalid definition at construction', () => {
    const broken = structuredClone(SHORT_DEFINITION);
    broken.transitions.push({ from: 'published', action: 'reopen', to: 'drafting', roles: ['admin'] });
    expect(() => new WorkflowRegistry([broken])).toThrow(
      /short v1 is invalid:\n- .*leaves final state published/,
    );
  });

  it('refuses the same (id, version) twice', () => {
    expect(() => new WorkflowRegistry([SHORT_DEFINITION, SHORT_DEFINITION])).toThrow(
      'workflow definition short v1 is registered twice',
    );
  });
});
