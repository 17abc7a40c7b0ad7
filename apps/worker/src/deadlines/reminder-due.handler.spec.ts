import type { JobOutcome, JobPayloads } from '@app/queue';
import type { ReminderBatch } from './reminder-batch';
import { ReminderDueHandler } from './reminder-due.handler';

type Payload = JobPayloads['reminder-due'];
const job = (n: number): Payload => ({ deadlineId: `d${n}`, deadlineVersion: 1, occurrence: 'on-day' });

describe('ReminderDueHandler', () => {
  it('sends jobs that run together as one batch', async () => {
    const batches: Payload[][] = [];
    const batch = {
      sendMany: async (jobs: Payload[]): Promise<JobOutcome[]> => {
        batches.push(jobs);
        return jobs.map((j) => ({ status: 'done', detail: j.deadlineId }));
      },
    } as unknown as ReminderBatch;
    const handler = new ReminderDueHandler(batch);
    const outcomes = await Promise.all([1, 2, 3].map((n) => handler.handle(job(n))));
    expect(outcomes).toEqual(['d1', 'd2', 'd3'].map((detail) => ({ status: 'done', detail })));
    expect(batches.map((b) => b.length)).toEqual([3]);
  });

  it('when a batch fails, tries each job on its own so that only the bad one fails', async () => {
    const batch = {
      sendMany: async (jobs: Payload[]): Promise<JobOutcome[]> => {
        if (jobs.length > 1) throw new Error('Deadlock found when trying to get lock');
        if (jobs[0].deadlineId === 'd2') throw new Error('bad job');
        return [{ status: 'done', detail: jobs[0].deadlineId }];
      },
    } as unknown as ReminderBatch;
    const handler = new ReminderDueHandler(batch);
    const settled = await Promise.allSettled([1, 2, 3].map((n) => handler.handle(job(n))));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
