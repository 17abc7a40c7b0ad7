import {
  type CallHandler,
  Controller,
  type ExecutionContext,
  Get,
  Injectable,
  type NestInterceptor,
  Param,
  ParseUUIDPipe,
  PayloadTooLargeException,
  Post,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { catchError, type Observable, throwError } from 'rxjs';
import { AppConfig } from '@app/config';
import type { Principal } from '@app/directory';
import { ReportErrors } from '@app/reports';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Returns, ReturnsFile } from '../http/api-response';
import { ReportDocumentErrors } from '../reports/report-documents.errors';
import { StampedScanRequirementSchema, StampedScanSchema } from './stamped-scan.responses';
import { StampedScanService, type StampedScanUpload } from './stamped-scan.service';

const ReportId = () => new ParseUUIDPipe({ exceptionFactory: () => ReportErrors.notFound() });

/**
 * multer stops reading at the attachments' size limit (memory stays bounded) and Nest answers 413; for the
 * scan the drafter is told, like for every other refusal, with a 400 and details.reason.
 */
@Injectable()
export class ScanTooLargeAs400 implements NestInterceptor {
  constructor(private readonly config: AppConfig) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next
      .handle()
      .pipe(
        catchError((error: unknown) =>
          throwError(() =>
            error instanceof PayloadTooLargeException
              ? ReportDocumentErrors.stampedScanInvalid('too_large', this.config.env.ATTACHMENT_MAX_BYTES)
              : error,
          ),
        ),
      );
  }
}

/** The stamped scan (盖章扫描件) of a dispatched report: the PDF of the sealed paper copy. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/:id/stamped-scan')
export class StampedScanController {
  constructor(private readonly scans: StampedScanService) {}

  @Post()
  @Returns(201, StampedScanSchema)
  @ApiOperation({
    summary:
      'Upload the stamped scan (PDF of the sealed paper copy) once the report has left drafting; 400 ' +
      'STAMPED_SCAN_INVALID with details.reason not_pdf / too_large / empty; a later upload replaces it for readers',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @UseInterceptors(ScanTooLargeAs400, FileInterceptor('file'))
  upload(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ReportId()) id: string,
    @UploadedFile() file?: StampedScanUpload,
  ) {
    return this.scans.upload(principal, id, file);
  }

  @Get()
  @Returns(200, StampedScanSchema)
  @ApiOperation({
    summary: 'The latest stamped scan the caller may read (404 STAMPED_SCAN_NOT_FOUND when none)',
  })
  async latest(@CurrentPrincipal() principal: Principal, @Param('id', ReportId()) id: string) {
    return (await this.scans.latest(principal, id)).view;
  }

  @Get('requirement')
  @Returns(200, StampedScanRequirementSchema)
  @ApiOperation({
    summary:
      'Whether dispatching now needs a stamped scan (a campaign the report answers requires it, 报送时须上传盖章扫描件) and whether the revision to be sent has one; 403 for a reader that sees only what was dispatched to it',
  })
  requirement(@CurrentPrincipal() principal: Principal, @Param('id', ReportId()) id: string) {
    return this.scans.requirement(principal, id);
  }

  @Get('content')
  @ReturnsFile(['application/pdf'], 'The stamped scan, byte for byte as uploaded')
  async download(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ReportId()) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { view, content } = await this.scans.download(principal, id);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(view.filename)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(content);
  }
}
