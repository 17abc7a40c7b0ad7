/** Errors from mysql2 that mean "the database is not reachable right now" rather than a bug. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'POOL_CLOSED',
  'ENOTFOUND',
]);

/**
 * A server that is read-only refuses writes: during a failover, the address the app uses can reach
 * the replica a moment before it is promoted (or still reach a demoted primary). The write is
 * refused whole, so "try again in a moment" is the true answer, not an internal error.
 * MariaDB/MySQL: 1290 ER_OPTION_PREVENTS_STATEMENT naming --read-only, 1836 ER_READ_ONLY_MODE.
 */
function isReadOnlyRefusal(error: { errno?: unknown; message?: unknown }): boolean {
  if (error.errno === 1836) return true;
  return error.errno === 1290 && typeof error.message === 'string' && /read[-_]only/.test(error.message);
}

export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (isReadOnlyRefusal(current as { errno?: unknown; message?: unknown })) return true;
    const errno = (current as { errno?: unknown }).errno;
    // 2002/2003/2006/2013: can't connect / server gone away / lost connection; 1053: shutting down;
    // 1927: MariaDB killed the session (a server stopping under a failover does).
    if (typeof errno === 'number' && [2002, 2003, 2006, 2013, 1053, 1927].includes(errno)) return true;
    // A query sent on a connection mysql2 already saw die fails with no code, only these words: one
    // approve answered 500 in a failover test, not 503. (Not every fatal error: mysql2 marks a wrong
    // password or database fatal too, which is a fault to see, not to retry.)
    const message = (current as { message?: unknown }).message;
    if (typeof message === 'string' && /connection is in closed state/.test(message)) return true;
    current =
      (current as { driverError?: unknown; cause?: unknown }).driverError ??
      (current as { cause?: unknown }).cause;
  }
  return false;
}

export function isDuplicateKey(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  return e?.code === 'ER_DUP_ENTRY' || e?.driverError?.code === 'ER_DUP_ENTRY';
}

/** InnoDB chose this transaction as a deadlock victim and rolled it back: it may simply run again. */
export function isDeadlock(error: unknown): boolean {
  const e = error as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } };
  return (
    e?.code === 'ER_LOCK_DEADLOCK' ||
    e?.errno === 1213 ||
    e?.driverError?.code === 'ER_LOCK_DEADLOCK' ||
    e?.driverError?.errno === 1213
  );
}

/**
 * Runs a whole transaction again when InnoDB rolled it back as a deadlock victim (MySQL's own
 * advice). Concurrent first submits of different reports insert their deadline rows into adjacent
 * gaps of the same index, and the gap locks of `SELECT ... FOR UPDATE` deadlock on each other;
 * nothing of the victim was kept, so running it again is safe.
 */
export async function retryOnDeadlock<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isDeadlock(error)) throw error;
    }
  }
}
