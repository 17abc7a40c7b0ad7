import { Body, Controller, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, ValidateIf } from 'class-validator';
import { Clock } from '@app/common';
import { AppConfig } from '@app/config';
import {
  AccessErrors,
  AdminEventRepository,
  authorize,
  DUTY_SEPARATION_SETTINGS as SETTINGS,
  type DutySeparationSetting,
  UnitRepository,
  type Principal,
} from '@app/directory';
import { Transactions } from '@app/persistence';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Returns } from '../http/api-response';
import { DutySeparationSettingSchema } from './operations.responses';

class DutySeparationDto {
  @ApiProperty({
    type: String,
    enum: SETTINGS,
    nullable: true,
    example: 'relaxed',
    description:
      'enforced: the submitter of a revision may not approve it and nobody approves twice in one review ' +
      'round (a return starts a new round); relaxed: allowed for a tiny unit where one person holds ' +
      'several review roles, each such step recorded in the report history as relaxed; null: follow the ' +
      'DUTY_SEPARATION setting. Required, so an empty body changes nothing.',
  })
  @ValidateIf((body: DutySeparationDto) => body.dutySeparation !== null)
  @IsIn(SETTINGS, { message: 'dutySeparation must be enforced, relaxed or null' })
  dutySeparation: DutySeparationSetting | null;
}

/** Separation of duties (职责分离) in a unit's review chain, set by the unit's administrators. */
@ApiTags('units')
@ApiBearerAuth()
@Controller('units/:id/duty-separation')
export class UnitDutySeparationController {
  constructor(
    private readonly transactions: Transactions,
    private readonly units: UnitRepository,
    private readonly events: AdminEventRepository,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  @Put()
  @Returns(200, DutySeparationSettingSchema)
  @ApiOperation({
    summary: 'Enforce or relax separation of duties in the review chain of a unit I administer',
  })
  async set(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: DutySeparationDto,
  ) {
    const unit = await this.units.findById(id);
    if (!unit) throw AccessErrors.notFound('Unit');
    authorize(principal, 'unit.configure', unit);
    const setting = body.dutySeparation ?? null;
    await this.transactions.run(async () => {
      await this.units.setDutySeparation(id, setting);
      await this.events.record({
        actorUserId: principal.userId,
        action: 'unit.duty-separation-set',
        targetType: 'unit',
        targetId: id,
        unitId: id,
        details: { dutySeparation: setting },
        now: this.clock.now(),
      });
    });
    return {
      unitId: id,
      dutySeparation: setting,
      effective: setting ?? this.config.env.DUTY_SEPARATION,
    };
  }
}
