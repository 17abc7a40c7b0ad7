import { Injectable } from '@nestjs/common';
import { Clock } from '@app/common';
import { AppConfig } from '@app/config';
import { DeliveryRepository, NotificationRepository } from '@app/notifications';
import { Transactions } from '@app/persistence';
import { OutboxRelay, OutboxWriter, type JobOutcome } from '@app/queue';
import type { Occurrence } from '@app/reminders';
import { ReportRepository, type Deadline, type Report } from '@app/reports';
import { ContactsRepository } from '../notifications/contacts.repository';
import { Recipients } from '../notifications/recipients';
import { ReminderRepository } from './reminder.repository';
import { ReminderTimerRepository, type ReminderTimer } from './reminder-timer.repository';
import {
  batchOutcomes,
  planSends,
  reminderKeys,
  selectDue,
  type AddressedReminder,
  type ReminderJob,
} from './reminder-plan';
import { ReminderScheduler } from './reminder-scheduler';

/** A batch that failed (and was rolled back): the timers it had claimed, which are still there. */
export class BatchFailed extends Error {
  constructor(
    readonly timers: ReminderTimer[],
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/** What one batch did: how many timers it took, and what became of them. */
export interface DrainedBatch {
  claimed: number;
  sent: number;
  skipped: number;
  /** Timers put off to a later instant (they were early): each needs its instant's job. */
  deferredTo: Date[];
}

/**
 * Sends reminder timers, many with the queries of one. At 09:00 every reminder of the day is due at
 * once: batching is what lets a worker keep up. One transaction per batch, which claims its timers
 * (other senders skip them) and locks their deadlines, so that a transition leaving the stage either
 * committed first (and is seen here) or waits for the batch:
 * - read and choose (selectDue), under those locks: skip what the action made stale, defer what is
 *   early;
 * - store (planSends): the log rows, the inbox messages and the email/webhook deliveries with their
 *   outbox jobs, each keyed so that a retry or a second worker never sends one twice; and settle the
 *   timers (removed, or put off to their time) in the same transaction;
 * - publish: kick the outbox relay once the transaction has committed.
 */
@Injectable()
export class ReminderBatch {
  constructor(
    private readonly transactions: Transactions,
    private readonly reports: ReportRepository,
    private readonly reminders: ReminderRepository,
    private readonly timers: ReminderTimerRepository,
    private readonly contacts: ContactsRepository,
    private readonly notifications: NotificationRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly scheduler: ReminderScheduler,
    private readonly recipients: Recipients,
    private readonly outbox: OutboxWriter,
    private readonly relay: OutboxRelay,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Sends up to `limit` timers due by now; `claimed` 0 says none was left to take. */
  async drainOnce(limit: number): Promise<DrainedBatch> {
    // The calendar (cached, read every few seconds at most) outside the transaction: a read it
    // started would otherwise join this batch's transaction and be shared with other batches.
    const occurrencesOf = await this.scheduler.planner();
    let claimed: ReminderTimer[] = [];
    const { drained, stored } = await this.transactions
      .run(
        async () => {
          const timers = (claimed = await this.timers.claimDue(this.clock.now(), limit));
          if (timers.length === 0)
            return { drained: { claimed: 0, sent: 0, skipped: 0, deferredTo: [] }, stored: 0 };
          const { outcomes, stored } = await this.send(timers, occurrencesOf);
          return { drained: await this.settle(timers, outcomes), stored };
        },
        // Committed reads and no gap locks: batches side by side lock their own rows and nothing between.
        { pipelined: true, isolation: 'READ COMMITTED' },
      )
      .catch((error: unknown) => {
        throw new BatchFailed(claimed, error);
      });
    if (stored > 0) this.relay.kick();
    return drained;
  }

  /** Puts a timer off to `runAt` (one that fails on its own, so that it does not hold up the others). */
  async postpone(timer: ReminderTimer, runAt: Date): Promise<void> {
    await this.transactions.run(() => this.timers.postpone(timer, runAt), { isolation: 'READ COMMITTED' });
  }

  /** Whether any timer due by `at` is still there (a run that ends with some left, held by others, runs again). */
  anyDue(at: Date): Promise<boolean> {
    return this.timers.anyDue(at);
  }

  /** In the batch's transaction: sent and stale timers go, early ones are put off to their time. */
  private async settle(timers: ReminderTimer[], outcomes: JobOutcome[]): Promise<DrainedBatch> {
    const now = this.clock.now();
    const drained: DrainedBatch = { claimed: timers.length, sent: 0, skipped: 0, deferredTo: [] };
    const gone: ReminderTimer[] = [];
    for (const [i, outcome] of outcomes.entries()) {
      if (outcome.status === 'deferred') {
        const runAt = new Date(now.getTime() + outcome.delayMs);
        await this.timers.postpone(timers[i], runAt);
        drained.deferredTo.push(runAt);
        continue;
      }
      gone.push(timers[i]);
      if (outcome.status === 'done') drained.sent++;
      else drained.skipped++;
    }
    await this.timers.remove(gone);
    return drained;
  }

  /**
   * The batch's transaction. A batch's time is its chain of round trips, and every job of the batch
   * holds a worker slot until it ends (issue #20, the 09:00 burst), so it is pipelined
   * (Database.transaction): statements issued together go in one round trip, in the order issued,
   * and writes whose result nobody reads go with the next one. Four round trips in all:
   * START TRANSACTION + the deadlines, locked + their reports + the log; the recipients + the
   * units' webhooks; the log rows (sent later) + the inbox rows (+ the deliveries); the outbox rows
   * (sent later) + COMMIT. One more, the email addresses, when an SMTP server is configured.
   */
  private async send(
    jobs: ReminderJob[],
    occurrencesOf: (deadline: Deadline, report: Report) => Occurrence[],
  ): Promise<{ outcomes: JobOutcome[]; stored: number }> {
    const now = this.clock.now();
    const deadlineIds = [...new Set(jobs.map((j) => j.deadlineId))];
    // MySQL runs the statements of a round trip in order: the reports and the log are read once the
    // deadline locks are held, so what they say is final for this batch (a second sender of these
    // deadlines waits for it, then finds the log rows written here).
    const [deadlineRows, reportRows, logged] = await Promise.all([
      this.reminders.lockDeadlines(deadlineIds),
      this.reports.findByDeadlineIds(deadlineIds),
      this.reminders.handled(deadlineIds),
    ]);
    const { settled, due } = selectDue({
      jobs,
      deadlines: new Map(deadlineRows.map((d) => [d.id, d])),
      reports: new Map(reportRows.map((r) => [r.id, r])),
      occurrencesOf,
      now,
    });
    if (due.length === 0) return { outcomes: batchOutcomes({ jobs, settled, sent: [] }), stored: 0 };

    const [people, webhooks] = await Promise.all([
      this.recipients.ofMany(
        due.map((d) => this.recipients.audienceUnit(d.report, d.occurrence.audience, d.deadline)),
      ),
      this.contacts.webhooksOf(due.map((d) => d.report.unitId)),
    ]);
    const addressed: AddressedReminder[] = due.map((d, k) => ({ ...d, people: people[k] }));
    const plan = planSends({
      reminders: addressed,
      logged: new Set(
        logged.map((l) => reminderKeys({ id: l.deadlineId, dueAt: l.dueAt }, l.occurrence).log),
      ),
      contacts: {
        emails: await this.emailsOf(addressed),
        webhooks,
        linkTo: (report) => this.linkTo(report),
      },
    });
    await this.reminders.record(plan.log, now);
    const [, ...deliveryIds] = await Promise.all([
      this.notifications.deliver(plan.notifications, now),
      ...plan.deliveries.map((delivery) => this.deliveries.insertIfNew(delivery, now)),
    ]);
    const stored = deliveryIds.filter((id): id is number => id !== null);
    await this.outbox.addMany(
      stored.map((deliveryId) => ({ name: 'delivery-send', payload: { deliveryId, replay: 0 } })),
      now,
    );
    const sent = addressed.filter((r) => plan.fresh.has(r.index));
    return { outcomes: batchOutcomes({ jobs, settled, sent }), stored: stored.length };
  }

  /** Email addresses of the recipients, one query; none when no SMTP server is configured. */
  private async emailsOf(reminders: AddressedReminder[]): Promise<Map<string, string>> {
    if (!this.config.env.SMTP_URL) return new Map();
    return this.contacts.emailsOf(reminders.flatMap((r) => r.people.map((p) => p.id)));
  }

  private linkTo(report: Report): string | null {
    return this.config.env.PUBLIC_BASE_URL ? `${this.config.env.PUBLIC_BASE_URL}/reports/${report.id}` : null;
  }
}
