import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { SelfCheckService, type SelfCheckView } from './self-check.service';

@ApiTags('system')
@Controller('system/self-checks')
export class SystemController {
  constructor(private readonly selfChecks: SelfCheckService) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Enqueue a self-check job; the worker marks it processed' })
  request(): Promise<SelfCheckView> {
    return this.selfChecks.request();
  }

  @Get(':id')
  @ApiOperation({ summary: 'Whether the worker has processed the self-check' })
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<SelfCheckView> {
    return this.selfChecks.get(id);
  }
}
