import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod/v4';
import { coordinatedUnitIds, type Principal } from '@app/directory';
import {
  LaterCampaignDispatch,
  ReceiptDecisions,
  ReceiptErrors,
  ReceiptRepository,
  ReportAccess,
  ReportErrors,
} from '@app/reports';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Returns } from '../http/api-response';
import { IdempotencyKey, TakesIdempotencyKey } from '../http/idempotency-key';
import { receiptView } from './receipt-view';
import {
  AcceptReceiptDto,
  DispatchToCampaignDto,
  ListOpenReceiptsQuery,
  ReturnReceiptDto,
} from './receipts.dto';
import { OpenReceiptSchema, ReceiptDecisionSchema, ReceiptSchema } from './reports.responses';

const ReportId = () => new ParseUUIDPipe({ exceptionFactory: () => ReportErrors.notFound() });
const CampaignId = () => new ParseUUIDPipe({ exceptionFactory: () => ReceiptErrors.notFound() });

/**
 * Receipts (回执): each campaign a report answers receives it separately; the campaign's issuing
 * unit accepts or returns its own receipt.
 */
@ApiTags('reports')
@ApiBearerAuth()
@Controller()
export class ReceiptsController {
  constructor(
    private readonly decisions: ReceiptDecisions,
    private readonly receipts: ReceiptRepository,
    private readonly access: ReportAccess,
    private readonly laterDispatch: LaterCampaignDispatch,
  ) {}

  @Post('reports/:id/receipts/:campaignId/dispatch')
  @Returns(200, ReceiptDecisionSchema)
  @ApiOperation({
    summary:
      'The drafter sends the dispatched version to a campaign that asked after the dispatch (no new review)',
  })
  async dispatch(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ReportId()) id: string,
    @Param('campaignId', CampaignId()) campaignId: string,
    @Body() body: DispatchToCampaignDto,
  ) {
    const result = await this.laterDispatch.dispatch({
      principal,
      reportId: id,
      campaignId,
      expectedVersion: body.expectedVersion,
    });
    return { ...result, receipt: receiptView(result.receipt, principal) };
  }

  @Get('receipts/open')
  @Returns(200, z.array(OpenReceiptSchema))
  @ApiOperation({
    summary: 'Receipts waiting for a decision at the units I coordinate (the issuing office’s queue)',
  })
  async open(@CurrentPrincipal() principal: Principal, @Query() query: ListOpenReceiptsQuery) {
    const rows = await this.receipts.openAt(coordinatedUnitIds(principal), query.limit ?? 50);
    return rows.map((r) => ({
      reportId: r.reportId,
      title: r.title,
      unit: { id: r.unitId, name: r.unitName },
      decideBy: r.decideBy,
      receipt: receiptView(r, principal),
    }));
  }

  @Get('reports/:id/receipts')
  @Returns(200, z.array(ReceiptSchema))
  @ApiOperation({
    summary: "A report's receipts: all for its own unit and those above it; a campaign issuer sees its own",
  })
  async list(@CurrentPrincipal() principal: Principal, @Param('id', ReportId()) id: string) {
    const { asReportingUnit } = await this.access.readable(principal, id);
    return (await this.decisions.visibleReceipts(principal, id, asReportingUnit)).map((r) =>
      receiptView(r, principal),
    );
  }

  @Post('reports/:id/receipts/:campaignId/accept')
  @Returns(200, ReceiptDecisionSchema)
  @ApiOperation({
    summary: 'The issuing office accepts its receipt; when every receipt is accepted the report is accepted',
  })
  @TakesIdempotencyKey()
  async accept(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ReportId()) id: string,
    @Param('campaignId', CampaignId()) campaignId: string,
    @Body() body: AcceptReceiptDto,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    const result = await this.decisions.decide({
      principal,
      reportId: id,
      campaignId,
      decision: 'accept',
      expectedVersion: body.expectedVersion,
      comment: body.comment,
      findings: body.findings,
      idempotencyKey: idempotencyKey,
    });
    return { ...result, receipt: receiptView(result.receipt, principal) };
  }

  @Post('reports/:id/receipts/:campaignId/return')
  @Returns(200, ReceiptDecisionSchema)
  @ApiOperation({
    summary: 'The issuing office returns its receipt with a comment: the report goes back to drafting',
  })
  @TakesIdempotencyKey()
  async return(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ReportId()) id: string,
    @Param('campaignId', CampaignId()) campaignId: string,
    @Body() body: ReturnReceiptDto,
    @IdempotencyKey() idempotencyKey?: string,
  ) {
    const result = await this.decisions.decide({
      principal,
      reportId: id,
      campaignId,
      decision: 'return',
      expectedVersion: body.expectedVersion,
      comment: body.comment,
      needsRedeliberation: body.needsRedeliberation,
      findings: body.findings,
      idempotencyKey: idempotencyKey,
    });
    return { ...result, receipt: receiptView(result.receipt, principal) };
  }
}
