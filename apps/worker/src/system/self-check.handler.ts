import { Injectable } from '@nestjs/common';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { Clock } from '@app/common';
import type { JobOutcome, JobPayloads } from '@app/queue';
import { JobHandler, type HandlesJob } from '../jobs/job-handler';

@Injectable()
@JobHandler('self-check')
export class SelfCheckHandler implements HandlesJob<'self-check'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async handle({ selfCheckId }: JobPayloads['self-check']): Promise<JobOutcome> {
    const result: { affectedRows: number } = await this.dataSource.query(
      'UPDATE self_checks SET processed_at = ?, processed_by = ? WHERE id = ? AND processed_at IS NULL',
      [this.clock.now(), `worker@${hostname()}:${process.pid}`, selfCheckId],
    );
    return result.affectedRows === 1
      ? { status: 'done' }
      : { status: 'skipped', reason: 'self-check already processed or unknown' };
  }
}
