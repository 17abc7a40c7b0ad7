import { AppError, type ErrorCatalogue } from '@app/common';

/** Codes of the operations endpoints (queue board, unit webhooks). */
export const OPERATIONS_ERROR_CODES = {
  TOKEN_IN_QUERY: {
    status: 400,
    meaning:
      'Tokens in query strings are refused (they end up in logs); open the queue board with POST /admin/queue-board/session',
  },
  QUEUE_BOARD_READ_ONLY: {
    status: 405,
    meaning: 'The queue board is read-only unless QUEUE_BOARD_READ_ONLY=false',
  },
  WEBHOOK_URL_REFUSED: {
    status: 400,
    meaning:
      'The webhook URL points at a private, loopback, link-local or otherwise internal address (or an unusual port); allow intranet robots with WEBHOOK_ALLOWED_HOSTS',
  },
} as const satisfies ErrorCatalogue;

/** Errors of the operations endpoints (queue board, dead letters, metrics). */
export const OperationsErrors = {
  boardLoginRequired: () =>
    new AppError(
      401,
      'UNAUTHENTICATED',
      'Log in as a root-level administrator, then POST /admin/queue-board/session with your bearer token to open the queue board',
    ),
  boardTokenInQuery: () =>
    new AppError(
      400,
      'TOKEN_IN_QUERY',
      'Tokens in the query string are not accepted (they end up in logs and browser history); POST /admin/queue-board/session with "Authorization: Bearer <access token>" to get the board cookie',
    ),
  boardRootOnly: () =>
    new AppError(
      403,
      'ROLE_REQUIRED',
      "The queue board shows every region's queues: it needs the role admin at a root unit of the tree",
      { needed: ['admin'], scope: 'root unit' },
    ),
  boardReadOnly: (method: string) =>
    new AppError(
      405,
      'QUEUE_BOARD_READ_ONLY',
      `The queue board is read-only (QUEUE_BOARD_READ_ONLY=true): ${method} is refused; jobs are changed by the application, not by hand`,
    ),
  webhookRefused: (why: string) => new AppError(400, 'WEBHOOK_URL_REFUSED', why),
  /** Also a dead letter outside the caller's subtree: ids reveal nothing. */
  deadLetterNotFound: () => new AppError(404, 'NOT_FOUND', 'Dead letter not found'),
  notDead: (status: string) =>
    new AppError(409, 'NOT_DEAD', `This delivery is ${status}, not in the dead-letter list`),
  notServed: () => new AppError(404, 'NOT_FOUND', 'Not found'),
};
