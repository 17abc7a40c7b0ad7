import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DisclosureMarkupError } from '@app/content';
import type { Principal } from '@app/directory';
import { DisclosureMarkingService, DisclosureService, ReportErrors, type DisclosureView } from '@app/reports';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Returns } from '../http/api-response';
import { IdempotencyKey, TakesIdempotencyKey } from '../http/idempotency-key';
import { ReportDocumentErrors } from '../reports/report-documents.errors';
import { ReportReadings } from '../reports/report-reading';
import { TimeLeft } from '../reports/time-left';
import { disclosureAsDispatched } from './disclosure-as-dispatched';
import {
  DisclosurePublicationCorrectionDto,
  DisclosurePublicationDto,
  DisclosureReviewDto,
} from './disclosure.dto';
import { DisclosureSchema } from './disclosure.responses';
import { SaveRevisionDto } from '../reports/reports.dto';
import { SavedRevisionSchema } from '../reports/reports.responses';

const Id = () => new ParseUUIDPipe({ exceptionFactory: () => ReportErrors.notFound() });

/** The disclosure track of a report: 保密审查, then the publication (the unit's own duty, by the campaign's date). */
@ApiTags('disclosure')
@ApiBearerAuth()
@Controller('reports/:id/disclosure')
export class DisclosureController {
  constructor(
    private readonly disclosure: DisclosureService,
    private readonly timeLeft: TimeLeft,
    private readonly readings: ReportReadings,
    private readonly marking: DisclosureMarkingService,
  ) {}

  /** The disclosure due date stated as every screen states time left: in working days. */
  private async withTimeLeft(view: DisclosureView) {
    const open = view.status !== 'published' ? view.dueDate : null;
    return { ...view, workingDaysLeft: await this.timeLeft.forReport(view.reportId, open) };
  }

  @Get()
  @Returns(200, DisclosureSchema)
  @ApiOperation({ summary: "The report's disclosure track and the date it is due by" })
  async get(@CurrentPrincipal() principal: Principal, @Param('id', Id()) id: string) {
    const { asDispatched } = await this.readings.of(principal, id);
    const view = await this.disclosure.get(principal, id);
    return this.withTimeLeft(asDispatched ? disclosureAsDispatched(view, asDispatched) : view);
  }

  @Post('review')
  @Returns(200, DisclosureSchema)
  @ApiOperation({
    summary: 'Record the confidentiality review (保密审查) of the current revision (unit leader or reviewer)',
    description:
      'From dispatch on. Send the disclosure version you saw (0 before the first step): 409 when someone came ' +
      'first. A revision whose 【不予公开】 markers do not pair up cannot be cleared (422). With an ' +
      'Idempotency-Key a retried request is applied once.',
  })
  @TakesIdempotencyKey()
  async review(
    @CurrentPrincipal() principal: Principal,
    @Param('id', Id()) id: string,
    @Body() body: DisclosureReviewDto,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<DisclosureView> {
    const key = idempotencyKey;
    return this.disclosure
      .review({ principal, reportId: id, ...body, idempotencyKey: key })
      .catch((error: unknown) => {
        if (error instanceof DisclosureMarkupError)
          throw ReportDocumentErrors.disclosureMarkers(error.problems);
        throw error;
      });
  }

  @Post('marking')
  @Returns(201, SavedRevisionSchema)
  @ApiOperation({
    summary: 'Revise what an accepted report withholds from its public version (公开版标注; the drafter)',
    description:
      'After a 保密审查 that needs changes, the text of an accepted report can no longer be edited: this saves a ' +
      'new revision whose words are those of the current one, with other passages marked 【不予公开】 or the ' +
      'markers fixed (422 DISCLOSURE_MARKING_CHANGES_TEXT naming the parts whose words changed). Until the ' +
      'report is published (409 DISCLOSURE_MARKING_NOT_OPEN otherwise; a report still drafting is saved with ' +
      'POST /reports/:id/revisions). The review then looks at the new revision; what the recipients were sent ' +
      'and accepted stays as it was.',
  })
  saveMarking(
    @CurrentPrincipal() principal: Principal,
    @Param('id', Id()) id: string,
    @Body() body: SaveRevisionDto,
  ) {
    return this.marking.save(principal, id, body);
  }

  @Post('publication')
  @Returns(200, DisclosureSchema)
  @ApiOperation({
    summary: 'Record the publication of the reviewed public version (channel, http(s) URL, date)',
    description:
      'Needs a review that cleared the current revision; the date is neither in the future nor before the ' +
      'review. Closes the disclosure deadline and its reminders.',
  })
  @TakesIdempotencyKey()
  publish(
    @CurrentPrincipal() principal: Principal,
    @Param('id', Id()) id: string,
    @Body() body: DisclosurePublicationDto,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<DisclosureView> {
    return this.disclosure.publish({
      principal,
      reportId: id,
      ...body,
      idempotencyKey: idempotencyKey,
    });
  }

  @Put('publication')
  @Returns(200, DisclosureSchema)
  @ApiOperation({
    summary: '更正: correct the registered publication (channel, URL, date) with a reason',
    description:
      'By those who register it (drafter, unit leader), with the disclosure version read; the published text ' +
      'stays the reviewed one. The record it replaces stays in the report history ' +
      '(disclosure-publication-corrected, fields *Before). 409 DISCLOSURE_NOT_PUBLISHED before a publication.',
  })
  @TakesIdempotencyKey()
  correctPublication(
    @CurrentPrincipal() principal: Principal,
    @Param('id', Id()) id: string,
    @Body() body: DisclosurePublicationCorrectionDto,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<DisclosureView> {
    return this.disclosure.correctPublication({ principal, reportId: id, ...body, idempotencyKey });
  }
}
