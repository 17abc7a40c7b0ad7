import { atLocalTime, localDateOf, type LocalDate, type WorkingCalendar } from '@app/calendar';
import type { ReminderPolicy } from './policy';

/**
 * Which reminders (催办) and escalations (督办) a deadline produces, and when. Pure: the same
 * deadline, policy and calendar always give the same occurrences with the same names, which is
 * what keys the reminder timers and lets the reconciler write back exactly the missing ones.
 */
export type Audience = 'actors' | 'unit_leader' | 'coordinator';

export interface Occurrence {
  /** Stable name within one deadline: before-3, on-day, overdue-2, escalate-leader ... */
  name: string;
  kind: 'reminder' | 'escalation';
  audience: Audience;
  /** When it goes out: 09:00 Asia/Shanghai on a working day. */
  runAt: Date;
}

export const OFFICE_START = '09:00';

export function planOccurrences(
  deadline: { kind: 'stage' | 'due' | 'disclosure' | 'rectification'; dueAt: Date },
  policy: ReminderPolicy,
  calendar: WorkingCalendar,
  regions: string[] = [],
): Occurrence[] {
  const dueDay: LocalDate = localDateOf(deadline.dueAt);
  const at = (day: LocalDate) => atLocalTime(day, OFFICE_START);
  // A due day that is not a working day (possible after an extension) is reminded on the working day before.
  const remindDay = calendar.isWorkingDay(dueDay, regions)
    ? dueDay
    : calendar.subtractWorkingDays(dueDay, 1, regions);
  const out: Occurrence[] = [];
  const before = deadline.kind === 'stage' ? policy.stageBefore : policy.dueBefore;
  for (const n of [...new Set(before)].filter((d) => d > 0).sort((a, b) => b - a)) {
    out.push({
      name: `before-${n}`,
      kind: 'reminder',
      audience: 'actors',
      runAt: at(calendar.subtractWorkingDays(remindDay, n, regions)),
    });
  }
  if (policy.onTheDay)
    out.push({ name: 'on-day', kind: 'reminder', audience: 'actors', runAt: at(remindDay) });
  for (let k = 1; k <= policy.overdueDailyMax; k++) {
    out.push({
      name: `overdue-${k}`,
      kind: 'reminder',
      audience: 'actors',
      runAt: at(calendar.addWorkingDays(dueDay, k, regions)),
    });
  }
  if (policy.escalateToLeaderAfter > 0) {
    out.push({
      name: 'escalate-leader',
      kind: 'escalation',
      audience: 'unit_leader',
      runAt: at(calendar.addWorkingDays(dueDay, policy.escalateToLeaderAfter, regions)),
    });
  }
  if (policy.escalateToCoordinatorAfter > 0) {
    out.push({
      name: 'escalate-coordinator',
      kind: 'escalation',
      audience: 'coordinator',
      runAt: at(calendar.addWorkingDays(dueDay, policy.escalateToCoordinatorAfter, regions)),
    });
  }
  return out.sort((a, b) => a.runAt.getTime() - b.runAt.getTime() || a.name.localeCompare(b.name));
}

/** The occurrences still to send: not before the deadline got its current date, not already handled. */
export function pendingOccurrences(
  occurrences: Occurrence[],
  plannedFrom: Date,
  handled: Set<string>,
): Occurrence[] {
  return occurrences.filter((o) => o.runAt.getTime() >= plannedFrom.getTime() && !handled.has(o.name));
}

/**
 * Timers are sent by one job per instant, and instants are whole tenths of a second: a timer's job
 * runs at its time rounded up, so reminders due within the same tenth (a flow through a minute, or
 * every late one given the same office opening) share one run, at most 0.1 s late.
 */
export const TIMER_INSTANT_MS = 100;

export function timerInstant(runAt: Date | number): number {
  const ms = typeof runAt === 'number' ? runAt : runAt.getTime();
  return Math.ceil(ms / TIMER_INSTANT_MS) * TIMER_INSTANT_MS;
}
