import { Body, Controller, Get, Param, Put, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@app/directory';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { Returns, ReturnsFile } from '../../http/api-response';
import { BoardService } from '../board.service';
import { CampaignId } from '../campaigns.controller';
import { PutScoringRuleDto } from './scoring-rule.dto';
import { ScoringRulesService } from './scoring-rules.service';
import { CampaignScoringRuleSchema } from './scores.responses';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A campaign's scores (得分): the rule they follow and the scoresheet (评分表). */
@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaigns/:id')
export class ScoresController {
  constructor(
    private readonly rules: ScoringRulesService,
    private readonly board: BoardService,
  ) {}

  @Get('scoring-rule')
  @Returns(200, CampaignScoringRuleSchema)
  @ApiOperation({ summary: 'The scoring rule (评分规则) the board scores by; the default until one is set' })
  get(@CurrentPrincipal() principal: Principal, @Param('id', CampaignId()) id: string) {
    return this.rules.get(principal, id);
  }

  @Put('scoring-rule')
  @Returns(200, CampaignScoringRuleSchema)
  @ApiOperation({
    summary: 'Set the scoring rule (coordinator of the issuing unit), with expectedVersion; recorded',
    description:
      'Whole points; base 1-1000; no deduction above the base (400 SCORING_RULE_INVALID names each field).',
  })
  put(
    @CurrentPrincipal() principal: Principal,
    @Param('id', CampaignId()) id: string,
    @Body() body: PutScoringRuleDto,
  ) {
    return this.rules.put(principal, id, body);
  }

  @Get('scoresheet.xlsx')
  @ReturnsFile([XLSX])
  @ApiProduces(XLSX)
  @ApiOperation({ summary: '评分表: every target unit with its facts, score and reasons, and the rule used' })
  async scoresheet(
    @CurrentPrincipal() principal: Principal,
    @Param('id', CampaignId()) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { filename, content } = await this.board.scoresheet(principal, id);
    res.setHeader('Content-Type', XLSX);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="scoresheet.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    );
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(content);
  }
}
