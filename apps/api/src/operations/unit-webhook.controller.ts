import { Body, Controller, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength, ValidateIf } from 'class-validator';
import { Clock, OutboundAddressRefused, parseAllowList, resolveAndCheck } from '@app/common';
import { AppConfig } from '@app/config';
import {
  AccessErrors,
  AdminEventRepository,
  authorize,
  UnitRepository,
  type Principal,
} from '@app/directory';
import { Transactions } from '@app/persistence';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { OperationsErrors } from './operations.errors';
import { Returns } from '../http/api-response';
import { WebhookSettingSchema } from './operations.responses';

class WebhookDto {
  @ApiProperty({
    type: String,
    example: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=...',
    nullable: true,
    description: 'null clears the webhook; the property is required, so an empty body clears nothing',
  })
  // Required: only an explicit null clears (an empty or non-JSON body used to clear it silently).
  @ValidateIf((body: WebhookDto) => body.url !== null)
  // The address checks (public hosts only, unless allow-listed) need DNS: done in the handler.
  @IsString({ message: 'url must be an http(s) URL' })
  @MaxLength(500)
  url: string | null;
}

/** The chat-robot webhook (WeCom/DingTalk) a unit's reminders are also posted to. */
@ApiTags('units')
@ApiBearerAuth()
@Controller('units/:id/webhook')
export class UnitWebhookController {
  constructor(
    private readonly transactions: Transactions,
    private readonly units: UnitRepository,
    private readonly events: AdminEventRepository,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** Refuses a URL the worker would not post to: checked now, and again at every send. */
  private async checkTarget(url: string): Promise<void> {
    try {
      await resolveAndCheck(url, parseAllowList(this.config.env.WEBHOOK_ALLOWED_HOSTS));
    } catch (error) {
      if (error instanceof OutboundAddressRefused) throw OperationsErrors.webhookRefused(error.message);
      throw error;
    }
  }

  @Put()
  @Returns(200, WebhookSettingSchema)
  @ApiOperation({ summary: 'Set or clear (url: null) the webhook of a unit I administer' })
  async set(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: WebhookDto,
  ) {
    const unit = await this.units.findById(id);
    if (!unit) throw AccessErrors.notFound('Unit');
    authorize(principal, 'unit.configure', unit);
    const url = body.url ?? null;
    if (url !== null) await this.checkTarget(url);
    await this.transactions.run(async () => {
      await this.units.setWebhookUrl(id, url);
      await this.events.record({
        actorUserId: principal.userId,
        action: 'unit.webhook-set',
        targetType: 'unit',
        targetId: id,
        unitId: id,
        details: { set: url !== null },
        now: this.clock.now(),
      });
    });
    return { unitId: id, webhookSet: url !== null };
  }
}
