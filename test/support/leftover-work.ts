// Runs in every e2e test file before its own hooks (jest `setupFilesAfterEnv`).
//
// Files run one after another on one test database but each has its own queue prefix (env.ts).
// What an earlier file left in the shared tables would otherwise become this file's work:
// - outbox rows it left unrelayed (its processes closed before the relay's next poll, e.g. a
//   3,000-unit campaign's fan-out) would be relayed into this file's queues and run by this file's
//   worker, so its drains would wait for another file's work;
// - deadlines it left open: this file's worker starts with an empty queue prefix, so its
//   reconciler re-creates a timer for every reminder of every open deadline in the database
//   (3,009 deadlines left by the 3,000-unit board test made 30,100 timers). API and worker share
//   this process, and a CI run once starved the API past a test's 60 s while the worker did that.
// Before this file starts, the leftovers of ended files are declared abandoned. The demo tree
// (directory only, no reports) is untouched.
import { createConnection } from 'mysql2/promise';

beforeAll(async () => {
  const connection = await createConnection(process.env.DATABASE_URL!);
  try {
    await connection.query('UPDATE outbox SET relayed_at = CURRENT_TIMESTAMP(3) WHERE relayed_at IS NULL');
    // A version bump, as every close does: any timer still carrying the old version is stale.
    await connection.query(
      'UPDATE deadlines SET closed_at = CURRENT_TIMESTAMP(3), version = version + 1, updated_at = CURRENT_TIMESTAMP(3) WHERE closed_at IS NULL',
    );
  } finally {
    await connection.end();
  }
});
