import { Controller, Get, Param, Post } from '@nestjs/common';
import { z } from 'zod/v4';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/directory';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Returns } from '../http/api-response';
import { RowIdParam } from '../http/query-values';
import { DeadLetterService } from './dead-letter.service';
import { OperationsErrors } from './operations.errors';
import { DeadLetterSchema, ReplayedDeliverySchema } from './operations.responses';

/** Email/webhook deliveries that failed every retry, for the admins of the units they concern. */
@ApiTags('operations')
@ApiBearerAuth()
@Controller('admin/dead-letters')
export class DeadLettersController {
  constructor(private readonly deadLetters: DeadLetterService) {}

  @Get()
  @Returns(200, z.array(DeadLetterSchema))
  @ApiOperation({ summary: 'Deliveries that failed every retry, in my admin subtree' })
  list(@CurrentPrincipal() principal: Principal) {
    return this.deadLetters.list(principal);
  }

  @Post(':id/replay')
  @Returns(202, ReplayedDeliverySchema)
  @ApiOperation({
    summary: 'Send a dead delivery again (it keeps its key, so it is still sent at most once)',
  })
  replay(
    @CurrentPrincipal() principal: Principal,
    @Param('id', RowIdParam(OperationsErrors.deadLetterNotFound)) id: number,
  ) {
    return this.deadLetters.replay(principal, id);
  }
}
