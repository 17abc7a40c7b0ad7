import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type Redis from 'ioredis';
import { nextOfficeInstant } from '@app/calendar';
import { Clock } from '@app/common';
import { AppConfig } from '@app/config';
import { JobProducer, QUEUES, type JobToAdd } from '@app/queue';
import {
  DEFAULT_REMINDER_POLICY,
  pendingOccurrences,
  planOccurrences,
  reminderJobId,
  type Occurrence,
} from '@app/reminders';
import { ReportRepository, StageClock, type Deadline, type Report } from '@app/reports';
import { ReminderRepository } from './reminder.repository';

/**
 * Turns open deadlines (MySQL) into BullMQ delayed jobs, one per pending occurrence, with ids that
 * name the deadline version. Adding an id that exists is a no-op, so scheduling twice is harmless;
 * a due job still waiting as "delayed" (its timer was lost or set by a different clock) is promoted.
 */
@Injectable()
export class ReminderScheduler {
  private readonly logger = new Logger(ReminderScheduler.name);

  constructor(
    private readonly reminders: ReminderRepository,
    private readonly reports: ReportRepository,
    private readonly stageClock: StageClock,
    private readonly producer: JobProducer,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** On the calendar in force now (an entered holiday schedule counts within seconds). */
  async plan(deadline: Deadline, report: Pick<Report, 'reminderPolicy'>): Promise<Occurrence[]> {
    return (await this.planner())(deadline, report);
  }

  /** The planning function on the calendar in force now: for many deadlines at once, one calendar look-up. */
  async planner(): Promise<(deadline: Deadline, report: Pick<Report, 'reminderPolicy'>) => Occurrence[]> {
    const calendar = await this.stageClock.calendar();
    return (deadline, report) =>
      planOccurrences(deadline, report.reminderPolicy ?? DEFAULT_REMINDER_POLICY, calendar);
  }

  /** Occurrences of these deadlines that are not yet handled (one query for the log). */
  async pending(
    deadlines: Deadline[],
    policies: Map<string, Pick<Report, 'reminderPolicy'>>,
  ): Promise<Array<{ deadline: Deadline; occurrence: Occurrence }>> {
    if (deadlines.length === 0) return [];
    const [handledRows, plan] = await Promise.all([
      this.reminders.handled(deadlines.map((d) => d.id)),
      this.planner(),
    ]);
    // Handled occurrences by deadline and due time: one pass over the log rows, not one per deadline.
    const handledOf = new Map<string, Set<string>>();
    for (const r of handledRows) {
      const key = `${r.deadlineId}|${r.dueAt.getTime()}`;
      const set = handledOf.get(key);
      if (set) set.add(r.occurrence);
      else handledOf.set(key, new Set([r.occurrence]));
    }
    const none = new Set<string>();
    const out: Array<{ deadline: Deadline; occurrence: Occurrence }> = [];
    for (const deadline of deadlines) {
      const handled = handledOf.get(`${deadline.id}|${deadline.dueAt.getTime()}`) ?? none;
      const policy = policies.get(deadline.reportId) ?? { reminderPolicy: null };
      // One deadline the calendar cannot plan (a date beyond the years it covers, say) is logged and
      // left out, not allowed to stop the others' reminders: the reconciler passes over every open
      // deadline, and one bad row aborted the whole pass (a penetration test, stop 40).
      let planned: Occurrence[];
      try {
        planned = plan(deadline, policy);
      } catch (error) {
        this.logger.error(
          { deadlineId: deadline.id, reportId: deadline.reportId, dueAt: deadline.dueAt, err: error },
          `deadline ${deadline.id} cannot be planned; its reminders are skipped until it is corrected`,
        );
        continue;
      }
      for (const occurrence of pendingOccurrences(planned, deadline.plannedFrom, handled)) {
        out.push({ deadline, occurrence });
      }
    }
    return out;
  }

  /** Adds the missing jobs (addBulk) and promotes those already due but still delayed. */
  async schedule(
    items: Array<{ deadline: Deadline; occurrence: Occurrence }>,
  ): Promise<{ added: number; promoted: number }> {
    const now = this.clock.now();
    const queue = this.producer.queue(QUEUES.deadlines);
    // Reminders go out at office hours, never at night: a late one waits for the next opening.
    const officeNow =
      this.config.env.LATE_REMINDERS === 'immediately'
        ? now
        : nextOfficeInstant(now, await this.stageClock.calendar());
    const inOfficeHours = officeNow.getTime() === now.getTime();
    const ids = items.map(({ deadline, occurrence }) =>
      reminderJobId(deadline.id, deadline.version, occurrence.name),
    );
    const states = await jobStates(queue, ids);
    const missing: JobToAdd[] = [];
    const toPromote: string[] = [];
    const toRetry: string[] = [];
    items.forEach(({ deadline, occurrence }, i) => {
      if (states[i] === 'missing') {
        missing.push({
          name: 'reminder-due',
          payload: {
            deadlineId: deadline.id,
            deadlineVersion: deadline.version,
            occurrence: occurrence.name,
          },
          jobId: ids[i],
          runAt: occurrence.runAt.getTime() >= now.getTime() ? occurrence.runAt : officeNow,
        });
      } else if (states[i] === 'delayed' && inOfficeHours && occurrence.runAt.getTime() <= now.getTime()) {
        toPromote.push(ids[i]);
      } else if (states[i] === 'failed') {
        // Retries ran out (e.g. MySQL was down longer than the backoff): the reminder is still owed.
        toRetry.push(ids[i]);
      }
    });
    for (let i = 0; i < missing.length; i += 1000)
      await this.producer.addMany(missing.slice(i, i + 1000), now);
    for (const id of toPromote) {
      const job = await queue.getJob(id);
      await job?.promote().catch((error: Error) => this.logger.warn(`promote ${id}: ${error.message}`));
    }
    for (const id of toRetry) {
      const job = await queue.getJob(id);
      await job?.retry('failed').catch((error: Error) => this.logger.warn(`retry ${id}: ${error.message}`));
    }
    return { added: missing.length, promoted: toPromote.length + toRetry.length };
  }

  /** Best effort: removes the timers of a deadline's older versions (a stale one that stays is skipped when it runs). */
  async removeStale(deadline: Deadline, occurrences: Occurrence[]): Promise<void> {
    const queue = this.producer.queue(QUEUES.deadlines);
    const olderVersions = Array.from(
      { length: Math.min(deadline.version - 1, 3) },
      (_, i) => deadline.version - 1 - i,
    );
    await Promise.all(
      olderVersions.flatMap((v) =>
        occurrences.map((o) => queue.remove(reminderJobId(deadline.id, v, o.name)).catch(() => 0)),
      ),
    );
  }

  async reportsFor(deadlines: Deadline[]): Promise<Map<string, Report>> {
    const ids = [...new Set(deadlines.map((d) => d.reportId))];
    const map = new Map<string, Report>();
    for (const id of ids) {
      const report = await this.reports.findById(id);
      if (report) map.set(id, report);
    }
    return map;
  }
}

/** Whether each job exists and is still waiting for its timer: one pipelined round trip per 1,000 ids. */
async function jobStates(
  queue: Queue,
  ids: string[],
): Promise<Array<'missing' | 'delayed' | 'failed' | 'present'>> {
  const client = (await queue.client) as unknown as Redis;
  const out: Array<'missing' | 'delayed' | 'failed' | 'present'> = [];
  for (let i = 0; i < ids.length; i += 1000) {
    const pipeline = client.pipeline();
    for (const id of ids.slice(i, i + 1000)) {
      pipeline.exists(queue.toKey(id));
      pipeline.zscore(queue.toKey('delayed'), id);
      pipeline.zscore(queue.toKey('failed'), id);
    }
    const results = (await pipeline.exec()) ?? [];
    for (let j = 0; j < results.length; j += 3) {
      const exists = Number(results[j][1]) === 1;
      const delayed = results[j + 1][1] !== null;
      const failed = results[j + 2][1] !== null;
      out.push(!exists ? 'missing' : delayed ? 'delayed' : failed ? 'failed' : 'present');
    }
  }
  return out;
}
