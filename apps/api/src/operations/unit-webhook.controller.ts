import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsUrl, MaxLength, ValidateIf } from 'class-validator';
import { DataSource } from 'typeorm';
import { Clock } from '@app/common';
import {
  AccessErrors,
  AdminEventRepository,
  authorize,
  UnitRepository,
  type Principal,
} from '@app/directory';
import { CurrentPrincipal } from '../auth/current-principal.decorator';

class WebhookDto {
  @ApiProperty({
    type: String,
    example: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=...',
    nullable: true,
    description: 'null clears the webhook; the property is required, so an empty body clears nothing',
  })
  // Required: only an explicit null clears (an empty or non-JSON body used to clear it silently).
  @ValidateIf((body: WebhookDto) => body.url !== null)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'url must be an http(s) URL' },
  )
  @MaxLength(500)
  url: string | null;
}

/** The chat-robot webhook (WeCom/DingTalk) a unit's reminders are also posted to. */
@ApiTags('units')
@ApiBearerAuth()
@Controller('units/:id/webhook')
export class UnitWebhookController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly units: UnitRepository,
    private readonly events: AdminEventRepository,
    private readonly clock: Clock,
  ) {}

  @Put()
  @HttpCode(200)
  @ApiOperation({ summary: 'Set or clear (url: null) the webhook of a unit I administer' })
  async set(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: WebhookDto,
  ) {
    const unit = await this.units.findById(id);
    if (!unit) throw AccessErrors.notFound('Unit');
    authorize(principal, 'unit.create', unit);
    const url = body.url ?? null;
    await this.dataSource.transaction(async (manager) => {
      await manager.query('UPDATE units SET webhook_url = ? WHERE id = ?', [url, id]);
      await this.events.record(
        {
          actorUserId: principal.userId,
          action: 'unit.webhook-set',
          targetType: 'unit',
          targetId: id,
          unitId: id,
          details: { set: url !== null },
        },
        this.clock.now(),
        manager,
      );
    });
    return { unitId: id, webhookSet: url !== null };
  }
}
