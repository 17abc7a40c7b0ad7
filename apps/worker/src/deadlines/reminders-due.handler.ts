import { Injectable, Logger } from '@nestjs/common';
import { Clock, isDeadlock } from '@app/common';
import type { JobOutcome, JobPayloads } from '@app/queue';
import { JobHandler, type HandlesJob } from '../jobs/job-handler';
import { ReminderBatch, type DrainedBatch } from './reminder-batch';
import { ReminderScheduler } from './reminder-scheduler';

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
/** Deadlocks in a row after which the run fails (a deadlock's victim kept nothing: it runs again). */
const MAX_DEADLOCKS_IN_A_ROW = 50;

interface Totals {
  sent: number;
  skipped: number;
  deferredTo: Date[];
}

/**
 * Reminder timers fall due at an instant: send every timer due by now (ReminderBatch does the
 * work, in batches that each log what they send, so a run that dies, runs twice, or runs beside
 * another worker's never sends one twice). A run for an instant still ahead (promoted by hand on the
 * queue board, or a clock ahead of ours) is put back to wait for it.
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
    const early = runAt - this.clock.now().getTime();
    if (early > 0)
      return { status: 'deferred', delayMs: early, reason: `not due until ${new Date(runAt).toISOString()}` };
    const totals: Totals = { sent: 0, skipped: 0, deferredTo: [] };
    if ((await this.drain(totals, 1)) === 'more')
      await Promise.all(Array.from({ length: DRAIN_SENDERS }, () => this.drain(totals, Infinity)));
    // Timers that were early wait for their own instant's run.
    if (totals.deferredTo.length > 0) await this.scheduler.ensureInstants(totals.deferredTo);
    return {
      status: 'done',
      detail: `${totals.sent} sent, ${totals.skipped} skipped, ${totals.deferredTo.length} put off`,
    };
  }

  /**
   * One sender: up to `batches` batches, until one comes back short of full (everything due when
   * it looked was taken, by it or by a sender beside it; a timer written after that has a run of
   * its own). 'more' when the last batch was full. A batch that fails (two batches deadlocking on
   * their deadline locks, say) is tried again one timer at a time, so that a timer that always
   * fails is found and put off, and the others still go.
   */
  private async drain(totals: Totals, batches: number): Promise<'done' | 'more'> {
    let size = DRAIN_BATCH;
    let failures = 0;
    let deadlocks = 0;
    for (let done = 0; done < batches;) {
      let batch: DrainedBatch;
      try {
        batch = await this.batch.drainOnce(size);
      } catch (error) {
        // Another transaction's lock order, not the timers': the same batch again, a moment later.
        if (isDeadlock(error) && ++deadlocks < MAX_DEADLOCKS_IN_A_ROW) {
          await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 45));
          continue;
        }
        failures++;
        if (failures >= MAX_FAILURES_IN_A_ROW) throw error;
        if (size > 1) {
          size = 1;
          continue;
        }
        if (failures >= 3) {
          // Alone, three times: that timer is the trouble (the database itself being away fails
          // the putting-off too, and the run with it).
          await this.putOffFailing(error);
          failures = 1;
        }
        continue;
      }
      failures = 0;
      deadlocks = 0;
      totals.sent += batch.sent;
      totals.skipped += batch.skipped;
      totals.deferredTo.push(...batch.deferredTo);
      if (batch.claimed < size) return 'done';
      size = DRAIN_BATCH;
      done++;
    }
    return 'more';
  }

  private async putOffFailing(error: unknown): Promise<void> {
    const timer = await this.batch.postponeFirstDue(FAILED_TIMER_DELAY_MS);
    if (!timer) return;
    this.logger.error(
      { timer, err: error },
      `reminder ${timer.occurrence} of deadline ${timer.deadlineId} v${timer.deadlineVersion} failed; tried again in ${FAILED_TIMER_DELAY_MS / 60_000} minutes`,
    );
    await this.scheduler.ensureInstants([timer.runAt]);
  }
}
