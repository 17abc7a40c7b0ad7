import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/directory';
import { FindingErrors, FindingService, ReportErrors, type Finding, type FindingCounts } from '@app/reports';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { CampaignAccess } from '../campaigns/campaign-access';
import { CampaignErrors } from '../campaigns/campaign.errors';
import { Returns } from '../http/api-response';
import { IdempotencyKey, TakesIdempotencyKey } from '../http/idempotency-key';
import { TimeLeft } from '../reports/time-left';
import { AnswerFindingDto, CloseFindingDto, RaiseFindingDto, ReopenFindingDto } from './findings.dto';
import {
  CampaignFindingCountsSchema,
  FindingListSchema,
  FindingSchema,
  FindingTodoListSchema,
} from './findings.responses';

const ReportId = () => new ParseUUIDPipe({ exceptionFactory: () => ReportErrors.notFound() });
const FindingId = () => new ParseUUIDPipe({ exceptionFactory: () => FindingErrors.notFound() });
const CampaignId = () => new ParseUUIDPipe({ exceptionFactory: () => CampaignErrors.notFound() });

/** 问题清单 and 整改: findings raised on a receipt, answered by the unit, closed or reopened by the raiser. */
@ApiTags('findings')
@ApiBearerAuth()
@Controller()
export class FindingsController {
  constructor(
    private readonly findings: FindingService,
    private readonly campaigns: CampaignAccess,
    private readonly timeLeft: TimeLeft,
  ) {}

  @Get('reports/:id/findings')
  @Returns(200, FindingListSchema)
  @ApiOperation({
    summary:
      "The report's findings: for its unit and the offices above it, and for the office that raised them",
    description: 'A copy recipient or another unit gets 404; a raising office sees only its own findings.',
  })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ReportId()) id: string,
  ): Promise<{ items: Array<Finding & { workingDaysLeft: number | null }> }> {
    const items = await this.findings.listForReport(principal, id);
    const workingDaysLeft = await this.timeLeft.forReportDates(id);
    return {
      items: items.map((finding) => ({ ...finding, workingDaysLeft: workingDaysLeft(finding.dueOn) })),
    };
  }

  @Get('findings/to-answer')
  @Returns(200, FindingTodoListSchema)
  @ApiOperation({
    summary: "我的待办's 整改: open findings on the reports of the units where I answer findings",
    description:
      'For the drafters of a unit (in the unit itself): each open or reopened finding with the raising office and the 整改 due date; answered and closed findings leave the list.',
  })
  async toAnswer(@CurrentPrincipal() principal: Principal) {
    const open = await this.findings.openToAnswer(principal);
    const counter = await this.timeLeft.counterFor(open.map((f) => f.report.unitId));
    return {
      items: open.map(({ report, ...finding }) => ({
        ...finding,
        workingDaysLeft: counter.workingDaysLeft(report.unitId, finding.dueOn),
        report: {
          id: report.id,
          title: report.title,
          reportYear: report.reportYear,
          unit: { id: report.unitId, name: report.unitName },
        },
      })),
    };
  }

  @Post('reports/:id/findings')
  @Returns(201, FindingSchema)
  @ApiOperation({
    summary: "Raise a finding on the report (a coordinator of the campaign's issuer, as for accept/return)",
    description:
      'The 整改 due date defaults to today + 30 days. With an Idempotency-Key a retried request is applied once.',
  })
  @TakesIdempotencyKey()
  raise(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ReportId()) id: string,
    @Body() body: RaiseFindingDto,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<Finding> {
    return this.findings.raise({
      principal,
      reportId: id,
      ...body,
      idempotencyKey: idempotencyKey,
    });
  }

  @Post('findings/:id/answer')
  @HttpCode(200)
  @Returns(200, FindingSchema)
  @ApiOperation({
    summary: "The unit's answer (整改措施 and completion date): its own drafter",
    description:
      'completedOn lies between the day the finding was raised and one year after today (400 FINDING_FIELD_INVALID).',
  })
  @TakesIdempotencyKey()
  answer(
    @CurrentPrincipal() principal: Principal,
    @Param('id', FindingId()) id: string,
    @Body() body: AnswerFindingDto,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<Finding> {
    return this.findings.answer({
      principal,
      findingId: id,
      ...body,
      idempotencyKey: idempotencyKey,
    });
  }

  @Post('findings/:id/close')
  @HttpCode(200)
  @Returns(200, FindingSchema)
  @ApiOperation({ summary: 'Close an answered finding (a coordinator of the raising office)' })
  @TakesIdempotencyKey()
  close(
    @CurrentPrincipal() principal: Principal,
    @Param('id', FindingId()) id: string,
    @Body() body: CloseFindingDto,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<Finding> {
    return this.findings.close({
      principal,
      findingId: id,
      ...body,
      idempotencyKey: idempotencyKey,
    });
  }

  @Post('findings/:id/reopen')
  @HttpCode(200)
  @Returns(200, FindingSchema)
  @ApiOperation({
    summary: 'Reopen an answered or closed finding with a comment (a coordinator of the raising office)',
  })
  @TakesIdempotencyKey()
  reopen(
    @CurrentPrincipal() principal: Principal,
    @Param('id', FindingId()) id: string,
    @Body() body: ReopenFindingDto,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<Finding> {
    return this.findings.reopen({
      principal,
      findingId: id,
      ...body,
      idempotencyKey: idempotencyKey,
    });
  }

  @Get('campaigns/:id/findings')
  @Returns(200, CampaignFindingCountsSchema)
  @ApiOperation({ summary: "The campaign board's findings column: per report, findings by status" })
  async campaignCounts(
    @CurrentPrincipal() principal: Principal,
    @Param('id', CampaignId()) id: string,
  ): Promise<{ items: FindingCounts[] }> {
    const { campaign } = await this.campaigns.forBoard(principal, id);
    return { items: await this.findings.countsForCampaign(campaign.id) };
  }
}
