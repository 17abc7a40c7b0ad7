import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/directory';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { Returns } from '../../http/api-response';
import { IdempotencyKey, TakesIdempotencyKey } from '../../http/idempotency-key';
import { CampaignId } from '../campaigns.controller';
import { RecordForwardingDto } from './forwarding.dto';
import { ForwardingsSchema } from './forwarding.responses';
import { ForwardingService } from './forwarding.service';

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaigns/:id/forwardings')
export class ForwardingController {
  constructor(private readonly forwarding: ForwardingService) {}

  @Get()
  @Returns(200, ForwardingsSchema)
  @ApiOperation({
    summary: '报送外部机关: per target and body outside the system, 已报送 (date, channel, 文号) or 待报送',
    description: 'Coordinators of the issuing unit and above; anyone else 404.',
  })
  list(@CurrentPrincipal() principal: Principal, @Param('id', CampaignId()) id: string) {
    return this.forwarding.list(principal, id);
  }

  @Post()
  @Returns(201, ForwardingsSchema)
  @TakesIdempotencyKey()
  @ApiOperation({
    summary:
      '报送外部机关: record that the issuing office sent a target’s accepted report on to a body outside the system',
    description:
      'Only coordinators of the issuing office (a coordinator above or a target’s member: 403; anyone else 404). ' +
      'sentOn lies between the acceptance and today (Beijing). A correction is a new record naming the current one in supersedes; ' +
      'both stay in the campaign record. With an Idempotency-Key a retried request is applied once.',
  })
  record(
    @CurrentPrincipal() principal: Principal,
    @Param('id', CampaignId()) id: string,
    @Body() body: RecordForwardingDto,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.forwarding.record(principal, id, body, idempotencyKey);
  }
}
