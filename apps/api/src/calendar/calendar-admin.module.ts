import { Module } from '@nestjs/common';
import { CalendarAdminController } from './calendar-admin.controller';
import { CalendarAdminService } from './calendar-admin.service';

/** Holiday schedules entered by administrators (console 节假日安排, /admin/calendar). */
@Module({ controllers: [CalendarAdminController], providers: [CalendarAdminService] })
export class CalendarAdminModule {}
