import { Injectable } from '@nestjs/common';
import { Database, type CommittedWritesListener, type TransactionOptions } from './database';

/**
 * What a use case needs of the database: a transaction to run its repositories in. Services get
 * this, never `Database` itself (lint keeps queries inside repositories).
 */
@Injectable()
export class Transactions {
  constructor(private readonly db: Database) {}

  /** Every repository call inside `work` joins this transaction; nested calls join the outer one. */
  run<T>(work: () => Promise<T>, options?: TransactionOptions): Promise<T> {
    return this.db.transaction(() => work(), options);
  }

  /** `then` once the current transaction (the outermost one) has committed; at once outside one. */
  afterCommit(then: () => void): void {
    this.db.afterCommit(then);
  }

  /** `listener` is told the tables of every committed write of this process (Database.onCommittedWrites). */
  onCommittedWrites(listener: CommittedWritesListener): void {
    this.db.onCommittedWrites(listener);
  }
}
