import { Module } from '@nestjs/common';
import { ReportsCoreModule } from '@app/reports';
import { DisclosureController } from './disclosure.controller';
import { PublicRateLimit } from './public-rate-limit';
import { PublicReportsController } from './public-reports.controller';
import { PublicReportsRepository } from './public-reports.repository';

/** The disclosure track's endpoints and the public page of published reports. */
@Module({
  imports: [ReportsCoreModule],
  controllers: [DisclosureController, PublicReportsController],
  providers: [PublicReportsRepository, PublicRateLimit],
})
export class DisclosureModule {}
