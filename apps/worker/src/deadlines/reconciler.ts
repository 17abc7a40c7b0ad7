import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type Redis from 'ioredis';
import { AppConfig } from '@app/config';
import { JobProducer, QUEUES } from '@app/queue';
import { DeadlineRepository, type Report } from '@app/reports';
import { ReminderRepository } from './reminder.repository';
import { ReminderTimerRepository } from './reminder-timer.repository';
import { OwedUrgePushes } from '../notifications/owed-urge-pushes';
import { ReminderScheduler } from './reminder-scheduler';

export interface ReconcileResult {
  openDeadlines: number;
  added: number;
  promoted: number;
  orphansRemoved: number;
}

const DEADLINE_PAGE = 1000;
const ORPHAN_PAGE = 1000;

/** A job of the catalogue before the timers were rows (one delayed job per reminder: reminder-<deadline>-v<n>-…). */
export const LEGACY_REMINDER_JOB = /^reminder-[0-9a-f]{8}-[0-9a-f]{4}-/;

/**
 * MySQL says which deadlines are open and holds their reminder timers; Redis holds one job per
 * instant the timers fall due at. At start and then periodically the reconciler writes the timers
 * a pending occurrence lacks, gives every instant in the table its job (Redis flushed, restored
 * from a backup, a crash before relay), promotes an instant due but still waiting, runs an instant
 * again whose run finished before some of its timers were written, and removes the timers of
 * deadlines that closed or moved. Losing Redis therefore delays a reminder until the next pass; it
 * never loses one. The email and robot messages of a 催办 held for office hours are repaired the
 * same way (OwedUrgePushes).
 */
@Injectable()
export class Reconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(Reconciler.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<ReconcileResult> | null = null;

  constructor(
    private readonly reminders: ReminderRepository,
    private readonly timers: ReminderTimerRepository,
    private readonly deadlines: DeadlineRepository,
    private readonly scheduler: ReminderScheduler,
    private readonly producer: JobProducer,
    private readonly urgePushes: OwedUrgePushes,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.runOnce().catch((error: Error) =>
      this.logger.warn(`reconcile at start failed: ${error.message}`),
    );
    this.timer = setInterval(
      () =>
        void this.runOnce().catch((error: Error) => this.logger.warn(`reconcile failed: ${error.message}`)),
      this.config.env.RECONCILE_INTERVAL_MS,
    );
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Runs a full pass that starts after this call (waiting for one already under way, which may have missed new rows). */
  async runOnce(): Promise<ReconcileResult> {
    while (this.running) await this.running.catch(() => undefined);
    this.running = this.reconcile().finally(() => (this.running = null));
    return this.running;
  }

  private async reconcile(): Promise<ReconcileResult> {
    const result: ReconcileResult = { openDeadlines: 0, added: 0, promoted: 0, orphansRemoved: 0 };
    let afterId = '';
    for (;;) {
      const page = await this.deadlines.openPage(afterId, DEADLINE_PAGE);
      if (page.length === 0) break;
      afterId = page[page.length - 1].id;
      result.openDeadlines += page.length;
      const policies = await this.policiesOf([...new Set(page.map((d) => d.reportId))]);
      const { added, promoted } = await this.scheduler.schedule(await this.scheduler.pending(page, policies));
      result.added += added;
      result.promoted += promoted;
    }
    result.orphansRemoved = await this.removeStaleTimers();
    // Every instant in the table, as stored (a late timer keeps the opening it was given).
    const jobs = await this.scheduler.ensureInstants((await this.timers.instants()).map((i) => i.runAt));
    result.added += jobs.added;
    result.promoted += jobs.promoted;
    result.orphansRemoved += await this.removeLegacyJobs();
    const pushes = await this.urgePushes.repair();
    result.added += pushes.added;
    result.promoted += pushes.promoted;
    await this.record(result);
    if (result.added + result.promoted + result.orphansRemoved > 0) {
      this.logger.log(
        { reconcile: result },
        `reconciler repaired ${result.added} missing, ${result.promoted} late, ${result.orphansRemoved} orphan timer(s)`,
      );
    }
    return result;
  }

  private async policiesOf(reportIds: string[]): Promise<Map<string, Pick<Report, 'reminderPolicy'>>> {
    const policies = await this.reminders.policiesOf(reportIds);
    return new Map([...policies].map(([id, reminderPolicy]) => [id, { reminderPolicy }]));
  }

  /** Timers of deadlines that closed or moved on: never to be sent, they are removed. */
  private async removeStaleTimers(): Promise<number> {
    let removed = 0;
    for (;;) {
      const stale = await this.timers.stale(ORPHAN_PAGE);
      if (stale.length === 0) return removed;
      removed += await this.timers.removeNow(stale);
      if (stale.length < ORPHAN_PAGE) return removed;
    }
  }

  /**
   * Delayed jobs of the catalogue before the timers were rows (reminder-<deadline>-v<n>-…): their
   * reminders are timers now, so they are removed (a run would find no handler for them). Pages
   * through the delayed set by id (ZRANGE, 1,000 at a time).
   */
  private async removeLegacyJobs(): Promise<number> {
    const queue = this.producer.queue(QUEUES.deadlines);
    const client = (await queue.client) as unknown as Redis;
    const delayedKey = queue.toKey('delayed');
    let removed = 0;
    for (let start = 0; ; start += ORPHAN_PAGE) {
      const ids = await client.zrange(delayedKey, start, start + ORPHAN_PAGE - 1);
      if (ids.length === 0) break;
      for (const id of ids.filter((i) => LEGACY_REMINDER_JOB.test(i))) {
        if ((await queue.remove(id).catch(() => 0)) === 1) {
          removed++;
          start--;
        }
      }
    }
    return removed;
  }

  private async record(result: ReconcileResult): Promise<void> {
    const client = (await this.producer.queue(QUEUES.deadlines).client) as unknown as Redis;
    const key = `${this.config.redis.prefix}:metrics:reconciler`;
    await client
      .multi()
      .hincrby(key, 'runs', 1)
      .hincrby(key, 'added', result.added)
      .hincrby(key, 'promoted', result.promoted)
      .hincrby(key, 'orphans_removed', result.orphansRemoved)
      .hset(key, 'open_deadlines', result.openDeadlines)
      .exec();
  }
}
