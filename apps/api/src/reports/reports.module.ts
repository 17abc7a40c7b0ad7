import { Module } from '@nestjs/common';
import { ReportsCoreModule } from '@app/reports';
import { ReportQueriesService } from './report-queries.service';
import { ReportsController } from './reports.controller';

@Module({ imports: [ReportsCoreModule], controllers: [ReportsController], providers: [ReportQueriesService] })
export class ReportsModule {}
