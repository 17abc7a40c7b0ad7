import { Injectable } from '@nestjs/common';
import { hostname } from 'node:os';
import { Clock } from '@app/common';
import type { JobOutcome, JobPayloads } from '@app/queue';
import { JobHandler, type HandlesJob } from '../jobs/job-handler';
import { SelfCheckRepository } from '@app/queue';

@Injectable()
@JobHandler('self-check')
export class SelfCheckHandler implements HandlesJob<'self-check'> {
  constructor(
    private readonly selfChecks: SelfCheckRepository,
    private readonly clock: Clock,
  ) {}

  async handle({ selfCheckId }: JobPayloads['self-check']): Promise<JobOutcome> {
    const marked = await this.selfChecks.markProcessed({
      id: selfCheckId,
      by: `worker@${hostname()}:${process.pid}`,
      now: this.clock.now(),
    });
    return marked
      ? { status: 'done' }
      : { status: 'skipped', reason: 'self-check already processed or unknown' };
  }
}
