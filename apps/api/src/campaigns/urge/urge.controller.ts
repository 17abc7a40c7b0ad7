import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/directory';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { Returns } from '../../http/api-response';
import { IdempotencyKey, TakesIdempotencyKey } from '../../http/idempotency-key';
import { CampaignErrors } from '../campaign.errors';
import { CampaignId } from '../campaigns.controller';
import { UrgeTargetDto } from './urge.dto';
import { UrgeSchema } from './urge.responses';
import { UrgeService } from './urge.service';

const TargetUnitId = () => new ParseUUIDPipe({ exceptionFactory: () => CampaignErrors.targetNotFound() });

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaigns/:id/targets/:unitId/reminders')
export class UrgeController {
  constructor(private readonly urges: UrgeService) {}

  @Post()
  @Returns(201, UrgeSchema)
  @TakesIdempotencyKey()
  @ApiOperation({
    summary:
      '催办 by hand: press a target that has not reported; the people who act next on its report are told',
    description:
      'Only coordinators of the issuing office (a coordinator above or a target’s member: 403; anyone else 404). ' +
      'Refused: a withdrawn campaign (409 CAMPAIGN_WITHDRAWN), a unit that is not a target (404), a unit whose report ' +
      'this campaign received or accepted (409 URGE_NOT_NEEDED), a target already pressed today, China date ' +
      '(409 URGED_TODAY, naming when and by whom), a unit with no account a 催办 reaches (409 URGE_NOBODY_TO_TELL). Once the due date has passed (督办) the unit leaders are told too. ' +
      'With an Idempotency-Key a retried request is applied once.',
  })
  urge(
    @CurrentPrincipal() principal: Principal,
    @Param('id', CampaignId()) id: string,
    @Param('unitId', TargetUnitId()) unitId: string,
    @Body() body: UrgeTargetDto,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.urges.urge(principal, id, unitId, body, idempotencyKey);
  }
}
