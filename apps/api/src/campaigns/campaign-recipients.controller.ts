import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/directory';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Returns } from '../http/api-response';
import { RecipientPreviewDto, TargetAreaQuery } from './campaigns.dto';
import { DefaultRecipientsSchema, TargetAreaSchema } from './campaigns.responses';
import { CampaignQueries } from './campaign-queries';
import { CampaignRecipientPlanning } from './campaign-recipient-planning';

/**
 * What the issuing form asks before anything is issued: whom it may ask, and who would receive.
 * Registered before CampaignsController so `target-area` is never read as a campaign id.
 */
@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaigns')
export class CampaignRecipientsController {
  constructor(
    private readonly queries: CampaignQueries,
    private readonly recipients: CampaignRecipientPlanning,
  ) {}

  // A 依法治县办 clerk sees only its 司法局 and office in /units, yet asks the whole county.
  @Get('target-area')
  @Returns(200, TargetAreaSchema)
  @ApiOperation({
    summary: 'The units the issuing unit may ask, for the issuing form',
    description: 'Coordinators of the issuing unit; the same rule that checks targets when issuing.',
  })
  targetArea(@CurrentPrincipal() principal: Principal, @Query() query: TargetAreaQuery) {
    return this.queries.targetArea(principal, query.issuingUnitId);
  }

  // POST because the targets are the issuing form's selector (kinds, levels, name, ids), as in issuing.
  @Post('default-recipients')
  @HttpCode(200)
  @Returns(200, DefaultRecipientsSchema)
  @ApiOperation({
    summary: 'The 主送/抄送 a campaign to these targets gets when none are named (the routing table)',
    description:
      'Coordinators of the issuing unit. Nothing is stored. source routing_table: every target’s line asked for by ' +
      'the issuer names these units; source per_target: the targets’ lines differ, each group of targets gets its own ' +
      'lists (groups), stored per target when issued; source issuer: the issuer receives (it is on no line of a target).',
  })
  preview(@CurrentPrincipal() principal: Principal, @Body() body: RecipientPreviewDto) {
    return this.recipients.preview(principal, body);
  }
}
