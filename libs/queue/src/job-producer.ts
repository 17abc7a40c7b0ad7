import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { JOBS, type JobName, type JobPayloads, type QueueName } from './catalogue';

export interface JobToAdd<N extends JobName = JobName> {
  name: N;
  payload: JobPayloads[N];
  /** Overrides the catalogue's deterministic id (the outbox passes the id it stored). */
  jobId?: string;
  runAt?: Date | null;
}

/** Adds catalogue jobs to their queues, grouped per queue with addBulk (one round trip each). */
@Injectable()
export class JobProducer {
  constructor(private readonly moduleRef: ModuleRef) {}

  queue(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }

  async addMany(jobs: JobToAdd[], now: Date = new Date()): Promise<void> {
    const byQueue = new Map<QueueName, JobToAdd[]>();
    for (const job of jobs) {
      const queue = JOBS[job.name].queue;
      // Appended in place: copying the list per job made a batch of 1,000 cost half a million copies.
      const list = byQueue.get(queue);
      if (list) list.push(job);
      else byQueue.set(queue, [job]);
    }
    await Promise.all(
      [...byQueue.entries()].map(([queue, list]) =>
        this.queue(queue).addBulk(
          list.map((job) => {
            const definition = JOBS[job.name] as { jobId: (p: unknown) => string; attempts?: number };
            const delay = job.runAt ? Math.max(0, job.runAt.getTime() - now.getTime()) : 0;
            return {
              name: job.name,
              data: job.payload,
              opts: {
                jobId: job.jobId ?? definition.jobId(job.payload),
                delay,
                ...(definition.attempts ? { attempts: definition.attempts } : {}),
              },
            };
          }),
        ),
      ),
    );
  }
}
