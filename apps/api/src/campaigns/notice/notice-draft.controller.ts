import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/directory';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { Returns } from '../../http/api-response';
import { BoardService } from '../board.service';
import { CampaignId } from '../campaigns.controller';
import { NoticeDraftSchema } from './notice-draft.responses';

/** The 通报 (报送情况通报) of a campaign: generated from the board's facts. */
@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaigns/:id')
export class NoticeDraftController {
  constructor(private readonly board: BoardService) {}

  @Get('notice-draft')
  @Returns(200, NoticeDraftSchema)
  @ApiOperation({
    summary:
      'The 通报 draft from today’s facts: title and paragraphs naming units by fact category (as the board)',
    description: 'A withdrawn campaign answers 409 CAMPAIGN_WITHDRAWN.',
  })
  get(@CurrentPrincipal() principal: Principal, @Param('id', CampaignId()) id: string) {
    return this.board.noticeDraft(principal, id);
  }
}
