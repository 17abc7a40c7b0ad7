import { Module } from '@nestjs/common';
import { DirectoryModule } from '@app/directory';
import { ReportsCoreModule } from '@app/reports';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { TimeLeft } from '../reports/time-left';
import { FindingsController } from './findings.controller';

/** 问题清单 and 整改: the findings endpoints of reports and the campaign board's column. */
@Module({
  imports: [DirectoryModule, ReportsCoreModule, CampaignsModule],
  controllers: [FindingsController],
  providers: [TimeLeft],
})
export class FindingsModule {}
