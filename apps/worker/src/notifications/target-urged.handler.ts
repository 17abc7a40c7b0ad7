import { Injectable } from '@nestjs/common';
import { localDateOf } from '@app/calendar';
import { Clock } from '@app/common';
import { NotificationRepository } from '@app/notifications';
import { Transactions } from '@app/persistence';
import { OutboxRelay, OutboxWriter, type JobOutcome, type JobPayloads } from '@app/queue';
import { ReportRepository, StageClock } from '@app/reports';
import { OfficeOpening } from '../deadlines/office-opening';
import { JobHandler, type HandlesJob } from '../jobs/job-handler';
import { UrgePeople } from './urge-people';
import { urgeWordingOn } from './urge-wording';
import { UrgedTargetRepository } from './urged-target.repository';

/**
 * A coordinator pressed a target by hand (催办): whoever acts next on its report hears of it in the
 * inbox now, and its email and the unit's chat robot are planned for now within office hours, or
 * the next opening (target-urged-push sends them then, if still owed). The press is re-read and the
 * people resolved at run time; every message is keyed by the press and the person, and the push is
 * planned once, so a second run (or a relayed duplicate) tells nobody twice.
 */
@Injectable()
@JobHandler('target-urged')
export class TargetUrgedHandler implements HandlesJob<'target-urged'> {
  constructor(
    private readonly urges: UrgedTargetRepository,
    private readonly reports: ReportRepository,
    private readonly people: UrgePeople,
    private readonly inbox: NotificationRepository,
    private readonly stageClock: StageClock,
    private readonly opening: OfficeOpening,
    private readonly transactions: Transactions,
    private readonly outbox: OutboxWriter,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
  ) {}

  async handle({ urgeId }: JobPayloads['target-urged']): Promise<JobOutcome> {
    const urge = await this.urges.find(urgeId);
    const report = urge ? await this.reports.findById(urge.reportId) : null;
    if (!urge || !report) return { status: 'skipped', reason: `no 催办 ${urgeId} (or its report)` };
    if (!urge.stillOwed)
      return { status: 'skipped', reason: 'the campaign was withdrawn or the unit has reported since' };
    // Worded as of the press: a job run late says what the coordinator saw.
    const text = urgeWordingOn(urge, localDateOf(urge.urgedAt), await this.stageClock.calendar());
    const people = await this.people.of(report, text.overdue);
    if (people.length === 0) return { status: 'skipped', reason: `nobody in unit ${report.unitId} to tell` };
    const now = this.clock.now();
    const pushAt = await this.opening.at(now);
    const { delivered, planned } = await this.transactions.run(async () => {
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
      const planned = await this.urges.planPush(urge.id, pushAt);
      // Presses of Friday, Saturday and Sunday night would ring the robot three times at Monday's
      // opening (review, stop 56): an earlier press of the target still waiting goes with this one.
      if (planned) await this.urges.supersedeOwedPushes(urge, now);
      if (planned)
        await this.outbox.add(
          'target-urged-push',
          { urgeId: urge.id },
          now,
          pushAt.getTime() > now.getTime() ? pushAt : null,
        );
      return { delivered, planned };
    });
    if (planned) this.relay.kick();
    return delivered > 0 || planned
      ? {
          status: 'done',
          detail: `${delivered} told${planned ? `, email and robot at ${pushAt.toISOString()}` : ''}`,
        }
      : { status: 'skipped', reason: 'already told' };
  }
}
