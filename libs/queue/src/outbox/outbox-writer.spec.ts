import { OutboxWriter } from './outbox-writer';
import type { OutboxEntry, OutboxRepository } from './outbox.repository';

/** Records what the writer hands the repository, as the repository would store it. */
function recordingOutbox() {
  const inserts: Array<{ entries: OutboxEntry[]; now: Date }> = [];
  const repository = {
    insertMany: async (entries: OutboxEntry[], now: Date) => {
      inserts.push({ entries, now });
    },
  } as Pick<OutboxRepository, 'insertMany'> as OutboxRepository;
  return { inserts, writer: new OutboxWriter(repository) };
}

describe('OutboxWriter', () => {
  const now = new Date('2026-12-02T01:00:00Z');

  it('stores each job on its catalogue queue under its deterministic id, all in one insert', async () => {
    const { inserts, writer } = recordingOutbox();
    await writer.addMany(
      [
        { name: 'deadlines-changed', payload: { reportId: 'r1', reportVersion: 4 } },
        { name: 'transition-notify', payload: { auditEventId: 17 } },
      ],
      now,
    );
    expect(inserts).toEqual([
      {
        now,
        entries: [
          {
            queue: 'deadlines',
            jobName: 'deadlines-changed',
            jobId: 'deadlines-changed-r1-v4',
            payload: { reportId: 'r1', reportVersion: 4 },
            runAt: null,
          },
          {
            queue: 'notifications',
            jobName: 'transition-notify',
            jobId: 'transition-notify-17',
            payload: { auditEventId: 17 },
            runAt: null,
          },
        ],
      },
    ]);
  });

  it('keeps the time a delayed job should run at', async () => {
    const { inserts, writer } = recordingOutbox();
    const runAt = new Date('2026-12-09T01:00:00Z');
    await writer.add('delivery-send', { deliveryId: 5, replay: 1 }, now, runAt);
    expect(inserts[0].entries).toEqual([
      expect.objectContaining({ jobId: 'delivery-5-r1', queue: 'notifications', runAt }),
    ]);
  });
});
