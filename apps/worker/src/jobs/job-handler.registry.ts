import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type { Job } from 'bullmq';
import { JOB_NAMES, isJobName, type JobName, type JobOutcome, type JobPayloads } from '@app/queue';
import { JOB_HANDLER_METADATA, type HandlesJob } from './job-handler';

export class JobCatalogueMismatchError extends Error {}

/**
 * Finds every @JobHandler at start and refuses to run when a catalogue job has no handler or two,
 * so a job can never sit in Redis with nobody to run it.
 */
@Injectable()
export class JobHandlerRegistry implements OnModuleInit {
  private readonly logger = new Logger('Jobs');
  private readonly handlers = new Map<JobName, HandlesJob<JobName>>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const found = new Map<JobName, string[]>();
    for (const wrapper of this.discovery.getProviders()) {
      if (!wrapper.metatype || !wrapper.instance) continue;
      const name = this.reflector.get<JobName | undefined>(JOB_HANDLER_METADATA, wrapper.metatype);
      if (!name) continue;
      found.set(name, [...(found.get(name) ?? []), wrapper.metatype.name]);
      this.handlers.set(name, wrapper.instance as HandlesJob<JobName>);
    }
    const problems: string[] = [];
    for (const name of JOB_NAMES) {
      const classes = found.get(name) ?? [];
      if (classes.length === 0) problems.push(`job "${name}" has no handler`);
      if (classes.length > 1)
        problems.push(`job "${name}" has ${classes.length} handlers (${classes.join(', ')})`);
    }
    for (const name of found.keys()) {
      if (!isJobName(name)) problems.push(`handler for unknown job "${name}"`);
    }
    if (problems.length > 0) {
      throw new JobCatalogueMismatchError(`Job catalogue and handlers disagree: ${problems.join('; ')}`);
    }
  }

  async dispatch(job: Job): Promise<JobOutcome> {
    if (!isJobName(job.name)) throw new Error(`unknown job ${job.name}`);
    const handler = this.handlers.get(job.name)!;
    const outcome = await handler.handle(job.data as JobPayloads[JobName], {
      jobId: job.id ?? '',
      attempt: job.attemptsMade + 1,
    });
    this.logger.log({ job: job.name, jobId: job.id, outcome }, `${job.name} ${outcome.status}`);
    return outcome;
  }
}
