import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { bullMqConnection, QUEUES } from '@app/queue';
import { waitFor } from '../support/wait';

/**
 * The in-app notifications the drill's transitions owe (the inbox): printed after each failover, and
 * asserted at the end of each drill (every owed message there exactly once, none unowed). A
 * transition-notify job that ran out of retries during a failover is run again by the worker's
 * failed-job sweep, so the end-of-drill check waits (bounded) for the sweep's next pass.
 *
 * What a move owes is worked out from the rows, the way the worker's handler does it for the drill's
 * world: each notify effect of an event names its audience (the report's own unit, or the unit it
 * goes up to, whose coordinators act: no campaign, so no receipts, in a drill), the recipients are
 * the active holders of the effect's roles there, never the actor; one message per (event, person),
 * keyed `evt-<event id>-<user id>` as the handler keys it. Copies (抄送) and corrections are left
 * out: a drill's world has neither.
 */
export interface TransitionInbox {
  /** Moves whose event carries a notify effect (each publishes one transition-notify job). */
  notifyingMoves: number;
  /** Messages those moves owe (a move whose only recipient is its actor owes none). */
  owed: number;
  /** Owed messages found in the inbox. */
  delivered: number;
  /** Owed and not in the inbox: the event ids, first ones only. */
  missing: number;
  missingEvents: number[];
  /** Transition messages in the inbox that no move owes (a wrong recipient, or a key written twice). */
  unexpected: number;
  /** transition-notify jobs in the notifications queue's failed set (retries exhausted). */
  failedJobs: number;
  /** Whether the notifications queue had nothing waiting, active or delayed when counted. */
  queueSettled: boolean;
}

interface NotifyEffect {
  type: 'notify';
  audience: 'own_unit' | 'receiving_unit';
  roles: string[];
}

const TRANSITION_KINDS = ['action_required', 'returned', 'withdrawn', 'accepted', 'published'];

/**
 * Counts, after a bounded wait (`settleMs`) for the notifications queue to go quiet; a queue that
 * does not is reported as such (queueSettled false), never thrown: this is a figure, not a check.
 */
export async function transitionInbox(
  db: DataSource,
  env: Record<string, string>,
  reportIds: string[],
  settleMs = 30_000,
): Promise<TransitionInbox> {
  const config = loadConfig({ ...process.env, ...env }, '');
  const queue = new Queue(QUEUES.notifications, {
    connection: bullMqConnection(config.redis.topology),
    prefix: config.redis.prefix,
  });
  try {
    const queueSettled = await waitFor(
      'the notifications queue to go quiet',
      async () => {
        const counts = await within(
          5000,
          'the job counts',
          queue.getJobCounts('wait', 'prioritized', 'active', 'delayed'),
        );
        return Object.values(counts).every((n) => n === 0);
      },
      { timeoutMs: settleMs, intervalMs: 500 },
    ).catch(() => false);
    const failed = await within(10_000, 'the failed set', queue.getFailed(0, -1));
    const owed = await owedMessages(db, reportIds);
    const delivered = await deliveredKeys(db, reportIds);
    const missingKeys = [...owed.keys].filter((key) => !delivered.has(key));
    return {
      notifyingMoves: owed.notifyingMoves,
      owed: owed.keys.size,
      delivered: owed.keys.size - missingKeys.length,
      missing: missingKeys.length,
      missingEvents: [...new Set(missingKeys.map((key) => Number(key.split('-')[1])))].slice(0, 10),
      unexpected: [...delivered].filter((key) => !owed.keys.has(key)).length,
      failedJobs: failed.filter((job) => job?.name === 'transition-notify').length,
      queueSettled,
    };
  } finally {
    await within(5000, 'closing the queue', queue.close()).catch(() => undefined);
  }
}

/** `work`, or an error naming `what` after `ms`: a Redis that does not answer must not hang the drill. */
async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function owedMessages(
  db: DataSource,
  reportIds: string[],
): Promise<{ notifyingMoves: number; keys: Set<string> }> {
  const events = (await db.query(
    `SELECT e.id, e.actor_user_id, e.effects, r.unit_id, r.receiving_unit_id
       FROM audit_events e JOIN reports r ON r.id = e.report_id WHERE e.report_id IN (?)`,
    [reportIds],
  )) as Array<{
    id: string;
    actor_user_id: string;
    effects: unknown;
    unit_id: string;
    receiving_unit_id: string | null;
  }>;
  const holders = (await db.query(
    `SELECT DISTINCT r.user_id, r.role, r.unit_id FROM user_roles r JOIN users u ON u.id = r.user_id
      WHERE u.active = 1`,
  )) as Array<{ user_id: string; role: string; unit_id: string }>;
  const keys = new Set<string>();
  let notifyingMoves = 0;
  for (const event of events) {
    const effects = (typeof event.effects === 'string' ? JSON.parse(event.effects) : event.effects) as Array<{
      type: string;
    }>;
    const notifies = effects.filter((e): e is NotifyEffect => e.type === 'notify');
    if (notifies.length) notifyingMoves += 1;
    for (const effect of notifies) {
      const unit = effect.audience === 'own_unit' ? event.unit_id : event.receiving_unit_id;
      for (const holder of holders)
        if (
          holder.unit_id === unit &&
          effect.roles.includes(holder.role) &&
          holder.user_id !== event.actor_user_id
        )
          keys.add(`evt-${event.id}-${holder.user_id}`);
    }
  }
  return { notifyingMoves, keys };
}

async function deliveredKeys(db: DataSource, reportIds: string[]): Promise<Set<string>> {
  const rows = (await db.query('SELECT dedup_key FROM notifications WHERE report_id IN (?) AND kind IN (?)', [
    reportIds,
    TRANSITION_KINDS,
  ])) as Array<{ dedup_key: string }>;
  return new Set(rows.map((row) => row.dedup_key));
}

/** Prints the figure under `label`; a count that fails is printed as such (it is not a check). */
export async function printTransitionInbox(
  label: string,
  db: DataSource,
  env: Record<string, string>,
  reportIds: string[],
): Promise<void> {
  const inbox = await transitionInbox(db, env, reportIds).catch((error: Error) => error);
  console.log(
    inbox instanceof Error
      ? `${label}: transition notifications not counted (${inbox.message})`
      : `${label}: transition notifications (reported, not asserted): ${JSON.stringify(inbox)}`,
  );
}

/**
 * The end-of-drill check: every message the drill's moves owe is in the inbox, and none it does not
 * owe. Waits up to `timeoutMs` (a job failed during the failover waits for the failed-job sweep,
 * FAILED_JOB_SWEEP_INTERVAL_MS, then for its own backoff), then asserts on the last count.
 */
export async function expectEveryTransitionNotified(
  label: string,
  db: DataSource,
  env: Record<string, string>,
  reportIds: string[],
  timeoutMs = 240_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let inbox = await transitionInbox(db, env, reportIds, 10_000);
  while (inbox.missing > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    inbox = await transitionInbox(db, env, reportIds, 10_000);
  }
  console.log(`${label}: transition notifications: ${JSON.stringify(inbox)}`);
  expect({ missing: inbox.missingEvents, unexpected: inbox.unexpected }).toEqual({
    missing: [],
    unexpected: 0,
  });
  expect(inbox.delivered).toBe(inbox.owed);
}
