import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { AppConfig } from '@app/config';
import { ReportsCoreModule } from '@app/reports';
import { AttachmentRepository } from './attachment.repository';
import { AttachmentStorage, DiskAttachmentStorage } from './attachment-storage';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';
import { ScanTooLargeAs400, StampedScanController } from './stamped-scan.controller';
import { StampedScanRepository } from './stamped-scan.repository';
import { StampedScanService } from './stamped-scan.service';

@Module({
  imports: [
    ReportsCoreModule,
    MulterModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // No storage option: multer keeps the file in memory; the service decides where it goes.
        limits: { fileSize: config.env.ATTACHMENT_MAX_BYTES, files: 1, fields: 5 },
      }),
    }),
  ],
  // The stamped scan (盖章扫描件) is kept in the attachments' storage, under the same size limit.
  controllers: [AttachmentsController, StampedScanController],
  providers: [
    AttachmentsService,
    AttachmentRepository,
    StampedScanService,
    StampedScanRepository,
    ScanTooLargeAs400,
    { provide: AttachmentStorage, useClass: DiskAttachmentStorage },
  ],
})
export class AttachmentsModule {}
