import {
  Controller,
  Get,
  Logger,
  Param,
  ParseUUIDPipe,
  Query,
  Res,
  StreamableFile,
  UseGuards,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CommonErrors } from '@app/common';
import { AppConfig } from '@app/config';
import { DisclosureMarkupError, exportReportDocx } from '@app/content';
import { Public } from '../auth/auth.guard';
import { Returns, ReturnsFile, ReturnsText } from '../http/api-response';
import {
  PUBLIC_PAGE_CSP,
  renderPublicPage,
  renderRss,
  toPublicReport,
  type PublicReport,
} from './public-page';
import { PublicRateLimit } from './public-rate-limit';
import { PublicReportsQuery } from './public-reports.dto';
import { PublicReportsRepository, type PublishedReport } from './public-reports.repository';
import { PublicReportFeedSchema } from './disclosure.responses';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** A unit tree's published reports of one year: far fewer than this in any real tree. */
const MAX_LISTED = 500;
const Id = () => new ParseUUIDPipe({ exceptionFactory: () => CommonErrors.notFound('Published report') });

/**
 * Without login: the published reports of a unit's tree and year, as a page a government website
 * links to, and as JSON and RSS feeds. Only published reports, only their public versions.
 */
@ApiTags('public')
@Public()
@UseGuards(PublicRateLimit)
@Controller('public')
export class PublicReportsController {
  private readonly logger = new Logger(PublicReportsController.name);

  constructor(
    private readonly published: PublicReportsRepository,
    private readonly config: AppConfig,
  ) {}

  @Get('reports')
  @ReturnsText('text/html', 'The page (HTML, readable on a phone)')
  @ApiOperation({ summary: "The published annual reports of a unit's tree for one year (public versions)" })
  async page(@Query() query: PublicReportsQuery, @Res({ passthrough: true }) res: Response): Promise<string> {
    const { unit, reports } = await this.list(query);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', PUBLIC_PAGE_CSP);
    res.setHeader('Cache-Control', 'public, max-age=300');
    return renderPublicPage({
      unit,
      year: query.year,
      reports,
      links: { query: queryOf(query), docxOf: (id) => `reports/${id}/public.docx` },
    });
  }

  @Get('reports.json')
  @Returns(200, PublicReportFeedSchema)
  @ApiOperation({ summary: 'The same list as JSON (public versions, as text blocks)' })
  async json(@Query() query: PublicReportsQuery) {
    const { unit, reports } = await this.list(query);
    return {
      unit: { id: unit.id, name: unit.name },
      reportYear: query.year,
      reports: reports.map((r) => ({
        id: r.id,
        title: r.title,
        unit: r.unit,
        publishedOn: r.publishedOn,
        channel: r.channel,
        url: r.url,
        docx: this.absolute(`/public/reports/${r.id}/public.docx`),
        blocks: r.blocks.map((b) => ({ kind: b.kind, text: b.text, headLength: b.headLength ?? null })),
      })),
    };
  }

  @Get('reports.rss')
  @ReturnsText('application/rss+xml', 'The same list as an RSS 2.0 feed')
  @ApiOperation({ summary: 'The same list as an RSS feed' })
  async rss(@Query() query: PublicReportsQuery, @Res({ passthrough: true }) res: Response): Promise<string> {
    const { unit, reports } = await this.list(query);
    res.setHeader('Content-Type', 'application/rss+xml; charset=utf-8');
    return renderRss({
      unit,
      year: query.year,
      reports,
      pageUrl: this.absolute(`/public/reports?${queryOf(query)}`),
    });
  }

  @Get('reports/:id/public.docx')
  @ReturnsFile([DOCX])
  @ApiOperation({ summary: 'The public version of a published report as .docx (404 unless published)' })
  async docx(
    @Param('id', Id()) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const report = await this.published.publishedOne(id);
    if (!report || !this.publicVersion(report)) throw CommonErrors.notFound('Published report');
    const buffer = await exportReportDocx(
      {
        title: report.title,
        unitName: report.unit.name,
        date: report.publishedOn,
        sections: report.sections,
      },
      { publicVersion: true },
    );
    const name = `${toPublicReport(report).title}（公开版）.docx`;
    res.setHeader('Content-Type', DOCX);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
    return new StreamableFile(buffer);
  }

  private async list(
    query: PublicReportsQuery,
  ): Promise<{ unit: { id: string; name: string }; reports: PublicReport[] }> {
    const unit = await this.published.unit(query.unit);
    if (!unit) throw CommonErrors.notFound('Unit');
    const rows = await this.published.published({ unitPath: unit.path, year: query.year, limit: MAX_LISTED });
    return {
      unit,
      reports: rows.map((row) => this.publicVersion(row)).filter((r): r is PublicReport => r !== null),
    };
  }

  /**
   * The report as the public may read it, or null when its text no longer yields a public version:
   * published before a kind of marker was recognised (【不予以公开】, tags paired like markers; stop
   * 40), it is withheld from every public form, not shown as written and not a 500 for the whole
   * list. Logged, so the operators can ask the unit to correct and publish it again.
   */
  private publicVersion(row: PublishedReport): PublicReport | null {
    try {
      return toPublicReport(row);
    } catch (error) {
      if (!(error instanceof DisclosureMarkupError)) throw error;
      this.logger.warn(
        { reportId: row.reportId, problems: error.problems },
        `published report ${row.reportId} is withheld from the public: its text no longer yields a public version`,
      );
      return null;
    }
  }

  /** An address for feeds read elsewhere: absolute when the public base URL is configured. */
  private absolute(path: string): string {
    return `${this.config.env.PUBLIC_BASE_URL?.replace(/\/$/, '') ?? ''}${path}`;
  }
}

function queryOf(query: PublicReportsQuery): string {
  return new URLSearchParams({ unit: query.unit, year: String(query.year) }).toString();
}
