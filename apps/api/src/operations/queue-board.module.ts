import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BullBoardModule } from '@bull-board/nestjs';
import { Module } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AppError } from '@app/common';
import { AccessErrors } from '@app/directory';
import { QUEUES } from '@app/queue';
import { AuthModule } from '../auth/auth.module';
import { AuthService } from '../auth/auth.service';

const COOKIE = 'rf_queue_board';

/**
 * Only administrators see the queues. A browser cannot send a bearer header to a page it opens,
 * so `?token=<access token>` is accepted once and kept in an http-only cookie scoped to the board.
 */
function adminOnly(auth: AuthService) {
  return (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers.authorization;
    const fromQuery = typeof req.query.token === 'string' ? req.query.token : undefined;
    const fromCookie = (req.headers.cookie ?? '')
      .split(/;\s*/)
      .find((c) => c.startsWith(`${COOKIE}=`))
      ?.slice(COOKIE.length + 1);
    const token = header?.startsWith('Bearer ') ? header.slice(7) : (fromQuery ?? fromCookie);
    const refuse = (error: AppError) =>
      res
        .status(error.statusCode)
        .json({ statusCode: error.statusCode, error: error.code, message: error.message });
    if (!token)
      return refuse(new AppError(401, 'UNAUTHENTICATED', 'Log in as an administrator to see the queues'));
    auth
      .authenticate(token)
      .then((principal) => {
        if (!principal.roles.some((r) => r.role === 'admin')) {
          return refuse(AccessErrors.roleRequired('The queue dashboard needs the role admin', ['admin']));
        }
        if (fromQuery) {
          res.cookie(COOKIE, fromQuery, { httpOnly: true, sameSite: 'strict', path: '/admin/queues' });
        }
        next();
      })
      .catch((error: unknown) =>
        refuse(error instanceof AppError ? error : new AppError(401, 'UNAUTHENTICATED', 'Invalid token')),
      );
  };
}

/** Bull Board (the queue dashboard) at /admin/queues, behind admin authentication. */
@Module({
  imports: [
    BullBoardModule.forRootAsync({
      imports: [AuthModule],
      inject: [AuthService],
      useFactory: (auth: AuthService) => ({
        route: '/admin/queues',
        adapter: ExpressAdapter,
        middleware: adminOnly(auth),
      }),
    }),
    BullBoardModule.forFeature(...Object.values(QUEUES).map((name) => ({ name, adapter: BullMQAdapter }))),
  ],
})
export class QueueBoardModule {}
