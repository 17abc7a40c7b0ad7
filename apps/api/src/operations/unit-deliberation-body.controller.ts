import { Body, Controller, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, ValidateIf } from 'class-validator';
import { Clock } from '@app/common';
import {
  AccessErrors,
  AdminEventRepository,
  authorize,
  DELIBERATION_BODIES as BODIES,
  deliberationBodyOf,
  UnitRepository,
  type DeliberationBody,
  type Principal,
} from '@app/directory';
import { Transactions } from '@app/persistence';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Returns } from '../http/api-response';
import { DeliberationBodySettingSchema } from './operations.responses';

class DeliberationBodyDto {
  @ApiProperty({
    type: String,
    enum: BODIES,
    nullable: true,
    example: '局长办公会议',
    description:
      "The body that deliberates the unit's annual report before the principal leader signs it off " +
      '(集体审议); it names the stage (集体审议（局长办公会议）) and is recorded with the meeting. null: ' +
      'the default for the unit kind (a department 党组会议, a government 政府常务会议, a party committee ' +
      '党委常委会会议, a people’s congress standing committee 主任会议; a township’s government and party committee ' +
      '党委会议). Required, so an empty body changes nothing.',
  })
  @ValidateIf((body: DeliberationBodyDto) => body.deliberationBody !== null)
  @IsIn(BODIES, { message: `deliberationBody must be one of ${BODIES.join(', ')}, or null for the default` })
  deliberationBody: DeliberationBody | null;
}

/** The unit's own deliberating body (集体审议), set by the unit's administrators. */
@ApiTags('units')
@ApiBearerAuth()
@Controller('units/:id/deliberation-body')
export class UnitDeliberationBodyController {
  constructor(
    private readonly transactions: Transactions,
    private readonly units: UnitRepository,
    private readonly events: AdminEventRepository,
    private readonly clock: Clock,
  ) {}

  @Put()
  @Returns(200, DeliberationBodySettingSchema)
  @ApiOperation({ summary: 'Set the body that deliberates the annual report of a unit I administer' })
  async set(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: DeliberationBodyDto,
  ) {
    const unit = await this.units.findById(id);
    if (!unit) throw AccessErrors.notFound('Unit');
    authorize(principal, 'unit.configure', unit);
    const setting = body.deliberationBody ?? null;
    await this.transactions.run(async () => {
      await this.units.setDeliberationBody(id, setting);
      await this.events.record({
        actorUserId: principal.userId,
        action: 'unit.deliberation-body-set',
        targetType: 'unit',
        targetId: id,
        unitId: id,
        details: { deliberationBody: setting },
        now: this.clock.now(),
      });
    });
    return {
      unitId: id,
      deliberationBody: setting,
      effective: deliberationBodyOf({ kind: unit.kind, level: unit.level, deliberationBody: setting }),
    };
  }
}
