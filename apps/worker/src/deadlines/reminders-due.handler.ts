import { Injectable, Logger } from '@nestjs/common';
import { Clock, isDeadlock } from '@app/common';
import type { JobOutcome, JobPayloads } from '@app/queue';
import { JobHandler, type HandlesJob } from '../jobs/job-handler';
import { BatchFailed, ReminderBatch, type DrainedBatch } from './reminder-batch';
import { ReminderScheduler } from './reminder-scheduler';
import type { ReminderTimer } from './reminder-timer.repository';

/** Timers per transaction: the 09:00 burst's statements stay a few hundred kilobytes. */
export const DRAIN_BATCH = 250;
/**
 * Transactions in flight per run once a batch came back full (a backlog, as at 09:00): the round
 * trips of one overlap the work of the others. A run that finds a handful sends them in one.
 */
export const DRAIN_SENDERS = 4;
/** A timer that fails on its own is put off this long, so that it holds up no other. */
export const FAILED_TIMER_DELAY_MS = 5 * 60_000;
/** Failures in a row (the database away, say) after which the run fails and BullMQ retries it later. */
const MAX_FAILURES_IN_A_ROW = 5;
/** Lock conflicts in a row after which the run fails (their victim kept nothing: it runs again). */
const MAX_LOCK_CONFLICTS_IN_A_ROW = 50;

interface Totals {
  sent: number;
  skipped: number;
  putOff: number;
  deferredTo: Date[];
}

/** Another transaction's locks, not the timers': the same batch again, a moment later. */
function isLockConflict(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  return (
    isDeadlock(error) || e?.code === 'ER_LOCK_WAIT_TIMEOUT' || e?.driverError?.code === 'ER_LOCK_WAIT_TIMEOUT'
  );
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reminder timers fall due at an instant: send every timer due by now (ReminderBatch does the
 * work, in batches that each log what they send, so a run that dies, runs twice, or runs beside
 * another worker's never sends one twice). A run for an instant still ahead (promoted by hand on the
 * queue board, or a clock ahead of ours) waits for it; a run outside office hours (after an outage,
 * or for a timer put off at closing time) waits for the next opening: reminders never go out at
 * night. A run that leaves timers due (held for a moment by another transaction, or written while
 * it ran) runs again a second later.
 */
@Injectable()
@JobHandler('reminders-due')
export class RemindersDueHandler implements HandlesJob<'reminders-due'> {
  private readonly logger = new Logger(RemindersDueHandler.name);

  constructor(
    private readonly batch: ReminderBatch,
    private readonly scheduler: ReminderScheduler,
    private readonly clock: Clock,
  ) {}

  async handle({ runAt }: JobPayloads['reminders-due']): Promise<JobOutcome> {
    const now = this.clock.now();
    const early = runAt - now.getTime();
    if (early > 0)
      return { status: 'deferred', delayMs: early, reason: `not due until ${new Date(runAt).toISOString()}` };
    const opening = await this.scheduler.officeNow(now);
    if (opening.getTime() > now.getTime())
      return {
        status: 'deferred',
        delayMs: opening.getTime() - now.getTime(),
        reason: `outside office hours: waits for ${opening.toISOString()}`,
      };
    const totals: Totals = { sent: 0, skipped: 0, putOff: 0, deferredTo: [] };
    const senders = (count: number, batches: number) =>
      Promise.allSettled(Array.from({ length: count }, () => this.drain(totals, batches)));
    const first = await senders(1, 1);
    const results =
      first[0].status === 'fulfilled' && first[0].value === 'more'
        ? await senders(DRAIN_SENDERS, Number.POSITIVE_INFINITY)
        : first;
    // Timers that were early (or put off) wait for their own instant's run, whatever else failed.
    if (totals.deferredTo.length > 0) await this.scheduler.ensureInstants(totals.deferredTo);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    // Only what was due when the run began: a timer due since has a run of its own at its instant.
    if (await this.batch.anyDue(now)) await this.scheduler.runAgainSoon();
    return {
      status: 'done',
      detail: `${totals.sent} sent, ${totals.skipped} skipped, ${totals.putOff} put off`,
    };
  }

  /**
   * One sender: up to `batches` batches, until one comes back short of full (everything due when
   * it looked was taken, by it or by a sender beside it). 'more' when the last batch was full. A
   * batch held up by another transaction's locks runs again; one that fails otherwise is tried again
   * one timer at a time, and a timer that fails alone three times is put off (logged), so that the
   * others still go.
   */
  private async drain(totals: Totals, batches: number): Promise<'done' | 'more'> {
    let size = DRAIN_BATCH;
    let failures = 0;
    let conflicts = 0;
    for (let done = 0; done < batches;) {
      let batch: DrainedBatch;
      try {
        batch = await this.batch.drainOnce(size);
      } catch (error) {
        const cause = error instanceof BatchFailed ? error.cause : error;
        if (isLockConflict(cause) && ++conflicts < MAX_LOCK_CONFLICTS_IN_A_ROW) {
          await pause(5 + Math.random() * 45);
          continue;
        }
        if (++failures >= MAX_FAILURES_IN_A_ROW) throw cause;
        await pause(50 * failures);
        if (size > 1) {
          size = 1;
          continue;
        }
        const alone = error instanceof BatchFailed ? error.timers : [];
        if (failures >= 3 && alone.length === 1) {
          await this.putOff(alone[0], cause, totals);
          failures = 1;
        }
        continue;
      }
      failures = 0;
      conflicts = 0;
      totals.sent += batch.sent;
      totals.skipped += batch.skipped;
      totals.deferredTo.push(...batch.deferredTo);
      if (batch.claimed < size) return 'done';
      size = DRAIN_BATCH;
      done++;
    }
    return 'more';
  }

  /** The timer that failed alone, by its key: put off, with its time said in the log. */
  private async putOff(timer: ReminderTimer, error: unknown, totals: Totals): Promise<void> {
    const runAt = new Date(this.clock.now().getTime() + FAILED_TIMER_DELAY_MS);
    await this.batch.postpone(timer, runAt);
    totals.putOff++;
    totals.deferredTo.push(runAt);
    this.logger.error(
      { timer, err: error },
      `reminder ${timer.occurrence} of deadline ${timer.deadlineId} v${timer.deadlineVersion} failed; tried again in ${FAILED_TIMER_DELAY_MS / 60_000} minutes`,
    );
  }
}
