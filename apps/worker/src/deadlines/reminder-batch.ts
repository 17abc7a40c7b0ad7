import { Injectable } from '@nestjs/common';
import { Clock } from '@app/common';
import { AppConfig } from '@app/config';
import { DeliveryRepository, NotificationRepository } from '@app/notifications';
import { Transactions } from '@app/persistence';
import { OutboxRelay, OutboxWriter, type JobOutcome } from '@app/queue';
import { DeadlineRepository, ReportRepository, type Report } from '@app/reports';
import { ContactsRepository } from '../notifications/contacts.repository';
import { Recipients } from '../notifications/recipients';
import { ReminderRepository } from './reminder.repository';
import {
  batchOutcomes,
  planSends,
  reminderKeys,
  selectDue,
  stillLive,
  type AddressedReminder,
  type Contacts,
  type ReminderJob,
} from './reminder-plan';
import { ReminderScheduler } from './reminder-scheduler';

/**
 * Sends reminder occurrences, many with the queries of one. At 09:00 every reminder of the day is
 * due at once: batching is what lets a worker keep up. In three steps:
 * - read and choose (selectDue): skip what the action made stale, defer what is early;
 * - store (planSends, in one transaction that locks the deadlines and looks again, so a
 *   transition leaving the stage either committed first or waits): the log rows, the inbox
 *   messages and the email/webhook deliveries with their outbox jobs, each keyed so that a retry
 *   or a second worker never sends one twice;
 * - publish: kick the outbox relay once the transaction has committed.
 */
@Injectable()
export class ReminderBatch {
  constructor(
    private readonly transactions: Transactions,
    private readonly deadlines: DeadlineRepository,
    private readonly reports: ReportRepository,
    private readonly reminders: ReminderRepository,
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

  async sendMany(jobs: ReminderJob[]): Promise<JobOutcome[]> {
    const startedAt = this.clock.now();
    const deadlineIds = [...new Set(jobs.map((j) => j.deadlineId))];
    // The deadlines and their reports side by side (one round trip of waiting, not two).
    const [deadlineRows, reportRows, occurrencesOf] = await Promise.all([
      this.deadlines.findByIds(deadlineIds),
      this.reports.findByDeadlineIds(deadlineIds),
      this.scheduler.planner(),
    ]);
    const { settled, due } = selectDue({
      jobs,
      deadlines: new Map(deadlineRows.map((d) => [d.id, d])),
      reports: new Map(reportRows.map((r) => [r.id, r])),
      occurrencesOf,
      now: startedAt,
    });
    if (due.length === 0) return batchOutcomes({ jobs, settled, sent: [] });

    // Independent reads side by side: a batch's time is its chain of round trips.
    const [people, webhooks] = await Promise.all([
      this.recipients.ofMany(
        due.map((d) => this.recipients.audienceUnit(d.report, d.occurrence.audience, d.deadline)),
      ),
      this.contacts.webhooksOf(due.map((d) => d.report.unitId)),
    ]);
    const addressed: AddressedReminder[] = due.map((d, k) => ({ ...d, people: people[k] }));
    const contacts: Contacts = {
      emails: await this.emailsOf(addressed),
      webhooks,
      linkTo: (report) => this.linkTo(report),
    };
    const { sent, moved, stored } = await this.persist(addressed, contacts);
    for (const r of moved)
      settled.set(r.index, { status: 'skipped', reason: 'deadline moved or closed while sending' });
    if (stored > 0) this.relay.kick();
    return batchOutcomes({ jobs, settled, sent });
  }

  /**
   * One transaction: lock the deadlines and look again, then store what planSends decided. Returns
   * the reminders sent now, those whose deadline moved meanwhile, and how many deliveries wait in
   * the outbox.
   *
   * Pipelined (Database.transaction): a batch's time is its chain of round trips, and every job of
   * the batch holds a worker slot until the chain ends. The statements and their order are those of
   * a plain transaction; they go out in three round trips instead of six:
   * START TRANSACTION + the locking read + the log read; the log rows (sent later) + the inbox rows
   * (+ the deliveries, side by side); the outbox rows (sent later) + COMMIT.
   */
  private persist(
    reminders: AddressedReminder[],
    contacts: Contacts,
  ): Promise<{ sent: AddressedReminder[]; moved: AddressedReminder[]; stored: number }> {
    const now = this.clock.now();
    const deadlineIds = [...new Set(reminders.map((r) => r.deadline.id))];
    return this.transactions.run(
      async () => {
        // The log is read after the lock in the same round trip: MySQL runs the statements in order,
        // so the deadline locks serialise every sender of these deadlines and what is logged is final.
        const [liveVersions, logged] = await Promise.all([
          this.reminders.lockLiveVersions(deadlineIds),
          this.reminders.handled(deadlineIds),
        ]);
        const { live, moved } = stillLive(reminders, liveVersions);
        if (live.length === 0) return { sent: [], moved, stored: 0 };
        const plan = planSends({
          reminders: live,
          logged: new Set(
            logged.map((l) => reminderKeys({ id: l.deadlineId, dueAt: l.dueAt }, l.occurrence).log),
          ),
          contacts,
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
        return { sent: live.filter((r) => plan.fresh.has(r.index)), moved, stored: stored.length };
      },
      { pipelined: true },
    );
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
