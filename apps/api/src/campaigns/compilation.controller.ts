import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { compileMaterials, exportCompilationDocx } from '@app/content';
import { issuerLabel, type Principal } from '@app/directory';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ReturnsFile } from '../http/api-response';
import { CampaignAccess } from './campaign-access';
import { CampaignErrors } from './campaign.errors';
import { CampaignId } from './campaigns.controller';
import { CompilationRepository } from './compilation.repository';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** 素材汇编: the issuing office's material for drafting its own level's report (docs/campaigns.md). */
@ApiTags('campaigns')
@ApiBearerAuth()
@Controller()
export class CompilationController {
  constructor(
    private readonly access: CampaignAccess,
    private readonly compilation: CompilationRepository,
  ) {}

  @Get('campaigns/:id/compilation.docx')
  @ReturnsFile([DOCX])
  @ApiOperation({
    summary:
      '素材汇编 (.docx): item by item (一、…五、) each target’s text under its unit name, from the revision ' +
      'last dispatched to this campaign (received or accepted; returned and unreported units are listed ' +
      'without text), then a table of the figures each unit quotes. Internal: 【不予公开】 passages are kept, ' +
      'shaded and named as withheld',
    description:
      'Only coordinators of the issuing unit: a target unit’s member or a coordinator above gets 403, ' +
      'anyone else 404. A withdrawn campaign answers 409 CAMPAIGN_WITHDRAWN.',
  })
  async download(
    @CurrentPrincipal() principal: Principal,
    @Param('id', CampaignId()) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { campaign, issuer } = await this.access.forIssuer(principal, id);
    // A withdrawn campaign's receipts are closed and its issuer no longer reads the reports sent to
    // it: no 素材汇编 of their text either (the board stays, a record of whom it asked).
    if (campaign.status !== 'active') throw CampaignErrors.withdrawn();
    const compilation = compileMaterials({
      // Titled by the office (昌吉回族自治州依法治州办…), as the campaign's notice names it.
      issuerName: issuerLabel(issuer, issuer),
      reportYear: campaign.reportYear,
      campaignTitle: campaign.title,
      campaignDocumentNumber: campaign.documentNumber,
      units: await this.compilation.targetsWithDispatchedText(campaign.id),
    });
    const content = await exportCompilationDocx(compilation);
    res.setHeader('Content-Type', DOCX);
    // ASCII fallback plus the UTF-8 name (RFC 6266), as the board's downloads do.
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="compilation.docx"; filename*=UTF-8''${encodeURIComponent(`${compilation.title}.docx`)}`,
    );
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(content);
  }
}
