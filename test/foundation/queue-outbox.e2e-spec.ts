// The outbox on a real database: a row is written only with the change it announces, and the relay
// hands every committed row to the queues once, under the id that was stored.
import { DataSource } from 'typeorm';
import { SystemClock } from '@app/common';
import { Database, TransactionRequiredError, Transactions } from '@app/persistence';
import { JobProducer, OutboxRelay, OutboxRepository, OutboxWriter, type JobToAdd } from '@app/queue';
import { scratchDatabase } from '../support/scratch-db';

describe('outbox', () => {
  let dataSource: DataSource;
  let db: Database;
  let writer: OutboxWriter;
  let relay: OutboxRelay;
  const added: JobToAdd[] = [];
  const now = new Date('2026-12-02T01:00:00Z');

  beforeAll(async () => {
    ({ dataSource } = await scratchDatabase('outbox'));
    db = new Database(dataSource);
    const repository = new OutboxRepository(db);
    writer = new OutboxWriter(repository);
    // Stands in for BullMQ: what the relay would add to Redis.
    const producer = {
      addMany: async (jobs: JobToAdd[]) => {
        added.push(...jobs);
      },
    } as Pick<JobProducer, 'addMany'> as JobProducer;
    relay = new OutboxRelay(new Transactions(db), repository, producer, new SystemClock());
  });
  afterAll(() => dataSource?.destroy());

  const pendingJobIds = async () =>
    (
      (await dataSource.query('SELECT job_id FROM outbox WHERE relayed_at IS NULL ORDER BY id')) as Array<{
        job_id: string;
      }>
    ).map((r) => r.job_id);

  it('refuses to write a job outside a transaction: it would announce a change that may never commit', async () => {
    await expect(writer.add('self-check', { selfCheckId: 'lonely' }, now)).rejects.toBeInstanceOf(
      TransactionRequiredError,
    );
    expect(await pendingJobIds()).toEqual([]);
  });

  it('leaves nothing behind when the change it announces rolls back', async () => {
    await expect(
      db.transaction(async () => {
        await writer.add('self-check', { selfCheckId: 'rolled-back' }, now);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await pendingJobIds()).toEqual([]);
  });

  it('relays each committed job once, under its stored id, and marks the rows relayed', async () => {
    await db.transaction(() =>
      writer.addMany(
        [
          { name: 'self-check', payload: { selfCheckId: 'a' } },
          { name: 'delivery-send', payload: { deliveryId: 9, replay: 0 } },
        ],
        now,
      ),
    );
    expect(await pendingJobIds()).toEqual(['self-check-a', 'delivery-9-r0']);
    await expect(relay.relayAll()).resolves.toBe(2);
    await expect(relay.relayAll()).resolves.toBe(0);
    expect(added).toEqual([
      { name: 'self-check', payload: { selfCheckId: 'a' }, jobId: 'self-check-a', runAt: null },
      {
        name: 'delivery-send',
        payload: { deliveryId: 9, replay: 0 },
        jobId: 'delivery-9-r0',
        runAt: null,
      },
    ]);
    expect(await pendingJobIds()).toEqual([]);
  });

  it('a kick inside a transaction (a use case nested in another) relays only after the outermost commit', async () => {
    added.length = 0;
    const relayedBeforeCommit = await db.transaction(async () => {
      await db.transaction(() => writer.add('self-check', { selfCheckId: 'nested' }, now));
      // The nested use case publishes as if it had committed; the outer transaction has not.
      relay.kick();
      await new Promise((resolve) => setTimeout(resolve, 300));
      return added.map((job) => job.jobId);
    });
    // Joined into the open transaction, the relay used to claim the uncommitted row and hand it to
    // the queues: the worker then ran before the commit and found nothing (a return told nobody).
    expect(relayedBeforeCommit).toEqual([]);
    for (let i = 0; i < 50 && added.length === 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(added.map((job) => job.jobId)).toEqual(['self-check-nested']);
    expect(await pendingJobIds()).toEqual([]);
  });

  it('a kick inside a transaction that rolls back relays nothing', async () => {
    added.length = 0;
    await expect(
      db.transaction(async () => {
        await writer.add('self-check', { selfCheckId: 'never' }, now);
        relay.kick();
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(added).toEqual([]);
    expect(await pendingJobIds()).toEqual([]);
  });
});
