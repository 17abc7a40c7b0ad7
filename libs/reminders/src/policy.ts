/**
 * When reminders (催办) and escalations (督办) go out, in working days, as a campaign sets them.
 * Stored per report (copied from the campaign) so a later policy change never rewrites history.
 */
export interface ReminderPolicy {
  /** Reminders to whoever must act, N working days before a stage deadline, e.g. [3, 1]. */
  stageBefore: number[];
  /** Reminders N working days before the unit's due date (to the drafters while still in the unit). */
  dueBefore: number[];
  /** Remind on the day itself. */
  onTheDay: boolean;
  /** While overdue, remind every working day, at most this many times (0 = never). */
  overdueDailyMax: number;
  /** Escalate an overdue item to the unit leader after this many working days (0 = never). */
  escalateToLeaderAfter: number;
  /** Escalate to the coordinator above after this many working days overdue (0 = never). */
  escalateToCoordinatorAfter: number;
}

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  stageBefore: [3, 1],
  dueBefore: [3, 1],
  onTheDay: true,
  overdueDailyMax: 5,
  escalateToLeaderAfter: 1,
  escalateToCoordinatorAfter: 3,
};

/** Working days allowed per review state, e.g. { dept_review: 3, legal_review: 3, party_approval: 5 }. */
export type StageLimits = Record<string, number>;
