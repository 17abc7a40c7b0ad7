import {
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Principal } from '@app/directory';
import { ReportErrors } from '@app/reports';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { AttachmentsService } from './attachments.service';
import { z } from 'zod/v4';
import { Returns, ReturnsFile } from '../http/api-response';
import { AttachmentSchema } from './attachments.responses';

// A malformed id answers exactly like a missing one, with the same code.
const ReportId = () => new ParseUUIDPipe({ exceptionFactory: () => ReportErrors.notFound() });
const AttachmentId = () => new ParseUUIDPipe({ exceptionFactory: () => ReportErrors.attachmentNotFound() });

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports/:id/attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post()
  @Returns(201, AttachmentSchema)
  @ApiOperation({
    summary: 'Attach evidence (pdf, docx, xlsx, doc, xls, ofd, jpg, png; at most ATTACHMENT_MAX_BYTES)',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  // Size limits come from MulterModule in AttachmentsModule (413 when exceeded).
  @UseInterceptors(FileInterceptor('file'))
  upload(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ReportId()) id: string,
    @UploadedFile() file?: { originalname: string; buffer: Buffer },
  ) {
    return this.attachments.upload(principal, id, file);
  }

  @Get()
  @Returns(200, z.array(AttachmentSchema))
  list(@CurrentPrincipal() principal: Principal, @Param('id', ReportId()) id: string) {
    return this.attachments.list(principal, id);
  }

  @Get(':attachmentId/content')
  @ReturnsFile(['application/octet-stream'], 'The attached file, sent with the type it was recognised as')
  async download(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ReportId()) id: string,
    @Param('attachmentId', AttachmentId()) attachmentId: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { view, content } = await this.attachments.download(principal, id, attachmentId);
    res.setHeader('Content-Type', view.contentType);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(view.filename)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(content);
  }
}
