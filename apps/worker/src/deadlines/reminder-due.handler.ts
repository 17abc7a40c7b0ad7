import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '@app/common';
import { AppConfig } from '@app/config';
import { OutboxRelay, OutboxWriter, type JobOutcome, type JobPayloads } from '@app/queue';
import { DeadlineRepository, ReportRepository, type Report } from '@app/reports';
import { JobHandler, type HandlesJob } from '../jobs/job-handler';
import { MicroBatcher } from '../jobs/micro-batcher';
import { Recipients } from '../notifications/recipients';
import { ReminderBatch } from './reminder-batch';
import { messageFor } from './reminder-message';
import { ReminderScheduler } from './reminder-scheduler';

/**
 * Sends one reminder occurrence. It re-reads the deadline and the report first: a moved or closed
 * deadline, or a report that already left the stage, means the action was taken and nothing is
 * sent. Each message is keyed (recipient, deadline, due time, occurrence) and stored in the same
 * transaction as the log row, so a retry or a second worker never sends it twice.
 */
@Injectable()
@JobHandler('reminder-due')
export class ReminderDueHandler implements HandlesJob<'reminder-due'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly deadlines: DeadlineRepository,
    private readonly reports: ReportRepository,
    private readonly scheduler: ReminderScheduler,
    private readonly recipients: Recipients,
    private readonly outbox: OutboxWriter,
    private readonly relay: OutboxRelay,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly batch: ReminderBatch,
  ) {}

  /**
   * Jobs running at the same time go out together (ReminderBatch: one round of queries for many);
   * should a batch fail, each of its jobs is tried on its own, so one bad job fails only itself.
   */
  private readonly batcher = new MicroBatcher<JobPayloads['reminder-due'], JobOutcome>((jobs) =>
    this.batch.sendMany(jobs).catch(() => Promise.all(jobs.map((job) => this.handleOne(job)))),
  );

  handle(payload: JobPayloads['reminder-due']): Promise<JobOutcome> {
    return this.batcher.submit(payload);
  }

  /** One job on its own (the batch's fallback): the reference behaviour ReminderBatch reproduces. */
  async handleOne({
    deadlineId,
    deadlineVersion,
    occurrence,
  }: JobPayloads['reminder-due']): Promise<JobOutcome> {
    const deadline = await this.deadlines.findById(deadlineId);
    if (!deadline || deadline.closedAt)
      return { status: 'skipped', reason: 'deadline closed: the action was taken' };
    if (deadline.version !== deadlineVersion)
      return { status: 'skipped', reason: `deadline moved (v${deadline.version})` };
    const report = await this.reports.findById(deadline.reportId);
    if (!report) return { status: 'skipped', reason: 'report not found' };
    if (deadline.kind === 'stage' && report.state !== deadline.stage) {
      return { status: 'skipped', reason: `report left ${deadline.stage}` };
    }
    const planned = this.scheduler.plan(deadline, report).find((o) => o.name === occurrence);
    if (!planned) return { status: 'skipped', reason: `occurrence ${occurrence} no longer planned` };

    const people = await this.recipients.of(report, planned.audience);
    const now = this.clock.now();
    const text = messageFor(report, deadline, planned.kind, occurrence);
    const dueKey = deadline.dueAt.getTime();
    const unitWebhook: Array<{ webhook_url: string | null }> = await this.dataSource.query(
      'SELECT webhook_url FROM units WHERE id = ?',
      [report.unitId],
    );
    const emails: Array<{ id: string; email: string }> = people.length
      ? await this.dataSource.query('SELECT id, email FROM users WHERE id IN (?) AND email IS NOT NULL', [
          people.map((p) => p.id),
        ])
      : [];

    const firstTime = await this.dataSource.transaction(async (manager) => {
      // Lock the deadline and look again: a transition that leaves the stage updates this row in its
      // own transaction, so either it committed first (and nothing is sent) or it waits for us.
      const [current]: Array<{ version: number; closed_at: Date | null }> = await manager.query(
        'SELECT version, closed_at FROM deadlines WHERE id = ? FOR UPDATE',
        [deadline.id],
      );
      if (!current || current.closed_at || Number(current.version) !== deadlineVersion) return null;
      const logged: { affectedRows: number } = await manager.query(
        'INSERT IGNORE INTO reminder_log (deadline_id, due_at, occurrence, handled_at, recipients) VALUES (?, ?, ?, ?, ?)',
        [deadline.id, deadline.dueAt, occurrence, now, people.length],
      );
      if (people.length > 0) {
        await manager.query(
          `INSERT IGNORE INTO notifications (user_id, kind, report_id, title, body, dedup_key, created_at)
           VALUES ${people.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
          people.flatMap((p) => [
            p.id,
            planned.kind,
            report.id,
            text.title,
            text.body,
            `rem-${deadline.id}-${dueKey}-${occurrence}-${p.id}`,
            now,
          ]),
        );
      }
      const deliveries = [
        ...(this.config.env.SMTP_URL ? emails : []).map((e) => ({
          channel: 'email',
          target: e.email,
          userId: e.id,
          key: `mail-${deadline.id}-${dueKey}-${occurrence}-${e.id}`,
        })),
        ...(unitWebhook[0]?.webhook_url
          ? [
              {
                channel: 'webhook',
                target: unitWebhook[0].webhook_url,
                userId: null,
                key: `hook-${deadline.id}-${dueKey}-${occurrence}`,
              },
            ]
          : []),
      ];
      for (const d of deliveries) {
        const inserted: { affectedRows: number; insertId: number } = await manager.query(
          `INSERT IGNORE INTO deliveries (dedup_key, channel, target, user_id, unit_id, report_id, subject, body, link, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            d.key,
            d.channel,
            d.target,
            d.userId,
            report.unitId,
            report.id,
            text.title,
            text.body,
            this.linkTo(report),
            now,
          ],
        );
        if (inserted.affectedRows === 1) {
          await this.outbox.add(
            manager,
            'delivery-send',
            { deliveryId: Number(inserted.insertId), replay: 0 },
            now,
          );
        }
      }
      return logged.affectedRows === 1;
    });
    this.relay.kick();
    if (firstTime === null) return { status: 'skipped', reason: 'deadline moved or closed while sending' };
    return firstTime
      ? { status: 'done', detail: `${occurrence} to ${people.length} recipient(s)` }
      : { status: 'skipped', reason: 'already sent' };
  }

  private linkTo(report: Report): string | null {
    return this.config.env.PUBLIC_BASE_URL ? `${this.config.env.PUBLIC_BASE_URL}/reports/${report.id}` : null;
  }
}
