import { Module } from '@nestjs/common';
import { ReportsCoreModule } from '@app/reports';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { FindingsController } from './findings.controller';

/** 问题清单 and 整改: the findings endpoints of reports and the campaign board's column. */
@Module({
  imports: [ReportsCoreModule, CampaignsModule],
  controllers: [FindingsController],
})
export class FindingsModule {}
