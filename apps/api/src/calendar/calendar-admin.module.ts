import { Module } from '@nestjs/common';
import { DirectoryModule } from '@app/directory';
import { ReportsCoreModule } from '@app/reports';
import { CalendarAdminController } from './calendar-admin.controller';
import { CalendarAdminService } from './calendar-admin.service';

/** Holiday schedules entered by administrators (console 节假日安排, /admin/calendar). */
@Module({
  imports: [DirectoryModule, ReportsCoreModule],
  controllers: [CalendarAdminController],
  providers: [CalendarAdminService],
})
export class CalendarAdminModule {}
