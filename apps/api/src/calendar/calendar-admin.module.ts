import { Module } from '@nestjs/common';
import { DirectoryModule } from '@app/directory';
import { ReportsCoreModule } from '@app/reports';
import { CalendarAdminController } from './calendar-admin.controller';
import { CalendarAdminService } from './calendar-admin.service';
import { CalendarDaysController } from './calendar-days.controller';
import { CalendarDaysService } from './calendar-days.service';

/**
 * Holiday schedules entered by administrators (console 节假日安排, /admin/calendar), and the
 * calendar as every signed-in user reads it (/calendar).
 */
@Module({
  imports: [DirectoryModule, ReportsCoreModule],
  controllers: [CalendarAdminController, CalendarDaysController],
  providers: [CalendarAdminService, CalendarDaysService],
})
export class CalendarAdminModule {}
