// Fault injection for the fault suite, kept out of the product: preloaded into a spawned API with
// `node --require` (see crashAfterCommits in processes.ts), it makes the process kill itself with
// SIGKILL right after its N-th committed transaction, before the code after the commit runs (for a
// transition: before the outbox relay is kicked), so the rows committed must reach the queues
// through the relay of another process or of the restarted one.
//
// It wraps Database.prototype.transaction of the built app (dist/), the one path every change
// commits through. Only outermost transactions count: a nested call joins the outer one and
// commits nothing by itself.
'use strict';
const { resolve } = require('node:path');

const after = Number(process.env.TEST_CRASH_AFTER_COMMITS);
if (!Number.isInteger(after) || after < 1) {
  throw new Error(
    `TEST_CRASH_AFTER_COMMITS must be a positive integer, got "${process.env.TEST_CRASH_AFTER_COMMITS}"`,
  );
}

require('reflect-metadata');
const { Database } = require(resolve(__dirname, '../../dist/libs/persistence/src/database.js'));

const transaction = Database.prototype.transaction;
let commits = 0;
Database.prototype.transaction = async function transactionThenMaybeCrash(work, options) {
  if (this.inTransaction) return transaction.call(this, work, options);
  const result = await transaction.call(this, work, options);
  if (++commits >= after) process.kill(process.pid, 'SIGKILL');
  return result;
};
