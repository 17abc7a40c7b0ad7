import { Module } from '@nestjs/common';
import { ReportsCoreModule } from '@app/reports';
import { ContentController } from './content.controller';

/** Import and completeness check over HTTP (libs/content), for the web console's editor. */
@Module({ imports: [ReportsCoreModule], controllers: [ContentController] })
export class ContentModule {}
