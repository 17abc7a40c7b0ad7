import { Injectable } from '@nestjs/common';
import type { JobOutcome, JobPayloads } from '@app/queue';
import { JobHandler, type HandlesJob } from '../jobs/job-handler';

/** Re-plans a report's reminders after its deadlines changed (filled in with the reminders work). */
@Injectable()
@JobHandler('deadlines-changed')
export class DeadlinesChangedHandler implements HandlesJob<'deadlines-changed'> {
  async handle(_payload: JobPayloads['deadlines-changed']): Promise<JobOutcome> {
    return { status: 'skipped', reason: 'reminder planning is not built yet' };
  }
}
