import { Injectable } from '@nestjs/common';
import { localDateOf } from '@app/calendar';
import { Clock } from '@app/common';
import { AppConfig } from '@app/config';
import { DeliveryRepository, type NewDelivery } from '@app/notifications';
import { Transactions } from '@app/persistence';
import { OutboxRelay, OutboxWriter, type JobOutcome, type JobPayloads } from '@app/queue';
import { ReportRepository, StageClock } from '@app/reports';
import { JobHandler, type HandlesJob } from '../jobs/job-handler';
import { ContactsRepository } from './contacts.repository';
import { UrgePeople } from './urge-people';
import { urgeWordingOn } from './urge-wording';
import { UrgedTargetRepository, type UrgedTarget } from './urged-target.repository';

/**
 * The email and chat-robot messages of a 催办, at its push_due_at (now within office hours, the
 * next opening when pressed at night). Re-read when they go: a unit that reported meanwhile, or a
 * campaign withdrawn, is told nothing; the people are those who act next then, told what the inbox
 * said at the press. The deliveries and pushed_at are stored in one transaction, keyed by the press
 * and the person, so a second run (or the reconciler's) sends nobody anything twice.
 */
@Injectable()
@JobHandler('target-urged-push')
export class TargetUrgedPushHandler implements HandlesJob<'target-urged-push'> {
  constructor(
    private readonly urges: UrgedTargetRepository,
    private readonly reports: ReportRepository,
    private readonly people: UrgePeople,
    private readonly contacts: ContactsRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly stageClock: StageClock,
    private readonly transactions: Transactions,
    private readonly outbox: OutboxWriter,
    private readonly relay: OutboxRelay,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async handle({ urgeId }: JobPayloads['target-urged-push']): Promise<JobOutcome> {
    const urge = await this.urges.find(urgeId);
    if (!urge?.pushDueAt) return { status: 'skipped', reason: `no planned push for 催办 ${urgeId}` };
    if (urge.pushedAt) return { status: 'skipped', reason: 'already stored for sending' };
    const now = this.clock.now();
    // Run early (promoted by hand, or a clock ahead of ours): back to wait, under the same id.
    if (urge.pushDueAt.getTime() > now.getTime())
      return {
        status: 'deferred',
        delayMs: urge.pushDueAt.getTime() - now.getTime(),
        reason: `not due until ${urge.pushDueAt.toISOString()}`,
      };
    const report = await this.reports.findById(urge.reportId);
    if (!report || !urge.stillOwed) {
      await this.urges.markPushed(urge.id, now);
      return { status: 'skipped', reason: 'the campaign was withdrawn or the unit has reported since' };
    }
    // Worded as the inbox message was, as of the press: the same title (催办 or 督办) to the same
    // people, whichever day the email goes (review, stop 56: a press on the due date at night was
    // 催办 in the inbox and 督办, with the leader added, by email the next morning).
    const text = urgeWordingOn(urge, localDateOf(urge.urgedAt), await this.stageClock.calendar());
    const people = await this.people.of(report, text.overdue);
    const deliveries = await this.deliveriesOf(urge, people, text);
    const stored = await this.transactions.run(async () => {
      // pushed_at first, as the claim: a run that finds it taken (another run, or a newer press
      // that superseded this one) stores nothing; the row lock holds the other until this commits.
      if (!(await this.urges.markPushed(urge.id, now))) return 0;
      const ids: number[] = [];
      for (const delivery of deliveries) {
        const id = await this.deliveries.insertIfNew(delivery, now);
        if (id !== null) ids.push(id);
      }
      await this.outbox.addMany(
        ids.map((deliveryId) => ({ name: 'delivery-send', payload: { deliveryId, replay: 0 } })),
        now,
      );
      return ids.length;
    });
    if (stored > 0) this.relay.kick();
    return stored > 0
      ? { status: 'done', detail: `${stored} deliveries` }
      : { status: 'skipped', reason: 'no email or robot to send to, or already stored' };
  }

  private async deliveriesOf(
    urge: UrgedTarget,
    people: string[],
    text: { title: string; body: string },
  ): Promise<NewDelivery[]> {
    const [emails, webhooks] = await Promise.all([
      this.config.env.SMTP_URL && people.length > 0
        ? this.contacts.emailsOf(people)
        : new Map<string, string>(),
      this.contacts.webhooksOf([urge.unitId]),
    ]);
    const about = {
      unitId: urge.unitId,
      reportId: urge.reportId,
      subject: text.title,
      body: text.body,
      link: this.config.env.PUBLIC_BASE_URL
        ? `${this.config.env.PUBLIC_BASE_URL}/reports/${urge.reportId}`
        : null,
    };
    const out: NewDelivery[] = people.flatMap((userId) => {
      const email = emails.get(userId);
      return email
        ? [
            {
              ...about,
              dedupKey: `urge-${urge.id}-email-${userId}`,
              channel: 'email' as const,
              target: email,
              userId,
            },
          ]
        : [];
    });
    const webhook = webhooks.get(urge.unitId);
    if (webhook)
      out.push({
        ...about,
        dedupKey: `urge-${urge.id}-webhook`,
        channel: 'webhook',
        target: webhook,
        userId: null,
      });
    return out;
  }
}
