import type { NextFunction, Request, Response } from 'express';
import { administersWholeTree } from '@app/directory';
import type { AuthService } from '../auth/auth.service';
import { OperationsErrors } from './operations.errors';

/** The http-only cookie that carries the board session; scoped to the board's path. */
export const BOARD_COOKIE = 'rf_queue_board';
export const BOARD_PATH = '/admin/queues';

function cookieToken(req: Request): string | undefined {
  return (req.headers.cookie ?? '')
    .split(/;\s*/)
    .find((c) => c.startsWith(`${BOARD_COOKIE}=`))
    ?.slice(BOARD_COOKIE.length + 1);
}

/** Any spelling or encoding of a token-like key in the query string (express has decoded the keys). */
function hasQueryToken(req: Request): boolean {
  return Object.keys(req.query).some((key) => /token|password|secret/i.test(key));
}

/**
 * Guards Bull Board. The queues hold every region's jobs, so only an admin of a root unit may look,
 * and by default only look: the board can pause a queue for everyone or fire another prefecture's
 * reminder early. A browser cannot send a bearer header to a page it opens, so the console first
 * POSTs /admin/queue-board/session (bearer header) and the board then reads the http-only cookie;
 * tokens in the URL are refused, as they end up in access logs and browser history.
 */
export function queueBoardGuard(auth: AuthService, readOnly: () => boolean) {
  return async (req: Request, _res: Response, next: NextFunction): Promise<void> => {
    if (hasQueryToken(req)) throw OperationsErrors.boardTokenInQuery();
    const header = req.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7) : cookieToken(req);
    if (!token) throw OperationsErrors.boardLoginRequired();
    const principal = await auth.authenticate(token);
    if (!administersWholeTree(principal)) throw OperationsErrors.boardRootOnly();
    if (readOnly() && req.method !== 'GET' && req.method !== 'HEAD')
      throw OperationsErrors.boardReadOnly(req.method);
    next();
  };
}
