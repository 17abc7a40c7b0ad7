import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/directory';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { CampaignErrors } from './campaign.errors';
import { CampaignId } from './campaigns.controller';
import { DecideExtensionDto, RequestExtensionDto } from './extensions.dto';
import { ExtensionsService } from './extensions.service';
import { z } from 'zod/v4';
import { Returns } from '../http/api-response';
import { ExtensionSchema, ExtensionWithUnitSchema } from './campaigns.responses';

const ExtensionId = () => new ParseUUIDPipe({ exceptionFactory: () => CampaignErrors.extensionNotFound() });

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaigns/:id/extensions')
export class ExtensionsController {
  constructor(private readonly extensions: ExtensionsService) {}

  @Post()
  @Returns(201, ExtensionWithUnitSchema)
  @ApiOperation({
    summary: 'Ask for a later due date (延期), with a reason: a drafter or unit leader of the target unit',
  })
  request(
    @CurrentPrincipal() principal: Principal,
    @Param('id', CampaignId()) id: string,
    @Body() body: RequestExtensionDto,
  ) {
    return this.extensions.request(principal, id, body);
  }

  @Get()
  @Returns(200, z.array(ExtensionWithUnitSchema))
  @ApiOperation({ summary: 'Extension requests: all for the coordinators, my unit’s for a target unit' })
  list(@CurrentPrincipal() principal: Principal, @Param('id', CampaignId()) id: string) {
    return this.extensions.list(principal, id);
  }

  @Post(':extensionId/decision')
  @Returns(200, ExtensionSchema)
  @ApiOperation({
    summary: 'Grant (possibly another date) or refuse (with a comment): a coordinator of the issuing unit',
  })
  decide(
    @CurrentPrincipal() principal: Principal,
    @Param('id', CampaignId()) id: string,
    @Param('extensionId', ExtensionId()) extensionId: string,
    @Body() body: DecideExtensionDto,
  ) {
    return this.extensions.decide(principal, id, extensionId, body);
  }
}
