// Runs in every e2e test file before its own hooks (jest `setupFilesAfterEnv`).
//
// Files run one after another on one test database but each has its own queue prefix (env.ts).
// The outbox table is the one thing they still share: rows an earlier file left unrelayed (its
// processes closed before the relay's next poll, e.g. a 3,000-unit campaign's fan-out) would be
// relayed into this file's queues and run by this file's worker, so its drains would wait for
// another file's work. Before this file starts, that leftover work is declared abandoned.
import { createConnection } from 'mysql2/promise';

beforeAll(async () => {
  const connection = await createConnection(process.env.DATABASE_URL!);
  try {
    await connection.query('UPDATE outbox SET relayed_at = CURRENT_TIMESTAMP(3) WHERE relayed_at IS NULL');
  } finally {
    await connection.end();
  }
});
