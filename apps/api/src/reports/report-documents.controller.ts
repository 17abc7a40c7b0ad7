import { Controller, Get, Param, ParseUUIDPipe, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { localDateOf } from '@app/calendar';
import { AppError, Clock } from '@app/common';
import {
  checkFollowThrough,
  DisclosureMarkupError,
  emptySections,
  exportReportDocx,
  publicText,
} from '@app/content';
import type { Principal } from '@app/directory';
import { ReportAccess, RevisionRepository } from '@app/reports';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { ReportDocumentErrors } from './report-documents.errors';

class ExportQuery {
  @ApiPropertyOptional({ enum: ['internal', 'public'], default: 'internal' })
  @IsOptional()
  @IsIn(['internal', 'public'])
  version?: 'internal' | 'public';
}

const Id = () =>
  new ParseUUIDPipe({ exceptionFactory: () => new AppError(404, 'REPORT_NOT_FOUND', 'Report not found') });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The report as an official document, and last year's plan held against this year's results. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/:id')
export class ReportDocumentsController {
  constructor(
    private readonly access: ReportAccess,
    private readonly revisions: RevisionRepository,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  @Get('export.docx')
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
    const { report, unit } = await this.access.readable(principal, id);
    const revision =
      report.currentRevision > 0 ? await this.revisions.find(id, report.currentRevision) : null;
    if (!revision) throw new AppError(409, 'NOTHING_TO_EXPORT', 'The report has no saved revision yet');
    const buffer = await exportReportDocx(
      {
        title: revision.title,
        unitName: unit.name,
        date: localDateOf(report.submittedAt ?? this.clock.now()),
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
  @ApiOperation({
    summary:
      "Last year's plan (item 4 of the same unit's previous report) against this year's measures, with the evidence",
  })
  async followThrough(@CurrentPrincipal() principal: Principal, @Param('id', Id()) id: string) {
    const { report } = await this.access.readable(principal, id);
    // The unit's report for the year before, the most advanced one if there are several.
    const [last]: Array<{ id: string; current_revision: number }> = await this.dataSource.query(
      `SELECT id, current_revision FROM reports WHERE unit_id = ? AND report_year = ? AND current_revision > 0
        ORDER BY submitted_at IS NULL, submitted_at DESC, updated_at DESC LIMIT 1`,
      [report.unitId, report.reportYear - 1],
    );
    if (!last)
      return {
        lastYearReportId: null,
        entries: [],
        message: `No ${report.reportYear - 1} report of this unit is in the system`,
      };
    const [before, now] = await Promise.all([
      this.revisions.find(last.id, last.current_revision),
      report.currentRevision > 0 ? this.revisions.find(id, report.currentRevision) : null,
    ]);
    return {
      lastYearReportId: last.id,
      entries: checkFollowThrough(before!.sections, now?.sections ?? emptySections()),
    };
  }
}
