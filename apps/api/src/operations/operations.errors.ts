import { AppError } from '@app/common';

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
      { required: ['admin (root unit)'] },
    ),
  boardReadOnly: (method: string) =>
    new AppError(
      405,
      'QUEUE_BOARD_READ_ONLY',
      `The queue board is read-only (QUEUE_BOARD_READ_ONLY=true): ${method} is refused; jobs are changed by the application, not by hand`,
    ),
  webhookRefused: (why: string) => new AppError(400, 'WEBHOOK_URL_REFUSED', why),
  notServed: () => new AppError(404, 'NOT_FOUND', 'Not found'),
};
