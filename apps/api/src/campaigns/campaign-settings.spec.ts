import { DEFAULT_REMINDER_POLICY } from '@app/reports';
import { defaultRegistry } from '@app/workflow';
import { mergeReminderPolicy, resolveWorkflow, validateStageLimits } from './campaign-settings';

describe('campaign settings', () => {
  const definition = defaultRegistry.get('default', 1);

  it('accepts whole working days >= 1 for review stages only', () => {
    expect(validateStageLimits({ dept_review: 3, party_approval: 5 }, definition)).toEqual({
      dept_review: 3,
      party_approval: 5,
    });
    expect(validateStageLimits(undefined, definition)).toBeNull();
    for (const bad of [
      { dept_review: 0 },
      { dept_review: -1 },
      { dept_review: 2.5 },
      { dept_review: '3' },
      { drafting: 3 },
    ]) {
      expect(() => validateStageLimits(bad, definition)).toThrow(/stageLimits/);
    }
  });

  it('refuses an unknown workflow and defaults to the latest default path', () => {
    expect(resolveWorkflow(undefined).id).toBe('default');
    expect(() => resolveWorkflow({ id: 'default', version: 42 })).toThrow(
      /no workflow definition default version 42/,
    );
  });

  it('fills the reminder policy from the default', () => {
    expect(mergeReminderPolicy({ dueBefore: [1, 5, 3] })).toEqual({
      ...DEFAULT_REMINDER_POLICY,
      dueBefore: [5, 3, 1],
    });
    expect(mergeReminderPolicy(undefined)).toEqual(DEFAULT_REMINDER_POLICY);
  });
});
