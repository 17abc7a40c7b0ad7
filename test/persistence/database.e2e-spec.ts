// The Database service: one transaction joins every repository's queries without a manager being
// passed around, and a write that belongs to a transaction refuses to run outside one. A pipelined
// transaction (a transition's) sends the same statements in fewer round trips, and fails and rolls
// back as a whole as a plain one does.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import {
  buildDataSourceOptions,
  buildPipelineDataSourceOptions,
  Database,
  TransactionRequiredError,
} from '@app/persistence';
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

  describe('isolation levels on one pooled connection', () => {
    let single: DataSource;
    let onOne: Database;
    // MariaDB's names for the session's level and for the SET statements this connection has run.
    const level = async () =>
      (await onOne.row(sql<{ level: string }>`SELECT @@tx_isolation AS level`.compile(onOne.sql)))!.level;
    const setStatements = async () =>
      Number(
        (await onOne.row(
          sql<{ Value: string }>`SHOW SESSION STATUS LIKE 'Com_set_option'`.compile(onOne.sql),
        ))!.Value,
      );

    beforeAll(async () => {
      single = await new DataSource(
        buildDataSourceOptions(loadConfig({ ...process.env, DATABASE_POOL_SIZE: '1' }, '')),
      ).initialize();
      onOne = new Database(single);
    });
    afterAll(() => single.destroy());

    it('gives each transaction the level it asked for, and the rest REPEATABLE READ', async () => {
      const committed = { isolation: 'READ COMMITTED' } as const;
      await expect(onOne.transaction(level, committed)).resolves.toBe('READ-COMMITTED');
      await expect(onOne.transaction(level)).resolves.toBe('REPEATABLE-READ');
      await expect(onOne.transaction(level, committed)).resolves.toBe('READ-COMMITTED');
      await expect(onOne.transaction(level, committed)).resolves.toBe('READ-COMMITTED');
      await expect(onOne.transaction(level)).resolves.toBe('REPEATABLE-READ');
    });

    it('sets the level once for a run of transactions at the same level, not once per transaction', async () => {
      const committed = { isolation: 'READ COMMITTED' } as const;
      await onOne.transaction(level, committed);
      const before = await setStatements();
      for (let i = 0; i < 5; i++) await onOne.transaction(level, committed);
      expect((await setStatements()) - before).toBe(0);
      await onOne.transaction(level);
      expect((await setStatements()) - before).toBe(1);
    });
  });

  describe('pipelined transactions', () => {
    let pipelineSource: DataSource;
    let piped: Database;
    /** The same repository on the Database with the pipelining pool. */
    let keys: IdempotencyRepository;
    /** The round trips sent on the pipelining pool, as SQL text. */
    let sent: string[];

    beforeAll(async () => {
      pipelineSource = await new DataSource(
        buildPipelineDataSourceOptions(loadConfig({ ...process.env }, '')),
      ).initialize();
      piped = new Database(dataSource, undefined, pipelineSource);
      keys = new IdempotencyRepository(piped);
      const createRunner = pipelineSource.createQueryRunner.bind(pipelineSource);
      jest.spyOn(pipelineSource, 'createQueryRunner').mockImplementation((mode) => {
        const runner = createRunner(mode);
        // Recorded where the SQL leaves for the server: the connection (Database sends a pipelined
        // transaction's round trips on it directly, TypeORM's own statements go there too).
        const connect = runner.connect.bind(runner);
        runner.connect = (async () => {
          const connection = (await connect()) as {
            query: (
              text: string,
              values: unknown[],
              callback: (error: unknown, raw: unknown) => void,
            ) => void;
          };
          return {
            query: (text: string, values: unknown[], callback: (error: unknown, raw: unknown) => void) => {
              sent.push(text);
              connection.query(text, values, callback);
            },
          };
        }) as typeof runner.connect;
        return runner;
      });
    });
    beforeEach(() => (sent = []));
    afterAll(() => pipelineSource.destroy());

    const pipelined = { isolation: 'READ COMMITTED', pipelined: true } as const;
    const roundTrips = () => sent.filter((text) => !text.startsWith('SET SESSION'));

    it('sends the statements issued together in one round trip with START TRANSACTION, and the later writes with COMMIT', async () => {
      const [first, second, third] = [randomUUID(), randomUUID(), randomUUID()];
      const seen = await piped.transaction(async () => {
        const [, found] = await Promise.all([
          keys.store({ userId, key: first, stored, now }),
          keys.find(userId, first),
        ]);
        await keys.store({ userId, key: second, stored, now });
        await keys.store({ userId, key: third, stored, now });
        return found;
      }, pipelined);
      // Each caller got its own statement's result: the read saw the write sent before it.
      expect(seen).toEqual(stored);
      expect(roundTrips()).toHaveLength(2);
      expect(roundTrips()[0]).toMatch(/^START TRANSACTION;\s*insert into `idempotency_keys`.*;\s*select /s);
      expect(roundTrips()[1]).toMatch(/insert into `idempotency_keys`.*;\s*insert into .*;\s*COMMIT$/s);
      for (const key of [first, second, third])
        await expect(idempotency.find(userId, key)).resolves.toEqual(stored);
    });

    it('rolls everything back when a write sent with the COMMIT fails, and the caller gets its error', async () => {
      const [kept, first] = [randomUUID(), randomUUID()];
      await db.transaction(() => idempotency.store({ userId, key: kept, stored, now }));
      await expect(
        piped.transaction(async () => {
          await keys.store({ userId, key: first, stored, now });
          await keys.find(userId, first);
          // Taken already: fails only when it goes out, with the COMMIT.
          await keys.store({ userId, key: kept, stored, now });
        }, pipelined),
      ).rejects.toThrow(/Duplicate entry/);
      await expect(idempotency.find(userId, first)).resolves.toBeNull();
      expect(roundTrips().at(-1)).toBe('ROLLBACK');
    });

    it('fails every statement of a round trip after the one that failed, and what follows, and rolls back', async () => {
      const [kept, after] = [randomUUID(), randomUUID()];
      await db.transaction(() => idempotency.store({ userId, key: kept, stored, now }));
      let outcomes: PromiseSettledResult<unknown>[] = [];
      await expect(
        piped.transaction(async () => {
          outcomes = await Promise.allSettled([
            piped.write(
              piped.sql.insertInto('idempotency_keys').values({
                user_id: userId,
                idem_key: kept,
                request_hash: 'h',
                status_code: 200,
                response: '{}',
                created_at: now,
              }),
            ),
            keys.find(userId, kept),
          ]);
          // Going on after a failed round trip cannot commit half of the transaction.
          await keys.store({ userId, key: after, stored, now });
        }, pipelined),
      ).rejects.toThrow(/Duplicate entry/);
      expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
      await expect(idempotency.find(userId, after)).resolves.toBeNull();
    });

    it('without a pipelining pool is a plain transaction', async () => {
      const key = randomUUID();
      await db.transaction(() => idempotency.store({ userId, key, stored, now }), pipelined);
      await expect(idempotency.find(userId, key)).resolves.toEqual(stored);
      expect(sent).toEqual([]);
    });
  });
});
