import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { Database } from '@app/persistence';
import { createRedisClient, tableEpochKeyPrefix, TableEpochs, type RedisClient } from '@app/queue';
import { startWorker } from '../support/apps';
import { createUnit, uniqueName } from '../support/factories';
import { waitFor } from '../support/wait';

/**
 * The change signals the board cache trusts (TableEpochs): a committed write of a process (here the
 * worker, which writes without any HTTP request) renews the token of each table it wrote, in Redis,
 * so an API process reusing a board built from that table learns of it; a rolled-back one renews
 * nothing. The unit written is this file's own.
 */
describe('a committed write renews the change signal of its tables, in every process', () => {
  let worker: INestApplicationContext;
  let redis: RedisClient;
  let db: Database;
  let unitId: string;

  const tokenOf = (table: string) => redis.get(table);
  const rename = (name: string) =>
    db.write(db.sql.updateTable('units').set({ name }).where('id', '=', unitId));
  /**
   * Waits until everything this process signalled so far is in Redis: the signals go out in order on
   * one connection, so once a probe table's new token is there, every signal sent before it is too.
   */
  const signalsSettled = async () => {
    const probe = `probe_${uniqueName('t')}`;
    worker.get(TableEpochs).changed(new Set([probe]));
    await waitFor('the probe signal', async () => (await tokenOf(probe)) !== null, { timeoutMs: 5_000 });
  };

  beforeAll(async () => {
    worker = await startWorker();
    db = worker.get(Database);
    const config = worker.get(AppConfig);
    redis = createRedisClient(config.redis.topology, 'fail-fast', tableEpochKeyPrefix(config.redis.prefix));
    unitId = (await createUnit(worker.get(DataSource), null, { name: uniqueName('信号测试局') })).id;
    await signalsSettled();
  });
  afterAll(async () => {
    redis?.disconnect();
    await worker?.close();
  });

  it('after a transaction commits, not before, and for the tables it wrote only', async () => {
    const before = { units: await tokenOf('units'), reports: await tokenOf('reports') };
    let duringTransaction: string | null = null;
    await db.transaction(async () => {
      await rename(uniqueName('信号测试局'));
      await signalsSettled();
      duringTransaction = await tokenOf('units');
    });
    expect(duringTransaction).toBe(before.units);
    await signalsSettled();
    expect(await tokenOf('units')).not.toBe(before.units);
    expect(await tokenOf('reports')).toBe(before.reports);
  });

  it('never for a transaction rolled back, nor for a write that changed no row', async () => {
    const before = await tokenOf('units');
    await expect(
      db.transaction(async () => {
        await rename(uniqueName('回滚'));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await db.write(db.sql.updateTable('units').set({ name: 'x' }).where('id', '=', 'no-such-unit'));
    await signalsSettled();
    expect(await tokenOf('units')).toBe(before);
    // And a write outside any transaction signals at once.
    await rename(uniqueName('信号测试局'));
    await signalsSettled();
    expect(await tokenOf('units')).not.toBe(before);
  });
});
