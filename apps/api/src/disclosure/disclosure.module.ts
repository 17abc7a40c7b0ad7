import { Module } from '@nestjs/common';
import { DirectoryModule } from '@app/directory';
import { ReportsCoreModule } from '@app/reports';
import { ReportReadings } from '../reports/report-reading';
import { TimeLeft } from '../reports/time-left';
import { DisclosureController } from './disclosure.controller';
import { DisclosureTodoController } from './disclosure-todo.controller';
import { PublicRateLimit } from './public-rate-limit';
import { PublicRequestCounts } from './public-request-counts';
import { PublicReportsController } from './public-reports.controller';
import { PublicReportsRepository } from './public-reports.repository';

/** The disclosure track's endpoints and the public page of published reports. */
@Module({
  imports: [DirectoryModule, ReportsCoreModule],
  controllers: [DisclosureController, DisclosureTodoController, PublicReportsController],
  providers: [PublicReportsRepository, PublicRateLimit, PublicRequestCounts, TimeLeft, ReportReadings],
})
export class DisclosureModule {}
