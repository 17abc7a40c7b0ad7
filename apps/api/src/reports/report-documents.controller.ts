import { Controller, Get, Param, ParseUUIDPipe, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { Response } from 'express';
import { localDateOf } from '@app/calendar';
import { Clock } from '@app/common';
import {
  checkFollowThrough,
  DisclosureMarkupError,
  emptySections,
  exportReportDocx,
  publicText,
} from '@app/content';
import type { Principal } from '@app/directory';
import {
  ReportAccess,
  ReportCopyRepository,
  ReportErrors,
  ReportRepository,
  RevisionRepository,
} from '@app/reports';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ReportDocumentErrors } from './report-documents.errors';
import { Returns, ReturnsFile } from '../http/api-response';
import { FollowThroughSchema } from './reports.responses';

class ExportQuery {
  @ApiPropertyOptional({ enum: ['internal', 'public'], default: 'internal' })
  @IsOptional()
  @IsIn(['internal', 'public'])
  version?: 'internal' | 'public';
}

const Id = () => new ParseUUIDPipe({ exceptionFactory: () => ReportErrors.notFound() });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The report as an official document, and last year's plan held against this year's results. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/:id')
export class ReportDocumentsController {
  constructor(
    private readonly access: ReportAccess,
    private readonly revisions: RevisionRepository,
    private readonly reports: ReportRepository,
    private readonly copies: ReportCopyRepository,
    private readonly clock: Clock,
  ) {}

  @Get('export.docx')
  @ReturnsFile([DOCX])
  @ApiOperation({
    summary:
      'The current revision as a .docx laid out per GB/T 9704; version=public omits every passage marked ' +
      '【不予公开】…【/不予公开】 (inline or across paragraphs) and answers 422 DISCLOSURE_MARKERS_UNBALANCED, ' +
      'naming the section and line, when the markers do not pair up',
  })
  async export(
    @CurrentPrincipal() principal: Principal,
    @Param('id', Id()) id: string,
    @Query() query: ExportQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { report, unit, copy } = await this.access.readable(principal, id);
    // A copy recipient exports the latest revision dispatched to it, dated the day it was sent.
    const number = copy ? copy.latest.revision : report.currentRevision;
    const revision = number > 0 ? await this.revisions.find(id, number) : null;
    if (!revision) throw ReportErrors.noRevisionYet();
    const buffer = await exportReportDocx(
      {
        title: revision.title,
        unitName: unit.name,
        date: localDateOf(copy?.latest.dispatchedAt ?? report.submittedAt ?? this.clock.now()),
        sections: revision.sections,
      },
      { publicVersion: query.version === 'public' },
    ).catch((error: unknown) => {
      if (error instanceof DisclosureMarkupError)
        throw ReportDocumentErrors.disclosureMarkers(error.problems);
      throw error;
    });
    // The file name carries the title too: the public one without its withheld passages.
    const title = query.version === 'public' ? publicText(revision.title, 'title') : revision.title;
    const name = `${title}${query.version === 'public' ? '（公开版）' : ''}.docx`;
    res.setHeader('Content-Type', DOCX);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
    return new StreamableFile(buffer);
  }

  @Get('follow-through')
  @Returns(200, FollowThroughSchema)
  @ApiOperation({
    summary:
      "Last year's plan (item 4 of the same unit's previous report) against this year's measures, with the evidence",
  })
  async followThrough(@CurrentPrincipal() principal: Principal, @Param('id', Id()) id: string) {
    const { report, copy } = await this.access.readable(principal, id);
    // A copy recipient compares what was dispatched to it: this year's latest copy against last
    // year's, never a draft of either.
    const last = copy
      ? await this.copies.previousYearCopy({
          unitId: report.unitId,
          reportYear: report.reportYear,
          copyUnitId: copy.unitId,
        })
      : await this.reports.previousYearReport(report);
    if (!last)
      return {
        lastYearReportId: null,
        entries: [],
        message: copy
          ? `No ${report.reportYear - 1} report of this unit was copied to ${copy.unitName}`
          : `No ${report.reportYear - 1} report of this unit is in the system`,
      };
    const thisYear = copy ? copy.latest.revision : report.currentRevision;
    const [before, now] = await Promise.all([
      this.revisions.find(last.id, last.revision),
      thisYear > 0 ? this.revisions.find(id, thisYear) : null,
    ]);
    return {
      lastYearReportId: last.id,
      entries: checkFollowThrough(before!.sections, now?.sections ?? emptySections()),
    };
  }
}
