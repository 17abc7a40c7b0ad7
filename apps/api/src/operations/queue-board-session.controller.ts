import { Controller, Delete, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppConfig } from '@app/config';
import { administersWholeTree, type Principal } from '@app/directory';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { OperationsErrors } from './operations.errors';
import { BOARD_COOKIE, BOARD_PATH } from './queue-board-access';
import { ReturnsNothing } from '../http/api-response';

/**
 * Opens the queue board in a browser without putting a token in its URL: the bearer token is sent
 * in a header and comes back as an http-only, same-site cookie scoped to /admin/queues that lives
 * no longer than the token it carries.
 */
@ApiTags('operations')
@ApiBearerAuth()
@Controller('admin/queue-board/session')
export class QueueBoardSessionController {
  constructor(private readonly config: AppConfig) {}

  @Post()
  @ReturnsNothing('The cookie is set')
  @ApiOperation({ summary: 'Get the cookie that opens /admin/queues (root-level admins only)' })
  open(
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    if (!administersWholeTree(principal)) throw OperationsErrors.boardRootOnly();
    const token = (req.headers.authorization ?? '').slice('Bearer '.length);
    res.cookie(BOARD_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.isProduction,
      path: BOARD_PATH,
      maxAge: cookieLifetimeMs(token, Date.now(), this.config.env.JWT_ACCESS_TTL_SECONDS * 1000),
    });
  }

  @Delete()
  @ReturnsNothing('The cookie is cleared')
  @ApiOperation({ summary: 'Forget the queue board cookie' })
  close(@Res({ passthrough: true }) res: Response) {
    res.clearCookie(BOARD_COOKIE, { path: BOARD_PATH });
  }
}

/**
 * What is left of the token's life (its `exp`, checked by the guard against the same clock as here:
 * jsonwebtoken's), at most an access token's whole lifetime. A token six minutes old gave a cookie
 * that outlived it by six minutes (a penetration test, stop 57: no access, as the token is verified
 * on every request, but a cookie should not say more than it holds).
 */
export function cookieLifetimeMs(token: string, nowMs: number, ttlMs: number): number {
  let exp: unknown;
  try {
    exp = (
      JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: unknown }
    ).exp;
  } catch {
    return 0;
  }
  if (typeof exp !== 'number') return 0;
  return Math.max(0, Math.min(ttlMs, exp * 1000 - nowMs));
}
