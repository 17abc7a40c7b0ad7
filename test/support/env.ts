// Runs before every e2e test file. scripts/test.sh starts the local stack and exports the URLs;
// when run by hand, fall back to the local stack's test database.
import { randomBytes } from 'node:crypto';

process.env.NODE_ENV = 'test';
// The same ports and password scripts/stack.sh starts the stack with (REPORTFLOW_* overrides included).
const stackDbPort = process.env.REPORTFLOW_DB_PORT ?? '13306';
const stackDbPassword = encodeURIComponent(process.env.REPORTFLOW_DB_PASSWORD ?? 'reportflow-local');
process.env.DATABASE_URL ??= `mysql://reportflow:${stackDbPassword}@127.0.0.1:${stackDbPort}/reportflow_test`;
process.env.REDIS_URL ??= `redis://127.0.0.1:${process.env.REPORTFLOW_REDIS_PORT ?? '16379'}`;
process.env.LOG_LEVEL ??= 'silent';
// Each test file gets its own queue prefix, so jobs left by one file never reach another's worker.
process.env.QUEUE_PREFIX = `${process.env.QUEUE_PREFIX ?? 'rftest'}-${randomBytes(3).toString('hex')}`;
process.env.OUTBOX_RELAY_INTERVAL_MS ??= '100';
