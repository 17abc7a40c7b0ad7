// The policy types live in the pure reminders library; re-exported for the report code that stores them.
export { DEFAULT_REMINDER_POLICY, type ReminderPolicy, type StageLimits } from '@app/reminders';
