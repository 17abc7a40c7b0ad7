import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod/v4';
import { coordinatedUnitIds, type Principal } from '@app/directory';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Returns } from '../http/api-response';
import { ListPendingExtensionsQuery } from './campaigns.dto';
import { PendingExtensionSchema } from './campaigns.responses';
import { ExtensionRepository } from './extension.repository';

/**
 * 待审批延期申请: the requests an office's coordinators must decide, across its campaigns, for 我的待办.
 * Only the issuing office decides a request (coordinatesExactly), so only its campaigns are listed.
 */
@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('extensions')
export class PendingExtensionsController {
  constructor(private readonly extensions: ExtensionRepository) {}

  @Get('pending')
  @Returns(200, z.array(PendingExtensionSchema))
  @ApiOperation({
    summary:
      'Extension requests waiting for a decision in the campaigns the units I coordinate issued, nearest due date first',
  })
  async pending(@CurrentPrincipal() principal: Principal, @Query() query: ListPendingExtensionsQuery) {
    const rows = await this.extensions.pendingAt(coordinatedUnitIds(principal), query.limit ?? 50);
    return rows.map(({ campaignTitle, ...extension }) => ({
      ...extension,
      campaign: { id: extension.campaignId, title: campaignTitle },
    }));
  }
}
