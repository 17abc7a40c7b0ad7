import { AppError } from '@app/common';

export const AuthErrors = {
  badCredentials: () => new AppError(401, 'BAD_CREDENTIALS', 'The username or password is wrong'),
  locked: (until: Date) =>
    new AppError(
      423,
      'ACCOUNT_LOCKED',
      `This account is locked after too many failed logins; try again after ${until.toISOString()} or ask your administrator`,
      { lockedUntil: until.toISOString() },
    ),
  deactivated: () => new AppError(401, 'ACCOUNT_DEACTIVATED', 'This account has been deactivated'),
  missingToken: () =>
    new AppError(
      401,
      'UNAUTHENTICATED',
      'Authentication required: send "Authorization: Bearer <access token>"',
    ),
  badToken: (why: string) =>
    new AppError(401, 'INVALID_TOKEN', `The access token is not valid: ${why}; log in again`),
  sessionEnded: () =>
    new AppError(
      401,
      'SESSION_ENDED',
      'This session has ended (logged out, expired or deactivated); log in again',
    ),
  badRefreshToken: () =>
    new AppError(401, 'INVALID_REFRESH_TOKEN', 'The refresh token is not valid; log in again'),
};
