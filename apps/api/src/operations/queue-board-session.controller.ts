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
 * no longer than an access token.
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
      maxAge: this.config.env.JWT_ACCESS_TTL_SECONDS * 1000,
    });
  }

  @Delete()
  @ReturnsNothing('The cookie is cleared')
  @ApiOperation({ summary: 'Forget the queue board cookie' })
  close(@Res({ passthrough: true }) res: Response) {
    res.clearCookie(BOARD_COOKIE, { path: BOARD_PATH });
  }
}
