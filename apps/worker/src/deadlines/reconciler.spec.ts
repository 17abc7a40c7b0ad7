import { reminderJobId } from '@app/reminders';
import { parseReminderJobId } from './reconciler';

describe('parseReminderJobId (the orphan sweep reads deadline and version from the timer id)', () => {
  const deadlineId = '0193a6f2-7c1e-7b3a-9f00-1234567890ab';

  it('reads back what reminderJobId wrote, for every kind of occurrence name', () => {
    for (const occurrence of ['before-1', 'on-day', 'overdue-12', 'escalate-leader', 'escalate-coordinator'])
      for (const version of [1, 7, 123])
        expect(parseReminderJobId(reminderJobId(deadlineId, version, occurrence))).toEqual({
          deadlineId,
          deadlineVersion: version,
        });
  });

  it('does not guess at ids it cannot read (the sweep then fetches the job itself)', () => {
    expect(parseReminderJobId(`deadlines-changed-${deadlineId}-v3`)).toBeNull();
    expect(parseReminderJobId('reminder-not-a-uuid-v2-on-day')).toBeNull();
    expect(parseReminderJobId(`reminder-${deadlineId}-on-day`)).toBeNull();
  });
});
