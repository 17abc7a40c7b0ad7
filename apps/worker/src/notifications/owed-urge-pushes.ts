import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@app/common';
import { JOBS, JobProducer, QUEUES, type JobToAdd } from '@app/queue';
import { jobStates } from '../jobs/job-states';
import { UrgedTargetRepository } from './urged-target.repository';

const PAGE = 1000;

/**
 * The reconciler's pass over 催办 pushes still owed (push_due_at set, pushed_at not): the row is the
 * truth, the delayed job only its alarm. A job missing (Redis lost overnight, a crash before relay)
 * is added again at its time; a failed one is retried; one due but still delayed is promoted; one
 * that finished without storing them (run before its time) is run again. Never sends anything itself.
 */
@Injectable()
export class OwedUrgePushes {
  private readonly logger = new Logger(OwedUrgePushes.name);

  constructor(
    private readonly urges: UrgedTargetRepository,
    private readonly producer: JobProducer,
    private readonly clock: Clock,
  ) {}

  /** How many jobs were added again, and how many promoted, retried or run again. */
  async repair(): Promise<{ added: number; promoted: number }> {
    const result = { added: 0, promoted: 0 };
    const queue = this.producer.queue(QUEUES.notifications);
    for (let afterId = ''; ;) {
      const owed = await this.urges.owedPushes(afterId, PAGE);
      if (owed.length === 0) return result;
      afterId = owed[owed.length - 1].urgeId;
      const now = this.clock.now();
      const ids = owed.map((o) => JOBS['target-urged-push'].jobId({ urgeId: o.urgeId }));
      const states = await jobStates(queue, ids);
      const toAdd: JobToAdd[] = [];
      for (const [i, push] of owed.entries()) {
        const due = push.pushDueAt.getTime() <= now.getTime();
        const job = { name: 'target-urged-push' as const, payload: { urgeId: push.urgeId } };
        if (states[i] === 'missing') {
          toAdd.push({ ...job, runAt: due ? null : push.pushDueAt });
          result.added++;
        } else if (states[i] === 'completed' && due) {
          // Its run found it not yet due (promoted by hand): the finished job is replaced.
          await queue.remove(ids[i]).catch(() => 0);
          toAdd.push(job);
          result.promoted++;
        } else if (states[i] === 'failed' || (states[i] === 'delayed' && due)) {
          const stuck = await queue.getJob(ids[i]);
          const moved = states[i] === 'failed' ? stuck?.retry('failed') : stuck?.promote();
          await moved?.catch((error: Error) => this.logger.warn(`催办 push ${ids[i]}: ${error.message}`));
          result.promoted++;
        }
      }
      if (toAdd.length > 0) await this.producer.addMany(toAdd, now);
      if (owed.length < PAGE) return result;
    }
  }
}
