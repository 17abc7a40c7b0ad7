// The Database service: one transaction joins every repository's queries without a manager being
// passed around, and a write that belongs to a transaction refuses to run outside one.
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { buildDataSourceOptions, Database, TransactionRequiredError } from '@app/persistence';
import { IdempotencyRepository } from '../../libs/reports/src/idempotency.repository';
import { createUnit, createUser } from '../support/factories';

describe('Database', () => {
  let dataSource: DataSource;
  let db: Database;
  let idempotency: IdempotencyRepository;
  let userId: string;
  const now = new Date('2026-12-02T08:00:00Z');
  const stored = { requestHash: 'h', statusCode: 200, response: { ok: true, title: '2026年度报告' } };

  beforeAll(async () => {
    dataSource = await new DataSource(
      buildDataSourceOptions(loadConfig({ ...process.env }, '')),
    ).initialize();
    db = new Database(dataSource);
    idempotency = new IdempotencyRepository(db);
    const unit = await createUnit(dataSource, null);
    userId = (await createUser(dataSource, unit.id, ['drafter'])).id;
  });
  afterAll(() => dataSource.destroy());

  it('refuses a write that belongs to a transaction when called outside one', async () => {
    await expect(idempotency.store({ userId, key: randomUUID(), stored, now })).rejects.toBeInstanceOf(
      TransactionRequiredError,
    );
  });

  it('commits what repositories wrote inside transaction() and reads it back typed', async () => {
    const key = randomUUID();
    await db.transaction(() => idempotency.store({ userId, key, stored, now }));
    await expect(idempotency.find(userId, key)).resolves.toEqual(stored);
  });

  it('rolls back every query of the transaction, nested calls included, when the work fails', async () => {
    const key = randomUUID();
    await expect(
      db.transaction(async () => {
        await db.transaction(() => idempotency.store({ userId, key, stored, now }));
        // Seen inside the transaction that wrote it ...
        expect(await idempotency.find(userId, key)).toEqual(stored);
        throw new Error('the change this response belonged to failed');
      }),
    ).rejects.toThrow('the change this response belonged to failed');
    // ... and gone with it.
    await expect(idempotency.find(userId, key)).resolves.toBeNull();
  });

  it('keeps concurrent transactions apart (the current one travels with each async call)', async () => {
    const [kept, dropped] = [randomUUID(), randomUUID()];
    const results = await Promise.allSettled([
      db.transaction(async () => {
        await idempotency.store({ userId, key: kept, stored, now });
        await new Promise((r) => setTimeout(r, 50));
      }),
      db.transaction(async () => {
        await idempotency.store({ userId, key: dropped, stored, now });
        throw new Error('rolled back');
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    await expect(idempotency.find(userId, kept)).resolves.toEqual(stored);
    await expect(idempotency.find(userId, dropped)).resolves.toBeNull();
  });
});
