import { SetMetadata } from '@nestjs/common';
import type { JobName, JobOutcome, JobPayloads } from '@app/queue';

export const JOB_HANDLER_METADATA = 'reportflow:job-handler';

export interface JobContext {
  jobId: string;
  attempt: number;
}

/** A class that handles exactly one job of the catalogue. */
export interface HandlesJob<N extends JobName> {
  handle(payload: JobPayloads[N], context: JobContext): Promise<JobOutcome>;
}

/** Marks a provider as the handler of one job; the registry finds it at start. */
export const JobHandler = (name: JobName): ClassDecorator => SetMetadata(JOB_HANDLER_METADATA, name);
