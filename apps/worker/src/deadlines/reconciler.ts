import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type Redis from 'ioredis';
import { AppConfig } from '@app/config';
import { JobProducer, QUEUES, type JobPayloads } from '@app/queue';
import { DeadlineRepository, type Report } from '@app/reports';
import { ReminderRepository } from './reminder.repository';
import { ReminderScheduler } from './reminder-scheduler';

export interface ReconcileResult {
  openDeadlines: number;
  added: number;
  promoted: number;
  orphansRemoved: number;
}

const DEADLINE_PAGE = 1000;
const ORPHAN_PAGE = 1000;

/** The deadline and version a reminder timer's id names (reminderJobId: reminder-<uuid>-v<n>-<occurrence>). */
export function parseReminderJobId(id: string): { deadlineId: string; deadlineVersion: number } | null {
  const m =
    /^reminder-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-v(\d+)-[a-z0-9-]+$/.exec(id);
  return m ? { deadlineId: m[1], deadlineVersion: Number(m[2]) } : null;
}

/**
 * MySQL says which deadlines are open; Redis holds their timers. At start and then periodically
 * the reconciler re-creates missing timers (Redis flushed, restored from a backup, a crash before
 * relay), promotes timers that are due but still waiting, and removes timers of deadlines that
 * closed or moved. Losing Redis therefore delays a reminder until the next run; it never loses one.
 */
@Injectable()
export class Reconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(Reconciler.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<ReconcileResult> | null = null;

  constructor(
    private readonly reminders: ReminderRepository,
    private readonly deadlines: DeadlineRepository,
    private readonly scheduler: ReminderScheduler,
    private readonly producer: JobProducer,
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
    result.orphansRemoved = await this.removeOrphans();
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

  /**
   * Delayed reminder timers whose deadline closed or moved on: remove them (they would be skipped
   * anyway). Pages through the delayed set by id (ZRANGE, 1,000 at a time): a reminder's id names
   * its deadline and version (reminderJobId), so only a timer whose id does not read that way has
   * its job fetched; 100,000 timers are never turned into 100,000 job objects.
   */
  private async removeOrphans(): Promise<number> {
    const queue = this.producer.queue(QUEUES.deadlines);
    const client = (await queue.client) as unknown as Redis;
    const delayedKey = queue.toKey('delayed');
    let removed = 0;
    for (let start = 0; ; start += ORPHAN_PAGE) {
      const ids = await client.zrange(delayedKey, start, start + ORPHAN_PAGE - 1);
      if (ids.length === 0) break;
      const timers: Array<{ id: string; deadlineId: string; deadlineVersion: number }> = [];
      for (const id of ids) {
        const parsed = parseReminderJobId(id);
        if (parsed) timers.push({ id, ...parsed });
        else if (id.startsWith('reminder-')) {
          const job = await queue.getJob(id);
          if (job?.name !== 'reminder-due') continue;
          const data = job.data as JobPayloads['reminder-due'];
          timers.push({ id, deadlineId: data.deadlineId, deadlineVersion: data.deadlineVersion });
        }
      }
      const current = await this.reminders.liveVersions([...new Set(timers.map((t) => t.deadlineId))]);
      for (const timer of timers) {
        if (current.get(timer.deadlineId) === timer.deadlineVersion) continue;
        // Only a timer still waiting is removed (a job that went active meanwhile is left to its worker).
        if ((await queue.remove(timer.id).catch(() => 0)) === 1) {
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
