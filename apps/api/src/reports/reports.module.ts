import { Module } from '@nestjs/common';
import { ReportsCoreModule } from '@app/reports';
import { ReportQueriesService } from './report-queries.service';
import { ReportDocumentsController } from './report-documents.controller';
import { ReportsController } from './reports.controller';

@Module({
  imports: [ReportsCoreModule],
  controllers: [ReportsController, ReportDocumentsController],
  providers: [ReportQueriesService],
})
export class ReportsModule {}
