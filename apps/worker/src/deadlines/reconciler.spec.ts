import { JOBS } from '@app/queue';
import { LEGACY_REMINDER_JOB } from './reconciler';

describe('LEGACY_REMINDER_JOB (the reconciler removes the delayed jobs of one reminder each)', () => {
  const deadlineId = '0193a6f2-7c1e-7b3a-9f00-1234567890ab';

  it('reads the ids the catalogue gave a reminder before the timers were rows', () => {
    for (const occurrence of ['before-1', 'on-day', 'overdue-12', 'escalate-leader'])
      expect(LEGACY_REMINDER_JOB.test(`reminder-${deadlineId}-v3-${occurrence}`)).toBe(true);
  });

  it('never takes a job of today’s catalogue', () => {
    expect(LEGACY_REMINDER_JOB.test(JOBS['reminders-due'].jobId({ runAt: 1_800_000_000_000 }))).toBe(false);
    expect(LEGACY_REMINDER_JOB.test(JOBS['reminders-due'].jobId({ runAt: 1, pass: 2 }))).toBe(false);
    expect(LEGACY_REMINDER_JOB.test(`deadlines-changed-${deadlineId}-v3`)).toBe(false);
  });
});
