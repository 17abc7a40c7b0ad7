import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/directory';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ListCopiesQuery } from './report-copies.dto';
import { ReportCopiesService } from './report-copies.service';
import { z } from 'zod/v4';
import { Returns } from '../http/api-response';
import { CopiedReportSchema } from './reports.responses';

/**
 * 收到的报告 (主送 and 抄送). Registered before ReportsController (see ReportsModule) so that /reports/copies is
 * not taken for /reports/:id.
 */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/copies')
export class ReportCopiesController {
  constructor(private readonly copies: ReportCopiesService) {}

  @Get()
  @Returns(200, z.array(CopiedReportSchema))
  @ApiOperation({
    summary:
      'Reports dispatched to my unit, as 主送 or 抄送, as last dispatched (unit_leader or coordinator of the unit)',
  })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListCopiesQuery) {
    return this.copies.list(principal, query);
  }
}
