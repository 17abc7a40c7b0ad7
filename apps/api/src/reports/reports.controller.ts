import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod/v4';
import type { Principal } from '@app/directory';
import {
  CheckOverrideService,
  DraftingService,
  ReceiptDecisions,
  ReceiptErrors,
  ReportErrors,
  TransitionService,
  type TransitionResult,
} from '@app/reports';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Returns } from '../http/api-response';
import { IdempotencyKey, TakesIdempotencyKey } from '../http/idempotency-key';
import { WholeNumberParam } from '../http/query-values';
import { ReportQueriesService } from './report-queries.service';
import {
  CheckOverrideDto,
  CreateReportDto,
  DiffQuery,
  ListReportsQuery,
  SaveRevisionDto,
  TakeActionDto,
} from './reports.dto';
import {
  CheckOverrideSchema,
  ReportDetailSchema,
  ReportDiffSchema,
  ReportHistorySchema,
  ReportSummarySchema,
  RevisionMetaSchema,
  RevisionSchema,
  SavedRevisionSchema,
  TransitionResultSchema,
  WorkItemSchema,
} from './reports.responses';

const Id = () => new ParseUUIDPipe({ exceptionFactory: () => ReportErrors.notFound() });

@ApiTags('reports')
@ApiBearerAuth()
@Controller()
export class ReportsController {
  constructor(
    private readonly drafting: DraftingService,
    private readonly transitions: TransitionService,
    private readonly queries: ReportQueriesService,
    private readonly overrides: CheckOverrideService,
    private readonly receipts: ReceiptDecisions,
  ) {}

  @Post('reports')
  @Returns(201, ReportDetailSchema)
  @ApiOperation({ summary: 'Create a report for a unit and year (in drafting)' })
  async create(@CurrentPrincipal() principal: Principal, @Body() body: CreateReportDto) {
    const report = await this.drafting.create({ principal, ...body });
    return this.queries.get(principal, report.id);
  }

  @Get('reports')
  @Returns(200, z.array(ReportSummarySchema))
  @ApiOperation({ summary: 'Reports in the units I reach (paginated)' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListReportsQuery) {
    return this.queries.list(principal, query);
  }

  @Get('reports/:id')
  @Returns(200, ReportDetailSchema)
  @ApiOperation({ summary: 'A report with its current sections and the actions I may take' })
  get(@CurrentPrincipal() principal: Principal, @Param('id', Id()) id: string) {
    return this.queries.get(principal, id);
  }

  @Post('reports/:id/revisions')
  @Returns(201, SavedRevisionSchema)
  @ApiOperation({ summary: 'Save the sections as a new revision (409 with the current number when stale)' })
  async save(
    @CurrentPrincipal() principal: Principal,
    @Param('id', Id()) id: string,
    @Body() body: SaveRevisionDto,
  ) {
    // The completeness check runs on every save (in it), so the drafter sees at once what is missing.
    return this.drafting.save(principal, id, body);
  }

  @Post('reports/:id/check-override')
  @Returns(201, CheckOverrideSchema)
  @ApiOperation({
    summary:
      'Department reviewer: let the current revision leave drafting although the completeness check fails',
  })
  overrideCheck(
    @CurrentPrincipal() principal: Principal,
    @Param('id', Id()) id: string,
    @Body() body: CheckOverrideDto,
  ) {
    return this.overrides.override(principal, id, body.reason);
  }

  @Get('reports/:id/revisions')
  @Returns(200, z.array(RevisionMetaSchema))
  @ApiOperation({ summary: 'Every saved revision (metadata)' })
  revisions(@CurrentPrincipal() principal: Principal, @Param('id', Id()) id: string) {
    return this.queries.listRevisions(principal, id);
  }

  @Get('reports/:id/revisions/:number')
  @Returns(200, RevisionSchema)
  revision(
    @CurrentPrincipal() principal: Principal,
    @Param('id', Id()) id: string,
    @Param('number', WholeNumberParam('number')) number: number,
  ) {
    return this.queries.getRevision(principal, id, number);
  }

  @Get('reports/:id/diff')
  @Returns(200, ReportDiffSchema)
  @ApiOperation({ summary: 'Compare two revisions section by section' })
  diff(@CurrentPrincipal() principal: Principal, @Param('id', Id()) id: string, @Query() query: DiffQuery) {
    return this.queries.diff(principal, id, query.from, query.to);
  }

  @Post('reports/:id/actions')
  @Returns(200, TransitionResultSchema)
  @ApiOperation({
    summary: 'Take a workflow action (submit, approve, return, withdraw, accept, publish)',
    description:
      'Send the version you saw as expectedVersion: if someone acted first the answer is 409 with the current state. ' +
      'return needs a comment; approve in party_approval needs meetingDate and minutesNumber (meetingBody defaults to ' +
      "the unit's deliberating body, see allowedActions[].fieldDefaults); approve in " +
      'legal_review needs the opinion. With an Idempotency-Key header a retried request is applied once.',
  })
  @TakesIdempotencyKey()
  async act(
    @CurrentPrincipal() principal: Principal,
    @Param('id', Id()) id: string,
    @Body() body: TakeActionDto,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<TransitionResult> {
    // A campaign issuer decides its own receipt: a report-level accept or return would skip the others.
    if (body.action === 'accept' || body.action === 'return') {
      const open = await this.receipts.openReceiptsDecidedBy(principal, id);
      if (open.length > 0) throw ReceiptErrors.decisionRequired(open.map((r) => r.campaignId));
    }
    return this.transitions.transition({ principal, reportId: id, ...body, idempotencyKey });
  }

  @Get('reports/:id/history')
  @Returns(200, ReportHistorySchema)
  @ApiOperation({ summary: 'Every recorded step, and whether the hash chain verifies' })
  history(@CurrentPrincipal() principal: Principal, @Param('id', Id()) id: string) {
    return this.queries.history(principal, id);
  }

  @Get('work-queue')
  @Returns(200, z.array(WorkItemSchema))
  @ApiOperation({ summary: 'Reports waiting for an action I may take, with their stage deadline' })
  workQueue(@CurrentPrincipal() principal: Principal) {
    return this.queries.workQueue(principal);
  }
}
