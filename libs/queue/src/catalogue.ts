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
  /** One reminder or escalation occurrence of one deadline version is due. */
  'reminder-due': { deadlineId: string; deadlineVersion: number; occurrence: string };
  /** Send one stored email/webhook delivery; `replay` counts admin replays from the dead-letter list. */
  'delivery-send': { deliveryId: number; replay: number };
  /** A campaign's 通报 was issued (印发): tell the members of each unit it names, once. */
  'notice-issued': { campaignId: string; noticeVersion: number };
}
export type JobName = keyof JobPayloads;

interface JobDefinition<N extends JobName> {
  queue: QueueName;
  /** Deterministic, so relaying the same outbox row twice adds the job once (BullMQ ids may not contain ':'). */
  jobId: (payload: JobPayloads[N]) => string;
  /** Overrides of the default retry policy (see policy.ts). */
  attempts?: number;
}

export const JOBS: { [N in JobName]: JobDefinition<N> } = {
  'self-check': { queue: QUEUES.system, jobId: (p) => `self-check-${p.selfCheckId}`, attempts: 3 },
  'transition-notify': { queue: QUEUES.notifications, jobId: (p) => `transition-notify-${p.auditEventId}` },
  'deadlines-changed': {
    queue: QUEUES.deadlines,
    jobId: (p) => `deadlines-changed-${p.reportId}-v${p.reportVersion}`,
  },
  // Must equal reminderJobId() in @app/reminders: the scheduler computes ids to check Redis.
  'reminder-due': {
    queue: QUEUES.deadlines,
    jobId: (p) => `reminder-${p.deadlineId}-v${p.deadlineVersion}-${p.occurrence}`,
  },
  'delivery-send': {
    queue: QUEUES.notifications,
    jobId: (p) => `delivery-${p.deliveryId}-r${p.replay}`,
    attempts: 5,
  },
  // A 通报 is issued once (its version then never changes), so the id is its campaign's and version's.
  'notice-issued': {
    queue: QUEUES.notifications,
    jobId: (p) => `notice-issued-${p.campaignId}-v${p.noticeVersion}`,
  },
};

export const JOB_NAMES = Object.keys(JOBS) as JobName[];

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
