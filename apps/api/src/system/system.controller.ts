import { Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { requireAdministeredSubtrees, type Principal } from '@app/directory';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { SelfCheckService, type SelfCheckView } from './self-check.service';
import { Returns } from '../http/api-response';
import { SelfCheckSchema } from './system.responses';

@ApiTags('system')
@ApiBearerAuth()
@Controller('system/self-checks')
export class SystemController {
  constructor(private readonly selfChecks: SelfCheckService) {}

  @Post()
  @Returns(202, SelfCheckSchema)
  @ApiOperation({ summary: 'Enqueue a self-check job; the worker marks it processed' })
  request(@CurrentPrincipal() principal: Principal): Promise<SelfCheckView> {
    // Any administrator may prove the pipeline works; it touches no report data.
    requireAdministeredSubtrees(principal, 'system.self-check');
    return this.selfChecks.request();
  }

  @Get(':id')
  @Returns(200, SelfCheckSchema)
  @ApiOperation({ summary: 'Whether the worker has processed the self-check' })
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<SelfCheckView> {
    return this.selfChecks.get(id);
  }
}
