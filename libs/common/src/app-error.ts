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

export const CommonErrors = {
  notFound: (what: string) => new AppError(404, 'NOT_FOUND', `${what} not found`),
  forbidden: (message: string, details?: Record<string, unknown>) =>
    new AppError(403, 'FORBIDDEN', message, details),
  unauthenticated: (message = 'Authentication required: send a valid access token') =>
    new AppError(401, 'UNAUTHENTICATED', message),
  validation: (message: string, details?: Record<string, unknown>) =>
    new AppError(400, 'VALIDATION_FAILED', message, details),
  conflict: (code: string, message: string, details?: Record<string, unknown>) =>
    new AppError(409, code, message, details),
  databaseUnavailable: () =>
    new AppError(503, 'DATABASE_UNAVAILABLE', 'The database is unavailable; try again in a moment'),
};
