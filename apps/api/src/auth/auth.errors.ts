import { AppError, CommonErrors, type ErrorCatalogue } from '@app/common';
import { chinaDateTimeText } from '@app/calendar';

/** Codes of logging in and of tokens (UNAUTHENTICATED, for no token at all, is a common code). */
export const AUTH_ERROR_CODES = {
  BAD_CREDENTIALS: { status: 401, meaning: 'The username or password is wrong' },
  ACCOUNT_DEACTIVATED: { status: 401, meaning: 'The account has been deactivated' },
  INVALID_TOKEN: {
    status: 401,
    meaning: 'The access token is malformed, tampered with or expired; log in again',
  },
  SESSION_ENDED: {
    status: 401,
    meaning: 'The session of the token ended (logout, deactivation, role removal or expiry); log in again',
  },
  INVALID_REFRESH_TOKEN: {
    status: 401,
    meaning: 'The refresh token is unknown, reused or expired; log in again',
  },
  ACCOUNT_LOCKED: {
    status: 423,
    meaning:
      'Too many failed logins: locked until `details.lockedUntil` (ISO UTC) for browsers never used on the account (`details.scope` account) or for this browser (device)',
  },
  USERNAME_INVALID: {
    status: 400,
    meaning: 'The username holds an invisible or control character (`details.codePoint`); type it without',
  },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    meaning:
      'An administrator set a one-time password: change it with POST /auth/password before anything else',
  },
  CURRENT_PASSWORD_WRONG: { status: 400, meaning: 'The current password given to change it is wrong' },
  PASSWORD_UNCHANGED: { status: 400, meaning: 'The new password is the same as the current one' },
} as const satisfies ErrorCatalogue;

export const AuthErrors = {
  badCredentials: () => new AppError(401, 'BAD_CREDENTIALS', 'The username or password is wrong'),
  /**
   * `account`: attempts from browsers never used on the account are refused until then (a known
   * browser still gets in); `device`: this browser made the failures, so it waits.
   */
  locked: (until: Date, scope: 'account' | 'device') =>
    new AppError(
      423,
      'ACCOUNT_LOCKED',
      scope === 'account'
        ? `This account is locked after too many failed logins from browsers it was never used on; log in from a browser you have used it on before, try again after ${chinaDateTimeText(until)} or ask your administrator`
        : `Logins to this account from this browser are locked after too many failed attempts; try again after ${chinaDateTimeText(until)} or ask your administrator`,
      { lockedUntil: until.toISOString(), scope },
    ),
  /** Failed logins from one address: a known browser still gets in (the message says so). */
  tooManyFailuresFromAddress: (retryAfterSeconds: number) =>
    new AppError(
      429,
      'TOO_MANY_REQUESTS',
      `Too many failed logins from this network address; try again in ${retryAfterSeconds} s, or log in from a browser you have used this account on before`,
      { retryAfterSeconds, scope: 'address' },
    ),
  deactivated: () => new AppError(401, 'ACCOUNT_DEACTIVATED', 'This account has been deactivated'),
  missingToken: () =>
    CommonErrors.unauthenticated('Authentication required: send "Authorization: Bearer <access token>"'),
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
  /** #15.8: a name typed with a character nobody can see is not the name the user sees. */
  invisibleInUsername: (codePoint: string) =>
    new AppError(
      400,
      'USERNAME_INVALID',
      `The username contains an invisible or control character (${codePoint}); type the name without it`,
      { codePoint },
    ),
  /** #15.4: an administrator's one-time password must be replaced before anything else. */
  passwordChangeRequired: () =>
    new AppError(
      403,
      'PASSWORD_CHANGE_REQUIRED',
      'Your password was set by an administrator and must be changed first: POST /auth/password with currentPassword and newPassword',
    ),
  currentPasswordWrong: () =>
    new AppError(
      400,
      'CURRENT_PASSWORD_WRONG',
      'The current password is wrong; the password was not changed',
    ),
  passwordUnchanged: () =>
    new AppError(400, 'PASSWORD_UNCHANGED', 'The new password must differ from the current one'),
};
