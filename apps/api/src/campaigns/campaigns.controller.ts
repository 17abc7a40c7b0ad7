import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@app/directory';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { CampaignErrors } from './campaign.errors';
import { AddTargetsDto, IssueCampaignDto, ListCampaignsQuery, WithdrawCampaignDto } from './campaigns.dto';
import { CampaignQueries } from './campaign-queries';
import { CampaignsService } from './campaigns.service';
import { NOTICE_CONTENT_TYPES, NOTICE_EXTENSIONS, NoticeFilesService } from './notice-files.service';
import { z } from 'zod/v4';
import { Returns, ReturnsFile } from '../http/api-response';
import { IdempotencyKey, TakesIdempotencyKey } from '../http/idempotency-key';
import {
  CampaignEventSchema,
  CampaignRecordVerificationSchema,
  CampaignListItemSchema,
  CampaignSchema,
  IssuedCampaignSchema,
  NoticeFileSchema,
} from './campaigns.responses';

export const CampaignId = () => new ParseUUIDPipe({ exceptionFactory: () => CampaignErrors.notFound() });

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaigns')
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly queries: CampaignQueries,
    private readonly files: NoticeFilesService,
  ) {}

  @Post()
  @Returns(201, IssuedCampaignSchema)
  @ApiOperation({
    summary: 'Issue a campaign (报送任务) to units below mine, or cascade one received from above (parentId)',
    description:
      'Coordinators only, for the unit they coordinate. Creates one report per target unit, in drafting, in one ' +
      'transaction, and notifies each unit’s drafters. Without dueDate each unit gets the regulation date. ' +
      'With an Idempotency-Key a retried request is issued once and answered with that campaign.',
  })
  @TakesIdempotencyKey()
  issue(
    @CurrentPrincipal() principal: Principal,
    @Body() body: IssueCampaignDto,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.campaigns.issue(principal, body, idempotencyKey);
  }

  @Get()
  @Returns(200, z.array(CampaignListItemSchema))
  @ApiOperation({ summary: 'Campaigns I issued or track (issued) and campaigns sent to my units (received)' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListCampaignsQuery) {
    return this.queries.list(principal, query);
  }

  @Get(':id')
  @Returns(200, CampaignSchema)
  @ApiOperation({ summary: 'The notice and settings of a campaign (its coordinators and its target units)' })
  get(@CurrentPrincipal() principal: Principal, @Param('id', CampaignId()) id: string) {
    return this.queries.get(principal, id);
  }

  @Post(':id/targets')
  @Returns(201, IssuedCampaignSchema)
  @ApiOperation({ summary: 'Add units to a campaign (coordinator of the issuing unit); recorded' })
  addTargets(
    @CurrentPrincipal() principal: Principal,
    @Param('id', CampaignId()) id: string,
    @Body() body: AddTargetsDto,
  ) {
    return this.campaigns.addTargets(principal, id, body);
  }

  @Post(':id/withdraw')
  @Returns(200, CampaignSchema)
  @ApiOperation({
    summary: 'Withdraw a campaign before its due date, with its cascades (coordinator of the issuing unit)',
  })
  withdraw(
    @CurrentPrincipal() principal: Principal,
    @Param('id', CampaignId()) id: string,
    @Body() body: WithdrawCampaignDto,
  ) {
    return this.campaigns.withdraw(principal, id, body.reason);
  }

  @Get(':id/events')
  @Returns(200, z.array(CampaignEventSchema))
  @ApiOperation({ summary: 'The record of changes: issued, units added, extensions, withdrawal' })
  events(@CurrentPrincipal() principal: Principal, @Param('id', CampaignId()) id: string) {
    return this.queries.events(principal, id);
  }

  @Get(':id/events/verification')
  @Returns(200, CampaignRecordVerificationSchema)
  @ApiOperation({
    summary:
      'Whether the record of changes is whole and unchanged (流程记录完整性校验: a hash chain, like a report’s)',
  })
  eventsVerification(@CurrentPrincipal() principal: Principal, @Param('id', CampaignId()) id: string) {
    return this.queries.eventsVerification(principal, id);
  }

  @Post(':id/notice-file')
  @Returns(201, NoticeFileSchema)
  @ApiOperation({
    summary: `Attach the notice file (${NOTICE_EXTENSIONS.join(', ')}; at most ATTACHMENT_MAX_BYTES)`,
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  // The size limit comes from the module's MulterModule registration (AppConfig), not import time.
  @UseInterceptors(FileInterceptor('file'))
  attach(
    @CurrentPrincipal() principal: Principal,
    @Param('id', CampaignId()) id: string,
    @UploadedFile() file?: { originalname: string; buffer: Buffer },
  ) {
    return this.files.attach(principal, id, file);
  }

  @Get(':id/notice-file')
  @ReturnsFile(NOTICE_CONTENT_TYPES)
  @ApiOperation({ summary: 'Download the notice file' })
  async download(
    @CurrentPrincipal() principal: Principal,
    @Param('id', CampaignId()) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { file, content } = await this.files.download(principal, id);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(content);
  }
}
