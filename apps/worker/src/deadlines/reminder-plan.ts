import type { NewDelivery, NewNotification } from '@app/notifications';
import type { JobOutcome } from '@app/queue';
import type { Occurrence } from '@app/reminders';
import type { Deadline, Report } from '@app/reports';
import type { Recipient } from '../notifications/recipients';
import { messageFor } from './reminder-message';

/**
 * Which reminders of a batch go out, and to whom: pure functions over plain data, so that the
 * rules (skip what the action made stale, defer what is early, never the same reminder twice to
 * the same person) are tested without a database. ReminderBatch reads, calls these, and stores.
 */

/** One reminder to send: an occurrence of a deadline version (a reminder_timers row). */
export interface ReminderJob {
  deadlineId: string;
  deadlineVersion: number;
  occurrence: string;
}

/** A job of the batch, by its position (each job gets its own outcome back). */
export interface DueReminder {
  index: number;
  job: ReminderJob;
  deadline: Deadline;
  report: Report;
  occurrence: Occurrence;
}

export interface AddressedReminder extends DueReminder {
  people: Recipient[];
}

/** The keys that make a reminder once-only; every one is built here. */
export interface ReminderKeys {
  /** reminder_log's primary key, (deadline, due time, occurrence), as one string. */
  log: string;
  inbox(userId: string): string;
  email(userId: string): string;
  webhook: string;
}

/**
 * One reminder is one occurrence of one deadline at one due time: moved to another due time it is
 * another reminder (the extension re-opens the reminders), at the same due time it is the same one
 * however many jobs carry it.
 */
export function reminderKeys(deadline: Pick<Deadline, 'id' | 'dueAt'>, occurrence: string): ReminderKeys {
  const of = `${deadline.id}-${deadline.dueAt.getTime()}-${occurrence}`;
  return {
    log: `${deadline.id}|${deadline.dueAt.getTime()}|${occurrence}`,
    inbox: (userId) => `rem-${of}-${userId}`,
    email: (userId) => `mail-${of}-${userId}`,
    webhook: `hook-${of}`,
  };
}

export interface DueSelection {
  /** Outcomes decided before sending: skipped (stale) or deferred (early), by job index. */
  settled: Map<number, JobOutcome>;
  due: DueReminder[];
}

/**
 * Which jobs are still due at `now`. The deadline must be open at the job's version and, for a
 * stage deadline, the report still in that stage, and the occurrence still planned; otherwise the
 * job is skipped (the action was taken). One whose time has not come (promoted by hand on the
 * queue board, or fired by a clock ahead of ours) is deferred to that time: put back, not dropped.
 */
export function selectDue(input: {
  jobs: ReminderJob[];
  deadlines: Map<string, Deadline>;
  reports: Map<string, Report>;
  occurrencesOf: (deadline: Deadline, report: Report) => Occurrence[];
  now: Date;
}): DueSelection {
  const settled = new Map<number, JobOutcome>();
  const skip = (index: number, reason: string) => settled.set(index, { status: 'skipped', reason });
  const due: DueReminder[] = [];
  input.jobs.forEach((job, index) => {
    const deadline = input.deadlines.get(job.deadlineId);
    if (!deadline || deadline.closedAt) return skip(index, 'deadline closed: the action was taken');
    if (deadline.version !== job.deadlineVersion) return skip(index, `deadline moved (v${deadline.version})`);
    const report = input.reports.get(deadline.reportId);
    if (!report) return skip(index, 'report not found');
    if (deadline.kind === 'stage' && report.state !== deadline.stage)
      return skip(index, `report left ${deadline.stage}`);
    const occurrence = input.occurrencesOf(deadline, report).find((o) => o.name === job.occurrence);
    if (!occurrence) return skip(index, `occurrence ${job.occurrence} no longer planned`);
    const early = occurrence.runAt.getTime() - input.now.getTime();
    if (early > 0) {
      settled.set(index, {
        status: 'deferred',
        delayMs: early,
        reason: `${job.occurrence} is not due until ${occurrence.runAt.toISOString()}`,
      });
      return;
    }
    due.push({ index, job, deadline, report, occurrence });
  });
  return { settled, due };
}

/** Where the reminders can go besides the inbox. */
export interface Contacts {
  /** Email addresses by user id (empty when no SMTP server is configured). */
  emails: Map<string, string>;
  /** Chat-robot webhooks by unit id. */
  webhooks: Map<string, string>;
  /** The console link to a report, when the public address is configured. */
  linkTo: (report: Report) => string | null;
}

export interface LogEntry {
  deadlineId: string;
  dueAt: Date;
  occurrence: string;
  recipients: number;
}

export interface SendPlan {
  /** Job indexes sent now; the others of `reminders` were sent before ("already sent"). */
  fresh: Set<number>;
  log: LogEntry[];
  notifications: NewNotification[];
  deliveries: NewDelivery[];
}

/**
 * What to store for reminders whose deadlines are locked: a reminder already in the log (`logged`,
 * by reminderKeys().log) or already planned earlier in this batch is not sent again; each fresh one
 * gets its log entry, an inbox message per person, an email per person with an address, and one
 * message to its unit's robot.
 */
export function planSends(input: {
  reminders: AddressedReminder[];
  logged: Set<string>;
  contacts: Contacts;
}): SendPlan {
  const plan: SendPlan = { fresh: new Set(), log: [], notifications: [], deliveries: [] };
  const done = new Set(input.logged);
  for (const r of input.reminders) {
    const keys = reminderKeys(r.deadline, r.job.occurrence);
    if (done.has(keys.log)) continue;
    done.add(keys.log);
    plan.fresh.add(r.index);
    plan.log.push({
      deadlineId: r.deadline.id,
      dueAt: r.deadline.dueAt,
      occurrence: r.job.occurrence,
      recipients: r.people.length,
    });
    const text = messageFor(r.report, r.deadline, r.occurrence.kind, r.job.occurrence);
    const about = {
      unitId: r.report.unitId,
      reportId: r.report.id,
      subject: text.title,
      body: text.body,
      link: input.contacts.linkTo(r.report),
    };
    for (const person of r.people) {
      plan.notifications.push({
        userId: person.id,
        kind: r.occurrence.kind,
        reportId: r.report.id,
        title: text.title,
        body: text.body,
        dedupKey: keys.inbox(person.id),
      });
      const email = input.contacts.emails.get(person.id);
      if (email)
        plan.deliveries.push({
          ...about,
          dedupKey: keys.email(person.id),
          channel: 'email',
          target: email,
          userId: person.id,
        });
    }
    const webhook = input.contacts.webhooks.get(r.report.unitId);
    if (webhook)
      plan.deliveries.push({
        ...about,
        dedupKey: keys.webhook,
        channel: 'webhook',
        target: webhook,
        userId: null,
      });
  }
  return plan;
}

/**
 * Each job's outcome, in the order of the jobs: what was settled before sending, "done" for the
 * reminders sent now, "already sent" for the rest (a job that ran twice, or two jobs of one reminder).
 */
export function batchOutcomes(input: {
  jobs: ReminderJob[];
  settled: Map<number, JobOutcome>;
  sent: AddressedReminder[];
}): JobOutcome[] {
  const sent = new Map(input.sent.map((r) => [r.index, r]));
  return input.jobs.map((job, index): JobOutcome => {
    const settled = input.settled.get(index);
    if (settled) return settled;
    const reminder = sent.get(index);
    return reminder
      ? { status: 'done', detail: `${job.occurrence} to ${reminder.people.length} recipient(s)` }
      : { status: 'skipped', reason: 'already sent' };
  });
}
