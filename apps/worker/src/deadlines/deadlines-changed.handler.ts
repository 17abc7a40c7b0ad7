import { Injectable } from '@nestjs/common';
import { Clock } from '@app/common';
import { Transactions } from '@app/persistence';
import type { JobOutcome, JobPayloads } from '@app/queue';
import {
  DeadlineRepository,
  desiredDeadlines,
  desiredDisclosureDeadline,
  DisclosureRepository,
  FindingRepository,
  rectificationDue,
  ReportRepository,
} from '@app/reports';
import { defaultRegistry } from '@app/workflow';
import { JobHandler, type HandlesJob } from '../jobs/job-handler';
import { ReminderScheduler } from './reminder-scheduler';

/**
 * A report's deadlines opened, moved (extension, return, withdraw) or closed: bring the deadline
 * rows in line with the report row, then (re)plan the reminder timers of its open deadlines (and
 * remove those of closed deadlines and earlier versions).
 */
@Injectable()
@JobHandler('deadlines-changed')
export class DeadlinesChangedHandler implements HandlesJob<'deadlines-changed'> {
  constructor(
    private readonly transactions: Transactions,
    private readonly reports: ReportRepository,
    private readonly deadlines: DeadlineRepository,
    private readonly disclosures: DisclosureRepository,
    private readonly findings: FindingRepository,
    private readonly scheduler: ReminderScheduler,
    private readonly clock: Clock,
  ) {}

  async handle({ reportId }: JobPayloads['deadlines-changed']): Promise<JobOutcome> {
    // An extension moves reports.due_at; the deadline rows follow here, in one transaction. The
    // disclosure deadline opens with the sign-off (or the first dispatch) and closes with the publication.
    const report = await this.transactions.run(async () => {
      // The report's row first, as a transition or a due-date move takes it, then read: a run that
      // waited behind a transition writes what that transition left, never the deadlines it read
      // before (review, stop 53: an older job could overwrite a newer transition's deadlines).
      const [head] = await this.reports.lockDueDateHeads([reportId]);
      const found = head ? await this.reports.findById(reportId) : null;
      if (!found) return null;
      const definition = defaultRegistry.get(found.workflowId, found.workflowVersion);
      const now = this.clock.now();
      await this.deadlines.sync({ reportId, desired: desiredDeadlines(definition, found), now });
      const disclosure = desiredDisclosureDeadline(await this.disclosures.deadlineFacts(reportId));
      await this.deadlines.syncDisclosure({ reportId, dueAt: disclosure?.dueAt ?? null, now });
      // The 整改 deadline follows the report's open findings, whatever its state.
      const due = rectificationDue(await this.findings.earliestOpen(reportId));
      await this.deadlines.syncRectification({ reportId, due, now });
      return found;
    });
    if (!report) return { status: 'skipped', reason: 'report not found' };
    const all = await this.deadlines.forReport(reportId);
    await this.scheduler.removeStale(all);
    const open = all.filter((d) => !d.closedAt);
    const pending = await this.scheduler.pending(open, new Map([[reportId, report]]));
    const { added, promoted } = await this.scheduler.schedule(pending);
    return {
      status: 'done',
      detail: `${open.length} open deadline(s), ${added} timer(s) added, ${promoted} promoted`,
    };
  }
}
