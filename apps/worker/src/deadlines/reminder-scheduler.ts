import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@app/common';
import { JOBS, JobProducer, QUEUES, type JobToAdd } from '@app/queue';
import {
  DEFAULT_REMINDER_POLICY,
  pendingOccurrences,
  planOccurrences,
  timerInstant,
  type Occurrence,
} from '@app/reminders';
import { ReportRepository, StageClock, type Deadline, type Report } from '@app/reports';
import { jobStates } from '../jobs/job-states';
import { OfficeOpening } from './office-opening';
import { ReminderRepository } from './reminder.repository';
import { ReminderTimerRepository } from './reminder-timer.repository';

/**
 * Turns open deadlines into reminder timers: a reminder_timers row per pending occurrence of the
 * deadline's current version, and one delayed BullMQ job per instant they fall due at
 * (`reminders-due`, its id the instant's). Writing a timer twice, or adding an instant's job twice,
 * adds one; an instant already due whose job still waits (set by a clock behind ours) is promoted.
 */
@Injectable()
export class ReminderScheduler {
  private readonly logger = new Logger(ReminderScheduler.name);

  constructor(
    private readonly reminders: ReminderRepository,
    private readonly timers: ReminderTimerRepository,
    private readonly reports: ReportRepository,
    private readonly stageClock: StageClock,
    private readonly producer: JobProducer,
    private readonly opening: OfficeOpening,
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

  /**
   * Writes the timers of these occurrences that are not there yet (a late one goes out at the next
   * office opening, never at night), and makes sure a job runs each instant they fall due at.
   */
  async schedule(
    items: Array<{ deadline: Deadline; occurrence: Occurrence }>,
  ): Promise<{ added: number; promoted: number }> {
    if (items.length === 0) return { added: 0, promoted: 0 };
    const now = this.clock.now();
    const officeNow = await this.officeNow(now);
    const timers = items.map(({ deadline, occurrence }) => ({
      deadlineId: deadline.id,
      deadlineVersion: deadline.version,
      occurrence: occurrence.name,
      runAt: occurrence.runAt.getTime() >= now.getTime() ? occurrence.runAt : officeNow,
    }));
    const added = await this.timers.add(timers, now);
    // A late timer written earlier keeps the opening it was given then (the reconciler's pass over
    // the stored instants runs it); today's opening needs a job only when a late one was written now.
    const instants = timers.map((t) => t.runAt).filter((runAt) => runAt !== officeNow || added > 0);
    const jobs = await this.ensureInstants(instants);
    return { added: added + jobs.added, promoted: jobs.promoted };
  }

  /**
   * One `reminders-due` job per instant, there when its timers fall due: a missing one is added
   * (ids are the instant's, so adding twice adds one); one already due but still waiting is promoted
   * (its timer was set by a clock behind ours); a failed one is retried; and an instant that is due
   * while its run has finished gets another run, for timers written after it looked (each run sends
   * every timer due by then, so a spare run finds nothing and costs one query). Returns how many
   * jobs were added for instants that had none, and how many were promoted, retried or run again.
   */
  async ensureInstants(instants: Date[]): Promise<{ added: number; promoted: number }> {
    if (instants.length === 0) return { added: 0, promoted: 0 };
    const now = this.clock.now();
    const inOfficeHours = (await this.officeNow(now)).getTime() === now.getTime();
    const queue = this.producer.queue(QUEUES.deadlines);
    const unique = [...new Set(instants.map((t) => timerInstant(t)))];
    const ids = unique.map((runAt) => JOBS['reminders-due'].jobId({ runAt }));
    const states = await jobStates(queue, ids);
    const toAdd: JobToAdd[] = [];
    const toPromote: string[] = [];
    const toRetry: string[] = [];
    unique.forEach((runAt, i) => {
      const due = runAt <= now.getTime();
      if (states[i] === 'missing') {
        toAdd.push({ name: 'reminders-due', payload: { runAt }, runAt: new Date(runAt) });
      } else if (states[i] === 'delayed' && due && inOfficeHours) {
        toPromote.push(ids[i]);
      } else if (states[i] === 'failed') {
        // Retries ran out (e.g. MySQL was down longer than the backoff): its reminders are still owed.
        toRetry.push(ids[i]);
      } else if (states[i] === 'completed' && due) {
        toAdd.push({ name: 'reminders-due', payload: { runAt, pass: Date.now() } });
      }
    });
    for (let i = 0; i < toAdd.length; i += 1000) await this.producer.addMany(toAdd.slice(i, i + 1000), now);
    for (const id of toPromote) {
      const job = await queue.getJob(id);
      await job?.promote().catch((error: Error) => this.logger.warn(`promote ${id}: ${error.message}`));
    }
    for (const id of toRetry) {
      const job = await queue.getJob(id);
      await job?.retry('failed').catch((error: Error) => this.logger.warn(`retry ${id}: ${error.message}`));
    }
    const runAgain = toAdd.filter((j) => j.runAt === undefined).length;
    return { added: toAdd.length - runAgain, promoted: toPromote.length + toRetry.length + runAgain };
  }

  /**
   * A deadline's timers for its current version only: those of earlier versions (it moved) and of a
   * closed deadline (the action was taken) are removed. One left behind would be skipped when due.
   */
  async removeStale(deadlines: Deadline[]): Promise<void> {
    // A closed deadline's timers up to the version it closed at: a reopening since (a version
    // above it) keeps its own, even if this job read the deadline before it reopened.
    await this.timers.removeBefore(
      deadlines.map((d) => ({ deadlineId: d.id, version: d.closedAt ? d.version + 1 : d.version })),
    );
  }

  /**
   * A run of timers due by now, a second from now: a timer a run skipped because another
   * transaction held it for a moment, or one written while the run was already under way.
   */
  async runAgainSoon(): Promise<void> {
    const now = this.clock.now();
    // Due now (it sends what is due when it runs); `pass` only tells it apart from other runs of the
    // instant (wall time: unique, not a date); BullMQ holds it back the second.
    await this.producer.addMany(
      [
        {
          name: 'reminders-due',
          payload: { runAt: now.getTime(), pass: Date.now() },
          runAt: new Date(now.getTime() + 1000),
        },
      ],
      now,
    );
  }

  /** Now within office hours; otherwise the next opening (reminders never go out at night). */
  officeNow(now: Date): Promise<Date> {
    return this.opening.at(now);
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
