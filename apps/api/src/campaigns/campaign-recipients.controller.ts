import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/directory';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Returns } from '../http/api-response';
import { RecipientPreviewDto } from './campaigns.dto';
import { DefaultRecipientsSchema } from './campaigns.responses';
import { CampaignsService } from './campaigns.service';

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaigns')
export class CampaignRecipientsController {
  constructor(private readonly campaigns: CampaignsService) {}

  // POST because the targets are the issuing form's selector (kinds, levels, name, ids), as in issuing.
  @Post('default-recipients')
  @HttpCode(200)
  @Returns(200, DefaultRecipientsSchema)
  @ApiOperation({
    summary: 'The 主送/抄送 a campaign to these targets gets when none are named (the routing table)',
    description:
      'Coordinators of the issuing unit. Nothing is stored. source routing_table: every target’s line asked for by ' +
      'the issuer names these units; source issuer: the issuer receives (it is on no line of a target, or the targets’ ' +
      'lines differ: issue a campaign per line or name the recipients).',
  })
  preview(@CurrentPrincipal() principal: Principal, @Body() body: RecipientPreviewDto) {
    return this.campaigns.previewRecipients(principal, body);
  }
}
