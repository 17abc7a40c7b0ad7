import { Module } from '@nestjs/common';
import { DirectoryModule } from '@app/directory';
import { ReportsCoreModule } from '@app/reports';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { ReceiptsController } from './receipts.controller';
import { ReportCopiesController } from './report-copies.controller';
import { ReportCopiesService } from './report-copies.service';
import { ReportQueriesService } from './report-queries.service';
import { ReportReadings } from './report-reading';
import { ReportDocumentsController } from './report-documents.controller';
import { FollowThroughService } from './follow-through.service';
import { DispatchHeaders } from './report-documents.dispatch';
import { ReportItemOrder } from './report-documents.item-order';
import { ReportListRepository } from './report-lists.repository';
import { ReportsController } from './reports.controller';
import { TimeLeft } from './time-left';

@Module({
  imports: [DirectoryModule, ReportsCoreModule, CampaignsModule],
  // Routes are registered in this order: the fixed path /reports/copies before /reports/:id.
  controllers: [ReportCopiesController, ReceiptsController, ReportsController, ReportDocumentsController],
  providers: [
    ReportQueriesService,
    ReportReadings,
    ReportCopiesService,
    ReportListRepository,
    DispatchHeaders,
    ReportItemOrder,
    FollowThroughService,
    TimeLeft,
  ],
})
export class ReportsModule {}
