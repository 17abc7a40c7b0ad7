import { isDatabaseUnavailable } from './db-errors';

/** What the API answers 503 DATABASE_UNAVAILABLE (retry later) for, rather than 500. */
describe('isDatabaseUnavailable', () => {
  // As TypeORM hands it over: a QueryFailedError carrying mysql2's error as driverError.
  const queryFailed = (driverError: Record<string, unknown>) =>
    Object.assign(new Error(String(driverError.message)), { driverError });

  it('a lost connection, also wrapped by TypeORM', () => {
    expect(isDatabaseUnavailable({ code: 'PROTOCOL_CONNECTION_LOST' })).toBe(true);
    expect(
      isDatabaseUnavailable(queryFailed({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' })),
    ).toBe(true);
  });

  it('a session the server killed, and a query sent on a connection already closed', () => {
    expect(
      isDatabaseUnavailable(
        queryFailed({ code: 'ER_CONNECTION_KILLED', errno: 1927, message: 'Connection was killed' }),
      ),
    ).toBe(true);
    const closed = Object.assign(new Error("Can't add new command when connection is in closed state"), {
      fatal: true,
    });
    expect(isDatabaseUnavailable(closed)).toBe(true);
    // A fatal error of the configuration (a wrong password) is a fault to see, not a retry.
    const refused = Object.assign(new Error("Access denied for user 'reportflow'"), {
      code: 'ER_ACCESS_DENIED_ERROR',
      errno: 1045,
      fatal: true,
    });
    expect(isDatabaseUnavailable(refused)).toBe(false);
  });

  it('a write refused by a read-only server (a failover in progress)', () => {
    const readOnly = {
      code: 'ER_OPTION_PREVENTS_STATEMENT',
      errno: 1290,
      message:
        'The MariaDB server is running with the --read-only option so it cannot execute this statement',
    };
    expect(isDatabaseUnavailable(queryFailed(readOnly))).toBe(true);
    expect(
      isDatabaseUnavailable({ code: 'ER_READ_ONLY_MODE', errno: 1836, message: 'Running in read-only mode' }),
    ).toBe(true);
  });

  it('not another option that prevents a statement, nor an error of the query itself', () => {
    const secureFilePriv = {
      errno: 1290,
      message:
        'The MariaDB server is running with the --secure-file-priv option so it cannot execute this statement',
    };
    expect(isDatabaseUnavailable(queryFailed(secureFilePriv))).toBe(false);
    expect(
      isDatabaseUnavailable(queryFailed({ code: 'ER_DUP_ENTRY', errno: 1062, message: 'Duplicate entry' })),
    ).toBe(false);
  });
});
