import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type Redis from 'ioredis';
import { AppConfig } from '@app/config';
import { JobProducer, QUEUES } from '@app/queue';
import { Public } from '../auth/auth.guard';
import { MetricsRepository } from './metrics.repository';
import { OperationsErrors } from './operations.errors';
import { ReturnsText } from '../http/api-response';

/**
 * Prometheus text format: queue depth by state, dead letters, open deadlines, outbox backlog and
 * the reconciler's repair counters. No report data, but it tells anyone how busy and how broken
 * the system is: served when METRICS_ENABLED says so, which by default is everywhere but production
 * (there, scrape it through a listener or proxy of your own and turn it on there).
 */
@ApiTags('operations')
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly producer: JobProducer,
    private readonly counts: MetricsRepository,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @ReturnsText('text/plain; version=0.0.4', 'Metrics in Prometheus text format')
  @ApiOperation({ summary: 'Metrics in Prometheus text format' })
  async metrics(@Res({ passthrough: true }) res: Response): Promise<string> {
    // Answers like a route that does not exist, so a closed /metrics says nothing more.
    if (!(this.config.env.METRICS_ENABLED ?? !this.config.isProduction)) throw OperationsErrors.notServed();
    // Set here, not by @Header, so that the 404 above stays a JSON error body.
    res.setHeader('Content-Type', 'text/plain; version=0.0.4');
    const lines: string[] = [
      '# HELP reportflow_queue_jobs Jobs per queue and state',
      '# TYPE reportflow_queue_jobs gauge',
    ];
    for (const name of Object.values(QUEUES)) {
      const counts = await this.producer
        .queue(name)
        .getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
      for (const [state, n] of Object.entries(counts))
        lines.push(`reportflow_queue_jobs{queue="${name}",state="${state}"} ${n}`);
    }
    const backlog = await this.counts.backlog();
    lines.push('# TYPE reportflow_dead_letters gauge', `reportflow_dead_letters ${backlog.deadLetters}`);
    lines.push(
      '# TYPE reportflow_open_deadlines gauge',
      `reportflow_open_deadlines ${backlog.openDeadlines}`,
    );
    lines.push(
      '# TYPE reportflow_outbox_pending gauge',
      `reportflow_outbox_pending ${backlog.outboxPending}`,
    );
    const client = (await this.producer.queue(QUEUES.deadlines).client) as unknown as Redis;
    const reconciler = await client.hgetall(`${this.config.redis.prefix}:metrics:reconciler`);
    lines.push('# TYPE reportflow_reconciler_total counter');
    for (const field of ['runs', 'added', 'promoted', 'orphans_removed']) {
      lines.push(`reportflow_reconciler_total{what="${field}"} ${Number(reconciler[field] ?? 0)}`);
    }
    return `${lines.join('\n')}\n`;
  }
}
