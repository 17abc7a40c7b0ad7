import { BUILT_IN_DEFINITIONS, SHORT_DEFINITION } from './default-definition';
import type { ActionField, Role, WorkflowDefinition } from './types';
import { assertValidDefinition, validateDefinition } from './validate-definition';

/** A fresh, mutable copy of the short path to break in one place per test. */
function shortPath(): WorkflowDefinition {
  return structuredClone(SHORT_DEFINITION);
}

describe('validateDefinition', () => {
  it.each(BUILT_IN_DEFINITIONS.map((def) => [def.id, def] as const))('%s is valid', (_id, def) => {
    expect(validateDefinition(def)).toEqual([]);
  });

  it('catches a state nothing leads to', () => {
    const def = shortPath();
    def.states.push({ id: 'orphan', label: '孤立', kind: 'review', hasStageDeadline: true });
    def.transitions.push({ from: 'orphan', action: 'approve', to: 'submitted', roles: ['dept_reviewer'] });
    expect(validateDefinition(def)).toEqual(['state orphan cannot be reached from drafting']);
  });

  it('catches a dead end', () => {
    const def = shortPath();
    def.states.push({ id: 'limbo', label: '搁置', kind: 'review', hasStageDeadline: false });
    def.transitions.push({ from: 'dept_review', action: 'park', to: 'limbo', roles: ['dept_reviewer'] });
    expect(validateDefinition(def)).toEqual(['state limbo is a dead end: no transition leaves it']);
  });

  it('catches a trap: a loop that never reaches a final state', () => {
    const def = shortPath();
    def.states.push(
      { id: 'loop_a', label: 'A', kind: 'review', hasStageDeadline: false },
      { id: 'loop_b', label: 'B', kind: 'review', hasStageDeadline: false },
    );
    def.transitions.push(
      { from: 'dept_review', action: 'park', to: 'loop_a', roles: ['dept_reviewer'] },
      { from: 'loop_a', action: 'next', to: 'loop_b', roles: ['dept_reviewer'] },
      { from: 'loop_b', action: 'next', to: 'loop_a', roles: ['dept_reviewer'] },
    );
    expect(validateDefinition(def)).toEqual([
      'state loop_a is a trap: no path from it reaches a final state',
      'state loop_b is a trap: no path from it reaches a final state',
    ]);
  });

  it('catches two transitions with the same (from, action)', () => {
    const def = shortPath();
    def.transitions.push({ from: 'dept_review', action: 'approve', to: 'accepted', roles: ['unit_leader'] });
    expect(validateDefinition(def)).toEqual([
      'dept_review --approve--> accepted: a second approve from dept_review',
    ]);
  });

  it('catches an unknown role and an unknown required field', () => {
    const def = shortPath();
    def.transitions[0].roles = ['mayor' as Role];
    def.transitions[0].requiredFields = ['stamp' as ActionField];
    expect(validateDefinition(def)).toEqual([
      'drafting --submit--> dept_review: unknown role mayor',
      'drafting --submit--> dept_review: unknown required field stamp',
    ]);
  });

  it('catches a transition out of a final state', () => {
    const def = shortPath();
    def.transitions.push({ from: 'published', action: 'unpublish', to: 'accepted', roles: ['unit_leader'] });
    expect(validateDefinition(def)).toEqual([
      'published --unpublish--> accepted: leaves final state published',
    ]);
  });

  it('catches unknown states in transitions, initial and finals', () => {
    const def = shortPath();
    def.initial = 'start';
    def.finals = ['published', 'archived'];
    def.transitions.push({ from: 'accepted', action: 'archive', to: 'archive_box', roles: ['admin'] });
    const problems = validateDefinition(def);
    expect(problems).toContain('initial state start is not defined');
    expect(problems).toContain('final state archived is not defined');
    expect(problems).toContain('accepted --archive--> archive_box: unknown state archive_box');
  });

  it('catches duplicate state ids, a final that is not of kind final, and the reserved withdraw', () => {
    const def = shortPath();
    def.states.push({ ...def.states[1] });
    def.states[3].kind = 'final'; // accepted
    def.transitions.push({ from: 'dept_review', action: 'withdraw', to: 'drafting', roles: ['drafter'] });
    const problems = validateDefinition(def);
    expect(problems).toContain('state dept_review is defined more than once');
    expect(problems).toContain("state accepted: kind 'final' and the finals list disagree");
    expect(problems).toContain(
      'dept_review --withdraw--> drafting: withdraw is built in and cannot be defined',
    );
  });

  it('catches a transition nobody may take and a missing final', () => {
    const def = shortPath();
    def.transitions[0].roles = [];
    def.finals = [];
    def.states[4].kind = 'external';
    const problems = validateDefinition(def);
    expect(problems).toContain('drafting --submit--> dept_review: no role may take it');
    expect(problems).toContain('there is no final state');
  });
});

describe('assertValidDefinition', () => {
  it('throws listing every problem', () => {
    const def = shortPath();
    def.transitions.push({ from: 'published', action: 'unpublish', to: 'nowhere', roles: ['unit_leader'] });
    expect(() => assertValidDefinition(def)).toThrow(
      'workflow definition short v1 is invalid:\n' +
        '- published --unpublish--> nowhere: unknown state nowhere\n' +
        '- published --unpublish--> nowhere: leaves final state published',
    );
  });

  it('accepts a valid definition silently', () => {
    expect(() => assertValidDefinition(SHORT_DEFINITION)).not.toThrow();
  });
});
