import { Body, Controller, Get, HttpCode, Param, Post, Put, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@app/directory';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { Returns, ReturnsFile } from '../../http/api-response';
import { IdempotencyKey, TakesIdempotencyKey } from '../../http/idempotency-key';
import { CampaignId } from '../campaigns.controller';
import { IssueNoticeDto, RefreshNoticeDto, PutNoticeDto } from './notice.dto';
import { CampaignNoticeSchema } from './notice.responses';
import { NoticeService } from './notice.service';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const WHO =
  'Writing: only coordinators of the issuing office (a target unit’s member or a coordinator above gets 403, anyone else 404).';

/** The stored 通报 (报送情况通报) of a campaign: drafted, edited, exported and issued (docs/campaigns.md). */
@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaigns/:id')
export class NoticeController {
  constructor(private readonly notices: NoticeService) {}

  @Get('notice')
  @Returns(200, CampaignNoticeSchema)
  @ApiOperation({
    summary: 'The stored 通报',
    description:
      'A draft is read only by the issuing office’s coordinators; an issued one also by the coordinators above, ' +
      'the offices whose campaign this one forwards (逐级下发) ' +
      'and, in every unit the campaign asked, by its drafters, reviewers, deliberation and sign-off roles and ' +
      'admins (not an outside legal adviser’s account). Anyone else, or no 通报 yet: 404 NOTICE_NOT_FOUND.',
  })
  get(@CurrentPrincipal() principal: Principal, @Param('id', CampaignId()) id: string) {
    return this.notices.read(principal, id);
  }

  @Post('notice')
  @Returns(201, CampaignNoticeSchema)
  @ApiOperation({
    summary: 'Store the 通报 draft generated from today’s facts (one per campaign: 409 NOTICE_EXISTS)',
    description: WHO,
  })
  create(@CurrentPrincipal() principal: Principal, @Param('id', CampaignId()) id: string) {
    return this.notices.create(principal, id);
  }

  @Put('notice')
  @Returns(200, CampaignNoticeSchema)
  @ApiOperation({
    summary: 'Edit the draft (title, 文号, paragraphs, units named) with expectedVersion',
    description:
      `${WHO} 409 NOTICE_STALE_VERSION names the current version; 409 NOTICE_ALREADY_ISSUED once issued; ` +
      '400 NOTICE_INVALID names each field out of bounds.',
  })
  put(
    @CurrentPrincipal() principal: Principal,
    @Param('id', CampaignId()) id: string,
    @Body() body: PutNoticeDto,
  ) {
    return this.notices.edit(principal, id, body);
  }

  @Post('notice/issue')
  @HttpCode(200)
  @Returns(200, CampaignNoticeSchema)
  @TakesIdempotencyKey()
  @ApiOperation({
    summary:
      '印发: issue the draft read at expectedVersion; every unit the campaign asked is notified once (the named ones to 整改)',
    description: `${WHO} Dated today (Beijing). With an Idempotency-Key a retried request is applied once.`,
  })
  issue(
    @CurrentPrincipal() principal: Principal,
    @Param('id', CampaignId()) id: string,
    @Body() body: IssueNoticeDto,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    return this.notices.issue({
      principal,
      campaignId: id,
      expectedVersion: body.expectedVersion,
      confirmChangedFacts: body.confirmChangedFacts,
      confirmBeforeDisclosureDate: body.confirmBeforeDisclosureDate,
      idempotencyKey,
    });
  }

  @Post('notice/refresh')
  @HttpCode(200)
  @Returns(200, CampaignNoticeSchema)
  @ApiOperation({
    summary: '按最新情况更新: regenerate the draft’s body and units named from today’s facts',
    description: `${WHO} The title, 文号, 主送 and 抄送 stay as edited; the body and the units named are replaced (expectedVersion: the version read).`,
  })
  refresh(
    @CurrentPrincipal() principal: Principal,
    @Param('id', CampaignId()) id: string,
    @Body() body: RefreshNoticeDto,
  ) {
    return this.notices.refresh(principal, id, body.expectedVersion);
  }

  @Get('notice.docx')
  @ReturnsFile([DOCX])
  @ApiProduces(DOCX)
  @ApiOperation({
    summary: 'The 通报 as .docx in 公文 layout (GB/T 9704: 文号, title, 主送, body, office and date, 版记)',
    description: 'Who may read the 通报 may download it.',
  })
  async docx(
    @CurrentPrincipal() principal: Principal,
    @Param('id', CampaignId()) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { filename, content } = await this.notices.docx(principal, id);
    res.setHeader('Content-Type', DOCX);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="notice.docx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    );
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(content);
  }
}
