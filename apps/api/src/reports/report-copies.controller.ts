import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/directory';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { CopiedReportDto, ListCopiesQuery } from './report-copies.dto';
import { ReportCopiesService } from './report-copies.service';

/**
 * 抄送给我的. Registered before ReportsController (see ReportsModule) so that /reports/copies is
 * not taken for /reports/:id.
 */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/copies')
export class ReportCopiesController {
  constructor(private readonly copies: ReportCopiesService) {}

  @Get()
  @ApiOperation({
    summary: 'Reports copied (抄送) to my unit, as last dispatched (unit_leader or coordinator of the unit)',
  })
  @ApiOkResponse({ type: [CopiedReportDto] })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListCopiesQuery) {
    return this.copies.list(principal, query);
  }
}
