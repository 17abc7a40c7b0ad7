import { Body, Controller, Param, ParseUUIDPipe, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  checkCompleteness,
  DocumentRejectedError,
  emptySections,
  ImportBusyError,
  importReportText,
  readUploadText,
  type CheckResult,
  type ImportResult,
  type ReportSections,
} from '@app/content';
import type { Principal } from '@app/directory';
import { assertReportTextSize, ReportAccess, ReportErrors } from '@app/reports';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { CheckContentDto, CheckSectionsDto, ImportTextDto } from './content.dto';
import { ContentErrors } from './content.errors';
import { Returns } from '../http/api-response';
import { CheckResultSchema } from '../reports/reports.responses';
import { ImportResultSchema } from './content.responses';

const ReportId = () => new ParseUUIDPipe({ exceptionFactory: () => ReportErrors.notFound() });

/**
 * The sections to check, as sent, the missing ones empty (DTO instances carry undefined for absent
 * keys). Bounded like a save (assertReportTextSize): the check walks every line on the event loop, so
 * a text of 100,000 heading (or blank) lines held a process for seconds.
 */
function sectionsToCheck(sent: Partial<ReportSections>): ReportSections {
  const given = Object.entries(sent).filter(([, text]) => typeof text === 'string');
  const sections: ReportSections = { ...emptySections(), ...Object.fromEntries(given) };
  assertReportTextSize(sections);
  return sections;
}

/**
 * The content library over HTTP, for the web console: import a pasted or uploaded draft into the five
 * statutory sections (what went where, for the drafter to correct), and the completeness check (形式审查).
 * Pure computation: nothing is stored; saving is POST /reports/:id/revisions.
 */
@ApiTags('content')
@ApiBearerAuth()
@Controller()
export class ContentController {
  constructor(private readonly access: ReportAccess) {}

  @Post('content/import')
  @Returns(200, ImportResultSchema)
  @ApiOperation({ summary: 'Split pasted text into the five statutory sections, with what went where' })
  importText(@Body() body: ImportTextDto): ImportResult {
    try {
      return importReportText(body.text);
    } catch (error) {
      if (error instanceof DocumentRejectedError) throw ContentErrors.rejected(error);
      throw error;
    }
  }

  @Post('content/import-file')
  @Returns(200, ImportResultSchema)
  @ApiOperation({
    summary: 'Split an uploaded Word (.docx) or UTF-8 text file into the five sections',
    description:
      'A refused file is 422 DOCUMENT_REJECTED with a stable details.reason (NOT_A_DOCX, LEGACY_WORD_FORMAT, ' +
      'DOCX_DAMAGED, DOCX_STRUCTURE_INVALID, DOCX_TOO_LARGE_UNCOMPRESSED, DOCX_TOO_COMPLEX, TEXT_IS_GBK, NOT_UTF8, ' +
      'UNSUPPORTED_FILE, EMPTY_TEXT, FILE_TOO_LARGE, TEXT_TOO_LONG, TOO_MANY_HEADINGS, NONCHARACTER naming the line and the code point) and details.messageZh. Word files are read in a worker ' +
      'thread with bounded heap and time; when too many are being read at once the answer is 503 IMPORT_BUSY.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 20 * 1024 * 1024, files: 1, fields: 2 } }))
  async importFile(@UploadedFile() file?: { originalname: string; buffer: Buffer }): Promise<ImportResult> {
    if (!file) throw ContentErrors.fileRequired();
    try {
      return importReportText((await readUploadText(file.buffer, file.originalname)).text);
    } catch (error) {
      if (error instanceof DocumentRejectedError) throw ContentErrors.rejected(error);
      if (error instanceof ImportBusyError) throw ContentErrors.busy();
      throw error;
    }
  }

  @Post('content/check')
  @Returns(200, CheckResultSchema)
  @ApiOperation({ summary: 'Completeness check (形式审查) of sections for a given year and unit name' })
  check(@Body() body: CheckContentDto): CheckResult {
    return checkCompleteness(sectionsToCheck(body.sections), {
      campaignYear: body.campaignYear,
      unitName: body.unitName,
      fullText: body.fullText,
    });
  }

  @Post('reports/:id/check')
  @Returns(200, CheckResultSchema)
  @ApiOperation({
    summary: "Completeness check of the sections being edited, against the report's year and unit",
  })
  async checkReport(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ReportId()) id: string,
    @Body() body: CheckSectionsDto,
  ): Promise<CheckResult> {
    const { report, unit, asReportingUnit } = await this.access.readable(principal, id);
    return checkCompleteness(sectionsToCheck(body.sections), {
      campaignYear: report.reportYear,
      unitName: unit.name,
      fullText: body.fullText,
      // Without fullText, the saved title, as the submit's check reads it: the import puts the title
      // there, not in item 1, so the year and unit it states would go unchecked. The console sends
      // fullText with the title being typed, which must be what is checked, not the saved one.
      // Only for readers of the report's own unit: to a copy reader the saved title is the redraft's,
      // never sent to it (pen test, stop 44).
      title: body.fullText === undefined && asReportingUnit ? report.title : undefined,
    });
  }
}
