import { AsyncLocalStorage } from 'node:async_hooks';
import { Inject, Injectable, Optional } from '@nestjs/common';
import {
  DummyDriver,
  Kysely,
  MysqlAdapter,
  MysqlIntrospector,
  MysqlQueryCompiler,
  type Compilable,
  type CompiledQuery,
} from 'kysely';
import { DataSource, QueryFailedError, type EntityManager, type QueryRunner } from 'typeorm';
import type { MysqlConnectionOptions } from 'typeorm/driver/mysql/MysqlConnectionOptions';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import type { DB } from '@app/persistence/schema';
import { chooseReadTarget } from './read-routing';
import { RequestReads } from './request-reads';
import { tablesWrittenBy } from './written-tables';

/** What MySQL reports after an INSERT, UPDATE or DELETE. */
export interface WriteResult {
  affectedRows: number;
  /** The AUTO_INCREMENT id of the first inserted row (0 when the table has none). */
  insertId: number;
}

export interface TransactionOptions {
  /** Transitions and the outbox relay read committed rows only; the rest run at REPEATABLE READ. */
  isolation?: IsolationLevel;
  /**
   * Round trips saved (see `Database.transaction`): the transaction runs on the pipelining pool, its
   * `START TRANSACTION` goes with its first statement, statements issued together go out together and
   * `writeLater` writes go with the next statement or the `COMMIT`. For short, hot transactions (a
   * transition); without the pipelining pool (CLIs, tests building a Database by hand) it changes nothing.
   */
  pipelined?: boolean;
}

/**
 * The second data source the pipelined transactions run on: a pool of its own whose connections
 * accept several statements in one round trip (`multipleStatements`). Only `Database` sends SQL
 * there, and only the compiled, parameterised statements of the repositories.
 */
export const PIPELINE_DATA_SOURCE = Symbol('PIPELINE_DATA_SOURCE');

/** One statement waiting to go out with others; `settle` absent: a `writeLater` (no one awaits it). */
interface Queued {
  sql: string;
  parameters: readonly unknown[];
  settle?: { resolve: (raw: unknown) => void; reject: (error: unknown) => void };
}

/** The state of a pipelined transaction: what has not been sent yet. */
interface Pipeline {
  runner: QueryRunner;
  /** `START TRANSACTION` not sent yet: it goes with the first statement. */
  beginPending: boolean;
  queue: Queued[];
  flushScheduled: boolean;
  /** The first error of a round trip: every later statement of the transaction fails with it. */
  failed?: unknown;
}

/** The transaction the current async context runs in. */
interface Tx {
  manager: EntityManager;
  pipeline?: Pipeline;
  /** Run once the outermost transaction has committed (afterCommit); dropped on rollback. */
  committed: Array<() => void>;
  /** The tables its writes named (tablesWrittenBy), told to onCommittedWrites' listeners at commit. */
  written: Set<string>;
}

/**
 * Told the tables a committed write named (a transaction's, all at once), in the writing process.
 * The write's caller waits for what it returns (TableEpochs bounds that wait), so what the listener
 * publishes is out before the caller answers anyone.
 */
export type CommittedWritesListener = (tables: ReadonlySet<string>) => void | Promise<void>;

/** InnoDB's default, and what a transaction gets when it asks for nothing (whatever the server's default). */
const DEFAULT_ISOLATION: IsolationLevel = 'REPEATABLE READ';

/** The isolation level each pooled connection's session was last set to (absent: not set by us yet). */
const sessionLevels = new WeakMap<object, IsolationLevel>();

/**
 * What of mysql2's callback API the hot paths use: a pool (`query` takes a connection, runs one
 * statement and gives the connection back) or one pooled connection. TypeORM's MysqlDriver holds
 * them under these names.
 */
interface RawQueryTarget {
  query(sql: string, values: unknown[], callback: (error: unknown, raw: unknown) => void): void;
}

/**
 * One statement straight through mysql2, with the result and the error TypeORM's `query` gives
 * (the driver's raw result; a QueryFailedError carrying the driver's code, errno and message), but
 * without TypeORM's per-query work: a QueryRunner, connect and release awaited apart, the
 * before/after-query broadcasts and a copy of every result array. On the paths every request takes
 * (the session lookup, the report read, a transition's round trips) that was a few per cent of a
 * transition's CPU (round 13).
 */
function rawQuery(target: RawQueryTarget, sql: string, parameters: readonly unknown[]): Promise<unknown> {
  const values = [...parameters];
  return new Promise((resolve, reject) => {
    target.query(sql, values, (error, raw) => {
      if (error) reject(new QueryFailedError(sql, values, error as Error));
      else resolve(raw);
    });
  });
}

/**
 * Builds typed SQL and never connects: Kysely checks table and column names against
 * `schema/database.generated.ts` (generated from the migrated schema), TypeORM's pool runs it.
 * Keeping execution on TypeORM means one connection, one transaction and one set of migrations.
 */
export const sqlBuilder = new Kysely<DB>({
  dialect: {
    createAdapter: () => new MysqlAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new MysqlIntrospector(db),
    createQueryCompiler: () => new MysqlQueryCompiler(),
  },
});

export type SqlBuilder = typeof sqlBuilder;

/** Reads only: what a repository method may run where a replica's lag is acceptable. */
export interface Reader {
  rows<O>(query: Compilable<O> | CompiledQuery<O>): Promise<O[]>;
  row<O>(query: Compilable<O> | CompiledQuery<O>): Promise<O | undefined>;
}

export class TransactionRequiredError extends Error {
  constructor(what: string) {
    super(
      `${what} must run inside Database.transaction(): it is written together with the change it belongs to`,
    );
    this.name = 'TransactionRequiredError';
  }
}

/**
 * The only way to the database. Repositories (and nothing else: lint enforces it) build queries with
 * `db.sql` and run them with `rows`/`row`/`write`.
 *
 * The current transaction travels in async-local storage: inside `transaction(work)` every query of
 * every repository joins it without being handed a manager, so a call cannot silently run outside
 * the transaction it belongs to. Writes that make sense only inside one (the audit chain, the outbox)
 * call `requireTransaction()`.
 */
@Injectable()
export class Database {
  readonly sql: SqlBuilder = sqlBuilder;
  private readonly current = new AsyncLocalStorage<Tx>();
  private readonly replicaConfigured: boolean;
  private readonly writeListeners: CommittedWritesListener[] = [];

  /**
   * Reads that tolerate a replica's lag (boards, lists, history): `db.lagTolerant.rows(query)`. With
   * DATABASE_REPLICA_URLS set, they go to a replica when read-routing.ts allows it; otherwise, and
   * inside a transaction, they are exactly `db.rows`. The marker is per repository method, chosen
   * by its author: nothing is routed by guessing from the SQL.
   */
  readonly lagTolerant: Reader = {
    rows: (query) => this.lagTolerantRows(query),
    row: async (query) => (await this.lagTolerantRows(query))[0],
  };

  constructor(
    private readonly dataSource: DataSource,
    /** The API's request scope; absent in CLIs and tests that build a Database by hand. */
    @Optional() private readonly requestReads?: RequestReads,
    /** The pool of pipelined transactions (PersistenceModule); absent: they run as plain ones. */
    @Optional() @Inject(PIPELINE_DATA_SOURCE) private readonly pipelineSource?: DataSource,
  ) {
    this.replicaConfigured = (dataSource.options as MysqlConnectionOptions).replication !== undefined;
  }

  /**
   * Runs `work` in one transaction; a nested call joins the outer transaction.
   * `work` receives the transaction's EntityManager only for code not yet moved to typed queries;
   * typed repositories never need it.
   */
  async transaction<T>(
    work: (manager: EntityManager) => Promise<T>,
    options: TransactionOptions = {},
  ): Promise<T> {
    const outer = this.current.getStore();
    if (outer) return work(outer.manager);
    if (options.pipelined && this.pipelineSource) return this.pipelinedTransaction(work, options);
    const runner = this.dataSource.createQueryRunner('master');
    const tx: Tx = { manager: runner.manager, committed: [], written: new Set() };
    let result: T;
    try {
      await this.sessionIsolation(runner, options.isolation ?? DEFAULT_ISOLATION);
      // No isolation here: the session already has it (TypeORM would send SET TRANSACTION every time).
      await runner.startTransaction();
      result = await this.current.run(tx, () => work(runner.manager));
      await runner.commitTransaction();
    } catch (error) {
      // The original error is what the caller needs, even when the rollback fails too.
      await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
    return this.committed(tx, result);
  }

  /** After the commit, with the connection back in the pool: the change signals, then afterCommit. */
  private async committed<T>(tx: Tx, result: T): Promise<T> {
    await this.tellWritten(tx.written);
    runCommitted(tx);
    return result;
  }

  /**
   * A transaction on the pipelining pool, in as few round trips as its statements allow. The
   * statements and their order are those of a plain transaction; what changes is how many go in one
   * write to the socket (each round trip is a system call on both sides, the largest share of a
   * transition's CPU):
   * - `START TRANSACTION` goes with the first statement;
   * - statements issued in the same turn of the event loop (`Promise.all` over repository calls) go
   *   out together, in the order they were issued, and each caller gets its own result;
   * - `writeLater` writes go with the next statement or with the `COMMIT`.
   * MySQL runs a multi-statement in order and stops at the first error: that error fails every
   * statement of the round trip and the transaction is rolled back, as a plain one would be.
   */
  private async pipelinedTransaction<T>(
    work: (manager: EntityManager) => Promise<T>,
    options: TransactionOptions,
  ): Promise<T> {
    const runner = this.pipelineSource!.createQueryRunner('master');
    const pipeline: Pipeline = { runner, beginPending: true, queue: [], flushScheduled: false };
    const tx: Tx = { manager: runner.manager, pipeline, committed: [], written: new Set() };
    let result: T;
    try {
      await this.sessionIsolation(runner, options.isolation ?? DEFAULT_ISOLATION);
      result = await this.current.run(tx, () => work(runner.manager));
      if (!pipeline.beginPending || pipeline.queue.length > 0) await this.send(pipeline, 'COMMIT');
    } catch (error) {
      // Nothing queued goes out any more (a flush still scheduled finds the transaction failed).
      for (const q of pipeline.queue) q.settle?.reject(error);
      pipeline.queue = [];
      pipeline.failed ??= error;
      if (!pipeline.beginPending) await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
    return this.committed(tx, result);
  }

  /** Queues a statement of a pipelined transaction; it goes out once the current turn's statements are queued. */
  private enqueue(pipeline: Pipeline, compiled: CompiledQuery<unknown>): Promise<unknown> {
    if (pipeline.failed !== undefined) return Promise.reject(pipeline.failed);
    return new Promise((resolve, reject) => {
      pipeline.queue.push({
        sql: compiled.sql,
        parameters: compiled.parameters,
        settle: { resolve, reject },
      });
      if (pipeline.flushScheduled) return;
      pipeline.flushScheduled = true;
      // setImmediate, not a microtask: a caller may await something already settled before it issues its statement.
      setImmediate(() => {
        pipeline.flushScheduled = false;
        this.send(pipeline).catch(() => undefined);
      });
    });
  }

  /** Sends what is queued (with `START TRANSACTION` first when still pending, `last` at the end) in one round trip. */
  private async send(pipeline: Pipeline, last?: string): Promise<void> {
    const batch = pipeline.queue;
    pipeline.queue = [];
    if (batch.length === 0 && last === undefined) return;
    if (pipeline.failed !== undefined) {
      for (const q of batch) q.settle?.reject(pipeline.failed);
      throw pipeline.failed;
    }
    const statements: Queued[] = [
      ...(pipeline.beginPending ? [{ sql: 'START TRANSACTION', parameters: [] }] : []),
      ...batch,
      ...(last ? [{ sql: last, parameters: [] }] : []),
    ];
    pipeline.beginPending = false;
    let results: unknown[];
    try {
      const connection = (await pipeline.runner.connect()) as RawQueryTarget;
      const raw: unknown = await rawQuery(
        connection,
        statements.map((q) => q.sql).join(';\n'),
        statements.flatMap((q) => [...q.parameters]),
      );
      // One statement: mysql2 hands back its result; several: one result per statement.
      results = statements.length === 1 ? [raw] : (raw as unknown[]);
    } catch (error) {
      pipeline.failed = error;
      for (const q of batch) q.settle?.reject(error);
      throw error;
    }
    statements.forEach((q, i) => q.settle?.resolve(results[i]));
  }

  /**
   * A write whose result nobody needs (an INSERT of a row that is not read back in this
   * transaction's code): in a pipelined transaction it goes with the next statement or the COMMIT,
   * and an error it meets fails that statement (or the commit) and rolls the transaction back.
   * Elsewhere it is `write`.
   */
  async writeLater(query: Compilable<unknown> | CompiledQuery<unknown>): Promise<void> {
    const pipeline = this.current.getStore()?.pipeline;
    if (!pipeline) {
      await this.write(query);
      return;
    }
    if (pipeline.failed !== undefined) throw pipeline.failed;
    const compiled = compile(query);
    pipeline.queue.push({ sql: compiled.sql, parameters: compiled.parameters });
    // Its row count is never seen: counted as a change (too many signals are harmless).
    void this.wrote(compiled);
  }

  /**
   * Puts the pooled connection's session at `level`, remembering what each connection was set to:
   * a connection that ran the last transition is already at READ COMMITTED for the next one, so the
   * statement is sent only when the level changes (once per connection while transitions dominate),
   * not once per transaction. Transactions that ask for nothing run at REPEATABLE READ, InnoDB's
   * default, which their locking reads were written for (gap locks keep out a second insert).
   */
  private async sessionIsolation(runner: QueryRunner, level: IsolationLevel): Promise<void> {
    const connection = (await runner.connect()) as object;
    // A new connection's level is not assumed: a server configured with READ COMMITTED as its default
    // would otherwise run the REPEATABLE READ transactions (and their gap locks) at READ COMMITTED.
    if (sessionLevels.get(connection) === level) return;
    await runner.query(`SET SESSION TRANSACTION ISOLATION LEVEL ${level}`);
    sessionLevels.set(connection, level);
  }

  get inTransaction(): boolean {
    return this.current.getStore() !== undefined;
  }

  /**
   * Runs `then` once what was written so far is committed: at once outside a transaction, else
   * after the outermost transaction commits (never on rollback), outside its context. A use case
   * that publishes after its commit (kicking the outbox relay) may be called inside another one's
   * transaction (a receipt's return runs the report's transition): publishing there, before the
   * outer commit, handed the worker a job whose rows it could not see yet.
   */
  afterCommit(then: () => void): void {
    const tx = this.current.getStore();
    if (tx) tx.committed.push(then);
    else then();
  }

  /** Throws unless called inside `transaction()`; `what` names the write in the message. */
  requireTransaction(what: string): void {
    if (!this.inTransaction) throw new TransactionRequiredError(what);
  }

  async rows<O>(query: Compilable<O> | CompiledQuery<O>): Promise<O[]> {
    const compiled = compile(query);
    const pipeline = this.current.getStore()?.pipeline;
    if (pipeline) return (await this.enqueue(pipeline, compiled)) as O[];
    return (await this.run(compiled)) as O[];
  }

  async row<O>(query: Compilable<O> | CompiledQuery<O>): Promise<O | undefined> {
    const [first] = await this.rows(query);
    return first;
  }

  async write(query: Compilable<unknown> | CompiledQuery<unknown>): Promise<WriteResult> {
    const compiled = compile(query);
    const pipeline = this.current.getStore()?.pipeline;
    const result = (
      pipeline ? await this.enqueue(pipeline, compiled) : await this.run(compiled)
    ) as Partial<WriteResult>;
    const affectedRows = Number(result.affectedRows ?? 0);
    if (affectedRows > 0) await this.wrote(compiled);
    return { affectedRows, insertId: Number(result.insertId ?? 0) };
  }

  /**
   * `listener` is told the tables named by every committed write of this process: a transaction's
   * once it has committed (never on rollback), a write outside one at once. What reuses answers
   * built from the database (the board cache, through TableEpochs) learns here that they may be stale.
   */
  onCommittedWrites(listener: CommittedWritesListener): void {
    this.writeListeners.push(listener);
  }

  /** A write that changed rows: kept for the commit inside a transaction, told at once outside one. */
  private async wrote(compiled: CompiledQuery<unknown>): Promise<void> {
    if (this.writeListeners.length === 0) return;
    const tables = tablesWrittenBy(compiled);
    const tx = this.current.getStore();
    if (!tx) return this.tellWritten(new Set(tables));
    for (const table of tables) tx.written.add(table);
  }

  /** Never throws: the write has committed, and failing its caller now would invite a second one. */
  private async tellWritten(tables: ReadonlySet<string>): Promise<void> {
    if (tables.size === 0 || this.writeListeners.length === 0) return;
    await Promise.all(
      this.writeListeners.map(async (listener) => {
        try {
          await listener(tables);
        } catch {
          // A listener only signals what is already committed; one failing must not fail the write.
        }
      }),
    );
  }

  private async lagTolerantRows<O>(query: Compilable<O> | CompiledQuery<O>): Promise<O[]> {
    const scope = this.requestReads?.scope;
    const facts = {
      lagTolerant: true,
      inTransaction: this.inTransaction,
      replicaConfigured: this.replicaConfigured,
      request: scope && { writes: scope.writes, principalWroteRecently: false },
    };
    // The recent-write mark costs a Redis round trip: asked only when it is the last fact left.
    if (chooseReadTarget(facts) === 'primary') return this.rows(query);
    facts.request!.principalWroteRecently = await scope!.principalWroteRecently();
    if (chooseReadTarget(facts) === 'primary') return this.rows(query);
    return this.onReplica(compile(query));
  }

  /** One query on a replica's pool; a replica that cannot be reached leaves the read to the primary. */
  private async onReplica<O>(compiled: CompiledQuery<O>): Promise<O[]> {
    const runner = this.dataSource.createQueryRunner('slave');
    try {
      return (await runner.query(compiled.sql, [...compiled.parameters])) as O[];
    } catch (error) {
      if (!isUnreachable(error)) throw error;
      return this.rows(compiled);
    } finally {
      await runner.release();
    }
  }

  /**
   * One statement outside a pipelined transaction. Outside any transaction, and without replicas,
   * it goes straight to the primary's pool (rawQuery); in a plain transaction it runs on the
   * transaction's connection through TypeORM, which tracks that transaction.
   */
  private run(compiled: CompiledQuery<unknown>): Promise<unknown> {
    const tx = this.current.getStore();
    const pool = !tx && !this.replicaConfigured ? this.primaryPool() : undefined;
    if (pool) return rawQuery(pool, compiled.sql, compiled.parameters);
    return (tx?.manager ?? this.dataSource.manager).query(compiled.sql, [...compiled.parameters]);
  }

  /** The primary's mysql2 pool TypeORM opened (undefined before it is initialised, or with replicas). */
  private primaryPool(): RawQueryTarget | undefined {
    return (this.dataSource.driver as unknown as { pool?: RawQueryTarget }).pool;
  }
}

/**
 * A JSON column's value. MariaDB stores JSON as LONGTEXT (the driver hands back the text) while
 * MySQL 8 hands back the parsed value; both arrive here.
 */
export function fromJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** Connection failures (the replica is down or gone), as opposed to errors of the query itself. */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'PROTOCOL_CONNECTION_LOST',
  'POOL_NONEONLINE',
  'POOL_NOEXIST',
  'ER_CON_COUNT_ERROR',
]);

function isUnreachable(error: unknown): boolean {
  const code = (error as { code?: unknown; driverError?: { code?: unknown } } | null) ?? {};
  return UNREACHABLE.has(String(code.code ?? code.driverError?.code ?? ''));
}

function compile<O>(query: Compilable<O> | CompiledQuery<O>): CompiledQuery<O> {
  return 'compile' in query ? query.compile() : query;
}

/** The callbacks of a committed transaction, each on its own: one failing must not stop the others. */
function runCommitted(tx: Tx): void {
  for (const then of tx.committed) {
    try {
      then();
    } catch {
      // A callback publishes what is already committed; the outbox sweep covers what it missed.
    }
  }
}
