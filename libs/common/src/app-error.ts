/**
 * The one exception type services throw. Each module declares its own coded errors as small
 * factories (see e.g. apps/api/src/reports/report.errors.ts); the global filter turns them into the
 * common error shape { statusCode, error, message, details?, requestId }.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    /** Stable machine-readable code, e.g. REPORT_STALE_VERSION. */
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** What one error code means to a client: the status it always comes with and when it is sent. */
export interface ErrorCodeInfo {
  readonly status: number;
  readonly meaning: string;
}

/**
 * A module's error codes. Every *.errors.ts exports one; docs/error-codes.md is rendered from all of
 * them (`npm run docs:errors`) and a unit test fails when a code is thrown that no catalogue lists,
 * or with another status, or when two codes are declared twice: one code per cause across the API.
 */
export type ErrorCatalogue = Readonly<Record<string, ErrorCodeInfo>>;

/** The error of a catalogued code; its status comes from the catalogue so the two cannot drift. */
export function catalogued<C extends ErrorCatalogue>(
  catalogue: C,
  code: keyof C & string,
  message: string,
  details?: Record<string, unknown>,
): AppError {
  return new AppError(catalogue[code].status, code, message, details);
}

/**
 * Codes any module may send: the request itself is wrong, the caller is not logged in, the
 * infrastructure failed. Also the codes the global filter gives Nest's and Express's own errors.
 */
export const COMMON_ERROR_CODES = {
  VALIDATION_FAILED: {
    status: 400,
    meaning:
      'A field of the request is missing or wrong; `message` names each field and what to fix, `details.fields` lists them (one line per field). A query parameter the route does not take is refused the same way, never ignored; only the anonymous public pages (`/public/reports…`) ignore those they do not take, such as what chat apps append to shared links',
  },
  BAD_REQUEST: {
    status: 400,
    meaning: 'The request could not be read (e.g. a path parameter of the wrong form)',
  },
  IDEMPOTENCY_KEY_UNSUPPORTED: {
    status: 400,
    meaning:
      'An Idempotency-Key was sent to a write that does not apply a key once: send it without the header (the endpoints that take one say so in the OpenAPI document)',
  },
  MALFORMED_JSON: { status: 400, meaning: 'The body is not valid JSON' },
  MALFORMED_BODY: { status: 400, meaning: 'The compressed body could not be decompressed' },
  INVALID_ENCODING: { status: 400, meaning: 'The body is not valid UTF-8' },
  FILE_REQUIRED: { status: 400, meaning: 'An upload came without its multipart field `file`' },
  UNAUTHENTICATED: {
    status: 401,
    meaning: 'No access token was sent (send `Authorization: Bearer <access token>`)',
  },
  FORBIDDEN: {
    status: 403,
    meaning: 'Refused by the framework without a more precise reason (role refusals are ROLE_REQUIRED)',
  },
  NOT_FOUND: {
    status: 404,
    meaning:
      'The unit, user or other object does not exist or is outside your reach (the two answer alike), or no route matches',
  },
  METHOD_NOT_ALLOWED: { status: 405, meaning: 'The path exists but not with this HTTP method' },
  REQUEST_TIMEOUT: { status: 408, meaning: 'The request body arrived too slowly (REQUEST_TIMEOUT_MS)' },
  CONFLICT: { status: 409, meaning: 'Refused by the framework because of the current state' },
  PAYLOAD_TOO_LARGE: { status: 413, meaning: 'The body or uploaded file is larger than allowed' },
  FILE_TYPE_NOT_ALLOWED: {
    status: 415,
    meaning:
      'The uploaded file is not of an accepted type, or its content does not match its extension; `message` lists the accepted types',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    meaning:
      'The body is not JSON (or multipart/form-data for a file), or has a character set or content encoding the API does not read',
  },
  HEADERS_TOO_LARGE: {
    status: 431,
    meaning:
      'The URL and headers together are larger than the server reads (16 KB): send fewer query parameters',
  },
  TOO_MANY_REQUESTS: { status: 429, meaning: 'Too many attempts from this client; wait and try again' },
  INTERNAL_ERROR: {
    status: 500,
    meaning: 'A fault on the server; the `requestId` finds it in the logs',
  },
  DATABASE_UNAVAILABLE: { status: 503, meaning: 'The database does not answer; try again in a moment' },
  SERVICE_UNAVAILABLE: { status: 503, meaning: 'A service the request needs is not available' },
  NOT_READY: {
    status: 503,
    meaning: '`GET /health/ready`: MySQL or Redis does not answer; `details.checks` names which',
  },
} as const satisfies ErrorCatalogue;

export const CommonErrors = {
  notFound: (what: string) => catalogued(COMMON_ERROR_CODES, 'NOT_FOUND', `${what} not found`),
  unauthenticated: (message = 'Authentication required: send a valid access token') =>
    catalogued(COMMON_ERROR_CODES, 'UNAUTHENTICATED', message),
  validation: (message: string, details?: Record<string, unknown>) =>
    catalogued(COMMON_ERROR_CODES, 'VALIDATION_FAILED', message, details),
  fileRequired: (what = 'the file') =>
    catalogued(
      COMMON_ERROR_CODES,
      'FILE_REQUIRED',
      `Send ${what} as multipart/form-data in the field "file"`,
    ),
  fileType: (allowed: readonly string[]) =>
    catalogued(
      COMMON_ERROR_CODES,
      'FILE_TYPE_NOT_ALLOWED',
      `Only ${allowed.join(', ')} files are accepted, and the file's content must match its extension`,
      { allowed: [...allowed] },
    ),
  databaseUnavailable: () =>
    catalogued(
      COMMON_ERROR_CODES,
      'DATABASE_UNAVAILABLE',
      'The database is unavailable; try again in a moment',
    ),
};
