import { Injectable } from '@nestjs/common';
import { compareLocalDates, localDateOf, type LocalDate } from '@app/calendar';
import { Clock } from '@app/common';
import { URGE_REACHABLE_ROLES } from '@app/directory';
import { AppConfig } from '@app/config';
import { DeliveryRepository, NotificationRepository, type NewDelivery } from '@app/notifications';
import { Transactions } from '@app/persistence';
import { OutboxRelay, OutboxWriter, type JobOutcome, type JobPayloads } from '@app/queue';
import { ReportRepository, StageClock } from '@app/reports';
import { JobHandler, type HandlesJob } from '../jobs/job-handler';
import { ContactsRepository } from './contacts.repository';
import { Recipients, type AudienceUnit } from './recipients';
import { urgeAudiences, urgeMessage } from './urge-message';
import { UrgedTargetRepository } from './urged-target.repository';

/**
 * A coordinator pressed a target by hand (催办): whoever acts next on its report hears of it now,
 * in the inbox and by their email and the unit's webhook (urge-message.ts says who and what). The
 * press is re-read and the people resolved at run time; every message is keyed by the press and
 * the person, so a second run (or a relayed duplicate) tells nobody twice.
 */
@Injectable()
@JobHandler('target-urged')
export class TargetUrgedHandler implements HandlesJob<'target-urged'> {
  constructor(
    private readonly urges: UrgedTargetRepository,
    private readonly reports: ReportRepository,
    private readonly recipients: Recipients,
    private readonly contacts: ContactsRepository,
    private readonly inbox: NotificationRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly stageClock: StageClock,
    private readonly transactions: Transactions,
    private readonly outbox: OutboxWriter,
    private readonly relay: OutboxRelay,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async handle({ urgeId }: JobPayloads['target-urged']): Promise<JobOutcome> {
    const urge = await this.urges.find(urgeId);
    const report = urge ? await this.reports.findById(urge.reportId) : null;
    if (!urge || !report) return { status: 'skipped', reason: `no 催办 ${urgeId} (or its report)` };
    if (!urge.stillOwed)
      return { status: 'skipped', reason: 'the campaign was withdrawn or the unit has reported since' };
    // Worded as of the press: a job run late says what the coordinator saw.
    const pressedOn = localDateOf(urge.urgedAt);
    const overdue = compareLocalDates(pressedOn, urge.dueDate) > 0;
    const calendar = await this.stageClock.calendar();
    const text = urgeMessage({
      issuerName: urge.issuerName,
      campaignTitle: urge.campaignTitle,
      unitName: urge.unitName,
      dueDate: urge.dueDate,
      workingDaysLeft: calendar.workingDaysBetween(pressedOn, urge.dueDate),
      unscheduledYears: yearsBetween(pressedOn, urge.dueDate).filter((y) => !calendar.coversYear(y)),
      overdue,
      message: urge.message,
    });
    const audiences = urgeAudiences(this.recipients.audienceUnit(report, 'actors'), report.unitId, overdue);
    let people = await this.peopleOf(audiences);
    // The next actors gone since the press (the API refuses a unit with nobody to reach): whoever
    // writes or answers for the report hears of it rather than nobody.
    if (people.length === 0)
      people = await this.peopleOf([{ unitIds: [report.unitId], roles: [...URGE_REACHABLE_ROLES] }]);
    if (people.length === 0) return { status: 'skipped', reason: `nobody in unit ${report.unitId} to tell` };
    const [emails, webhooks] = await Promise.all([
      this.config.env.SMTP_URL ? this.contacts.emailsOf(people) : new Map<string, string>(),
      this.contacts.webhooksOf([report.unitId]),
    ]);
    const about = {
      unitId: report.unitId,
      reportId: report.id,
      subject: text.title,
      body: text.body,
      link: this.config.env.PUBLIC_BASE_URL
        ? `${this.config.env.PUBLIC_BASE_URL}/reports/${report.id}`
        : null,
    };
    const deliveries: NewDelivery[] = people.flatMap((userId) => {
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
    const webhook = webhooks.get(report.unitId);
    if (webhook)
      deliveries.push({
        ...about,
        dedupKey: `urge-${urge.id}-webhook`,
        channel: 'webhook',
        target: webhook,
        userId: null,
      });
    const now = this.clock.now();
    const { delivered, stored } = await this.transactions.run(async () => {
      const delivered = await this.inbox.deliver(
        people.map((userId) => ({
          userId,
          kind: 'urged',
          reportId: report.id,
          campaignId: urge.campaignId,
          title: text.title,
          body: text.body,
          dedupKey: `urge-${urge.id}-${userId}`,
        })),
        now,
      );
      const ids: number[] = [];
      for (const delivery of deliveries) {
        const id = await this.deliveries.insertIfNew(delivery, now);
        if (id !== null) ids.push(id);
      }
      await this.outbox.addMany(
        ids.map((deliveryId) => ({ name: 'delivery-send', payload: { deliveryId, replay: 0 } })),
        now,
      );
      return { delivered, stored: ids.length };
    });
    if (stored > 0) this.relay.kick();
    return delivered > 0 || stored > 0
      ? { status: 'done', detail: `${delivered} told, ${stored} deliveries` }
      : { status: 'skipped', reason: 'already told' };
  }

  private async peopleOf(audiences: AudienceUnit[]): Promise<string[]> {
    return [...new Set((await this.recipients.ofMany(audiences)).flat().map((p) => p.id))];
  }
}

/** Every calendar year from one day to the other, whichever comes first. */
function yearsBetween(a: LocalDate, b: LocalDate): number[] {
  const [from, to] = [Number(a.slice(0, 4)), Number(b.slice(0, 4))].sort((x, y) => x - y);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
