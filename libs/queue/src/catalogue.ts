/**
 * The job catalogue: every queue, every job, its payload type and its deterministic id.
 * Payloads carry ids only; a handler re-reads the rows it needs, so a stale job is harmless.
 * Adding a job = one entry here + one @JobHandler in apps/worker (the worker refuses to start
 * when a job has no handler or two).
 */
export const QUEUES = {
  system: 'system',
  notifications: 'notifications',
  deadlines: 'deadlines',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface JobPayloads {
  /** Proves API -> outbox -> Redis -> worker works (POST /system/self-checks). */
  'self-check': { selfCheckId: string };
  /** Fan a recorded workflow transition out to the in-app inbox of the people concerned. */
  'transition-notify': { auditEventId: number };
  /** A report's deadlines opened, moved or closed: re-plan its reminders from MySQL (the source of truth). */
  'deadlines-changed': { reportId: string; reportVersion: number };
  /**
   * Reminder timers (reminder_timers rows) fall due at this instant (epoch ms): send every one due
   * by now. `pass` tells apart a later run for the same instant (the reconciler's, for timers a
   * finished run did not see).
   */
  'reminders-due': { runAt: number; pass?: number };
  /** Send one stored email/webhook delivery; `replay` counts admin replays from the dead-letter list. */
  'delivery-send': { deliveryId: number; replay: number };
  /** A campaign's 通报 was issued (印发): tell every unit the campaign asked (the named ones to 整改), once. */
  'notice-issued': { campaignId: string; noticeVersion: number };
  /** A coordinator pressed a late target by hand (催办): tell whoever acts next on its report, once. */
  'target-urged': { urgeId: string };
  /**
   * The email and chat-robot messages of a press, at its push_due_at (the next office opening when
   * pressed at night): worded and addressed when they go, and only if the unit still owes its report.
   */
  'target-urged-push': { urgeId: string };
}
export type JobName = keyof JobPayloads;

interface JobDefinition<N extends JobName> {
  queue: QueueName;
  /** Deterministic, so relaying the same outbox row twice adds the job once (BullMQ ids may not contain ':'). */
  jobId: (payload: JobPayloads[N]) => string;
  /** Overrides of the default retry policy (see policy.ts). */
  attempts?: number;
  /**
   * What becomes of a job that failed for good (its attempts ran out, or it stalled too often):
   * - `sweep`: the worker's failed-job sweep runs it again (FailedJobSweep, bounded). Only for a
   *   handler that is safe to run again (deterministic id, unique keys: nobody is told twice) and
   *   whose work is still owed to someone.
   * - `reconciler`: the reconciler re-plans it from MySQL and retries it itself.
   * - `leave`: it stays failed, for an operator to look at (Bull Board, the worker's log).
   */
  whenFailed: 'sweep' | 'reconciler' | 'leave';
}

export const JOBS: { [N in JobName]: JobDefinition<N> } = {
  // A probe: its answer says whether the pipeline worked when an admin asked. Nobody is owed a late
  // run, and a self-check that never completes is itself what the admin should see.
  'self-check': {
    queue: QUEUES.system,
    jobId: (p) => `self-check-${p.selfCheckId}`,
    attempts: 3,
    whenFailed: 'leave',
  },
  // Inbox messages keyed evt-<event>-<person> (notifications.dedup_key is unique, INSERT IGNORE).
  'transition-notify': {
    queue: QUEUES.notifications,
    jobId: (p) => `transition-notify-${p.auditEventId}`,
    whenFailed: 'sweep',
  },
  // Brings the deadline rows in line with the report row (MySQL is the truth) and adds timers under
  // deterministic ids: running it again, or late, converges on the same rows and timers. The
  // reconciler starts from the deadline rows, so it cannot repair a missed one: swept.
  'deadlines-changed': {
    queue: QUEUES.deadlines,
    jobId: (p) => `deadlines-changed-${p.reportId}-v${p.reportVersion}`,
    whenFailed: 'sweep',
  },
  // One job per instant, however many reminders fall due then: the timers are rows in MySQL, and
  // the run sends them in batches, each logged in the transaction that sends it. The reconciler
  // retries a failed one and runs an instant again while any of its timers are left.
  'reminders-due': {
    queue: QUEUES.deadlines,
    jobId: (p) => `reminders-due-${p.runAt}${p.pass ? `-p${p.pass}` : ''}`,
    whenFailed: 'reconciler',
  },
  // Re-reads its delivery row and sends only a pending one; marks it sent or dead only while pending.
  'delivery-send': {
    queue: QUEUES.notifications,
    jobId: (p) => `delivery-${p.deliveryId}-r${p.replay}`,
    attempts: 5,
    whenFailed: 'sweep',
  },
  // A 通报 is issued once (its version then never changes), so the id is its campaign's and version's.
  // Inbox messages keyed notice-<campaign>-<person>.
  'notice-issued': {
    queue: QUEUES.notifications,
    jobId: (p) => `notice-issued-${p.campaignId}-v${p.noticeVersion}`,
    whenFailed: 'sweep',
  },
  // One job per press (campaign_urges row, never changed). Inbox messages keyed urge-<id>-<person>,
  // deliveries urge-<id>-email-<person> / urge-<id>-webhook: a re-run tells nobody twice; swept.
  'target-urged': {
    queue: QUEUES.notifications,
    jobId: (p) => `target-urged-${p.urgeId}`,
    whenFailed: 'sweep',
  },
  // Delayed to the press's push_due_at. Deliveries keyed urge-<id>-email-<person> / urge-<id>-webhook,
  // stored with pushed_at in one transaction; the reconciler re-adds the job of any press whose
  // pushes are owed (pushed_at NULL), so a Redis lost overnight delays them and never loses them.
  'target-urged-push': {
    queue: QUEUES.notifications,
    jobId: (p) => `target-urged-push-${p.urgeId}`,
    whenFailed: 'reconciler',
  },
};

export const JOB_NAMES = Object.keys(JOBS) as JobName[];

/** The jobs the failed-job sweep runs again (whenFailed: 'sweep'). */
export const SWEPT_JOB_NAMES: ReadonlySet<JobName> = new Set(
  JOB_NAMES.filter((name) => JOBS[name].whenFailed === 'sweep'),
);

export function isJobName(name: string): name is JobName {
  return Object.prototype.hasOwnProperty.call(JOBS, name);
}

/**
 * The outcome a handler reports; "skipped" says the work was stale or already done (idempotency);
 * "deferred" says the job ran before its time (promoted by hand, or a clock ahead of ours) and is
 * put back, under the same id, to run again in `delayMs`.
 */
export type JobOutcome =
  | { status: 'done'; detail?: string }
  | { status: 'skipped'; reason: string }
  | { status: 'deferred'; delayMs: number; reason: string };
