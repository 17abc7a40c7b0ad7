import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Database } from '@app/persistence';
import { Clock } from '@app/common';
import { AppConfig } from '@app/config';
import { OutboxRelay, OutboxWriter, type JobOutcome, type JobPayloads } from '@app/queue';
import type { Occurrence } from '@app/reminders';
import { DeadlineRepository, ReportRepository, type Deadline, type Report } from '@app/reports';
import { Recipients, type Recipient } from '../notifications/recipients';
import { messageFor } from './reminder-message';
import { ReminderScheduler } from './reminder-scheduler';

type Payload = JobPayloads['reminder-due'];

interface Ready {
  index: number;
  job: Payload;
  deadline: Deadline;
  report: Report;
  planned: Occurrence;
  people: Recipient[];
}

/**
 * Sends reminder occurrences, many with the queries of one. For each job: the deadline must still
 * be open at the job's version and, for a stage deadline, the report still in that stage, and the
 * occurrence still planned; otherwise it is skipped (the action was taken). One whose time has not
 * come (promoted by hand) is deferred to that time, under its own id. Then, in one
 * transaction that locks the deadlines and looks again (a transition leaving the stage updates
 * them in its own transaction, so either it committed first or it waits), the log row and the
 * inbox messages, each keyed by (recipient, deadline, due time, occurrence) so a retry or a second
 * worker never sends one twice, and the email and webhook deliveries with their outbox jobs. At
 * 09:00 every reminder of the day is due at once: batching is what lets a worker keep up.
 */
@Injectable()
export class ReminderBatch {
  constructor(
    private readonly dataSource: DataSource,
    private readonly db: Database,
    private readonly deadlines: DeadlineRepository,
    private readonly reports: ReportRepository,
    private readonly scheduler: ReminderScheduler,
    private readonly recipients: Recipients,
    private readonly outbox: OutboxWriter,
    private readonly relay: OutboxRelay,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async sendMany(jobs: Payload[]): Promise<JobOutcome[]> {
    const outcomes: JobOutcome[] = new Array(jobs.length);
    const skip = (i: number, reason: string) => (outcomes[i] = { status: 'skipped', reason });
    const startedAt = this.clock.now();
    const deadlineIds = [...new Set(jobs.map((j) => j.deadlineId))];
    // The deadlines and their reports side by side (one round trip of waiting, not two).
    const [deadlineRows, reportRows] = await Promise.all([
      this.deadlines.findByIds(deadlineIds),
      this.reports.findByDeadlineIds(deadlineIds),
    ]);
    const deadlines = new Map(deadlineRows.map((d) => [d.id, d]));
    const reports = new Map(reportRows.map((r) => [r.id, r]));
    const open: Array<{ index: number; job: Payload; deadline: Deadline }> = [];
    jobs.forEach((job, index) => {
      const deadline = deadlines.get(job.deadlineId);
      if (!deadline || deadline.closedAt) skip(index, 'deadline closed: the action was taken');
      else if (deadline.version !== job.deadlineVersion) skip(index, `deadline moved (v${deadline.version})`);
      else open.push({ index, job, deadline });
    });
    const planned: Array<Omit<Ready, 'people'>> = [];
    for (const { index, job, deadline } of open) {
      const report = reports.get(deadline.reportId);
      if (!report) skip(index, 'report not found');
      else if (deadline.kind === 'stage' && report.state !== deadline.stage)
        skip(index, `report left ${deadline.stage}`);
      else {
        const occurrence = (await this.scheduler.plan(deadline, report)).find(
          (o) => o.name === job.occurrence,
        );
        if (!occurrence) skip(index, `occurrence ${job.occurrence} no longer planned`);
        else if (occurrence.runAt.getTime() > startedAt.getTime())
          // Promoted by hand (the queue board) or fired by a clock ahead of ours: the drafter must
          // not get a 催办 before it is due. Put back, not dropped: it still goes out at its time.
          outcomes[index] = {
            status: 'deferred',
            delayMs: occurrence.runAt.getTime() - startedAt.getTime(),
            reason: `${job.occurrence} is not due until ${occurrence.runAt.toISOString()}`,
          };
        else planned.push({ index, job, deadline, report, planned: occurrence });
      }
    }
    if (planned.length === 0) return outcomes;
    // Independent reads side by side: a batch's time is its chain of round trips.
    const [people, webhooks] = await Promise.all([
      this.recipients.ofMany(planned.map((p) => this.recipients.audienceUnit(p.report, p.planned.audience))),
      this.webhooksOf(planned.map((p) => p.report.unitId)),
    ]);
    const ready: Ready[] = planned.map((p, k) => ({ ...p, people: people[k] }));

    const now = this.clock.now();
    const emails = await this.emailsOf(ready);
    const { fresh, kicked } = await this.db.transaction(async (manager) => {
      // Lock the deadlines and look again: a transition leaving the stage
      // updates these rows in its own transaction, so either it committed first or it waits for us.
      const current: Array<{ id: string; version: number; closed_at: Date | null }> = await manager.query(
        'SELECT id, version, closed_at FROM deadlines WHERE id IN (?) FOR UPDATE',
        [[...new Set(ready.map((r) => r.deadline.id))]],
      );
      const live = new Map(current.filter((c) => !c.closed_at).map((c) => [c.id, Number(c.version)]));
      const still = ready.filter((r) => {
        const ok = live.get(r.deadline.id) === r.job.deadlineVersion;
        if (!ok) skip(r.index, 'deadline moved or closed while sending');
        return ok;
      });
      if (still.length === 0) return { fresh: new Set<number>(), kicked: false };
      // The deadline locks serialise every sender of these deadlines: what is logged now is final.
      const logged: Array<{ deadline_id: string; due_at: Date; occurrence: string }> = await manager.query(
        'SELECT deadline_id, due_at, occurrence FROM reminder_log WHERE deadline_id IN (?)',
        [still.map((r) => r.deadline.id)],
      );
      const done = new Set(
        logged.map((l) => `${l.deadline_id}|${new Date(l.due_at).getTime()}|${l.occurrence}`),
      );
      const fresh = new Set<number>();
      for (const r of still) {
        const key = `${r.deadline.id}|${r.deadline.dueAt.getTime()}|${r.job.occurrence}`;
        if (!done.has(key)) fresh.add(r.index);
        done.add(key);
      }
      await manager.query(
        `INSERT IGNORE INTO reminder_log (deadline_id, due_at, occurrence, handled_at, recipients)
         VALUES ${still.map(() => '(?, ?, ?, ?, ?)').join(', ')}`,
        still.flatMap((r) => [r.deadline.id, r.deadline.dueAt, r.job.occurrence, now, r.people.length]),
      );
      const messages = still.flatMap((r) => {
        const text = messageFor(r.report, r.deadline, r.planned.kind, r.job.occurrence);
        const dueKey = r.deadline.dueAt.getTime();
        return r.people.map((p) => [
          p.id,
          r.planned.kind,
          r.report.id,
          text.title,
          text.body,
          `rem-${r.deadline.id}-${dueKey}-${r.job.occurrence}-${p.id}`,
          now,
        ]);
      });
      for (let i = 0; i < messages.length; i += 500) {
        const chunk = messages.slice(i, i + 500);
        await manager.query(
          `INSERT IGNORE INTO notifications (user_id, kind, report_id, title, body, dedup_key, created_at)
           VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
          chunk.flat(),
        );
      }
      let kicked = false;
      for (const r of still) {
        const text = messageFor(r.report, r.deadline, r.planned.kind, r.job.occurrence);
        const dueKey = r.deadline.dueAt.getTime();
        const hook = webhooks.get(r.report.unitId);
        const deliveries = [
          ...r.people
            .filter((p) => emails.has(p.id))
            .map((p) => ({
              channel: 'email',
              target: emails.get(p.id)!,
              userId: p.id as string | null,
              key: `mail-${r.deadline.id}-${dueKey}-${r.job.occurrence}-${p.id}`,
            })),
          ...(hook
            ? [
                {
                  channel: 'webhook',
                  target: hook,
                  userId: null,
                  key: `hook-${r.deadline.id}-${dueKey}-${r.job.occurrence}`,
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
              r.report.unitId,
              r.report.id,
              text.title,
              text.body,
              this.linkTo(r.report),
              now,
            ],
          );
          if (inserted.affectedRows === 1) {
            await this.outbox.add('delivery-send', { deliveryId: Number(inserted.insertId), replay: 0 }, now);
            kicked = true;
          }
        }
      }
      return { fresh, kicked };
    });
    if (kicked) this.relay.kick();
    for (const r of ready) {
      if (outcomes[r.index]) continue;
      outcomes[r.index] = fresh.has(r.index)
        ? { status: 'done', detail: `${r.job.occurrence} to ${r.people.length} recipient(s)` }
        : { status: 'skipped', reason: 'already sent' };
    }
    return outcomes;
  }

  /** Chat-robot webhooks of the reports' units, one query. */
  private async webhooksOf(unitIds: string[]): Promise<Map<string, string>> {
    const rows: Array<{ id: string; webhook_url: string }> = await this.dataSource.query(
      'SELECT id, webhook_url FROM units WHERE id IN (?) AND webhook_url IS NOT NULL',
      [[...new Set(unitIds)]],
    );
    return new Map(rows.map((r) => [r.id, r.webhook_url]));
  }

  /** Email addresses of the recipients, one query; none when no SMTP server is configured. */
  private async emailsOf(ready: Ready[]): Promise<Map<string, string>> {
    const ids = [...new Set(ready.flatMap((r) => r.people.map((p) => p.id)))];
    if (!this.config.env.SMTP_URL || ids.length === 0) return new Map();
    const rows: Array<{ id: string; email: string }> = await this.dataSource.query(
      'SELECT id, email FROM users WHERE id IN (?) AND email IS NOT NULL',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.email]));
  }

  private linkTo(report: Report): string | null {
    return this.config.env.PUBLIC_BASE_URL ? `${this.config.env.PUBLIC_BASE_URL}/reports/${report.id}` : null;
  }
}
