import type { Queue } from 'bullmq';
import type Redis from 'ioredis';

/** Where a job stands in its queue: present means waiting or running. */
export type JobState = 'missing' | 'delayed' | 'failed' | 'completed' | 'present';

/**
 * Where each job stands: one pipelined round trip per 1,000 ids. For the reconciler's repairs of
 * jobs whose truth is a MySQL row (reminder instants, 催办 pushes): a missing one is added again.
 */
export async function jobStates(queue: Queue, ids: string[]): Promise<JobState[]> {
  const client = (await queue.client) as unknown as Redis;
  const out: JobState[] = [];
  for (let i = 0; i < ids.length; i += 1000) {
    const pipeline = client.pipeline();
    for (const id of ids.slice(i, i + 1000)) {
      pipeline.exists(queue.toKey(id));
      pipeline.zscore(queue.toKey('delayed'), id);
      pipeline.zscore(queue.toKey('failed'), id);
      pipeline.zscore(queue.toKey('completed'), id);
    }
    const results = (await pipeline.exec()) ?? [];
    for (let j = 0; j < results.length; j += 4) {
      const exists = Number(results[j][1]) === 1;
      const [delayed, failed, completed] = [1, 2, 3].map((k) => results[j + k][1] !== null);
      out.push(
        !exists ? 'missing' : delayed ? 'delayed' : failed ? 'failed' : completed ? 'completed' : 'present',
      );
    }
  }
  return out;
}
