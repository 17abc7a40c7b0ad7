import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/directory';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { Returns } from '../http/api-response';
import { CalendarDaysService } from './calendar-days.service';
import { CalendarDaySchema, CalendarYearsSchema } from './calendar.responses';

/** The working-day calendar, read by any signed-in user (the schedules themselves: /admin/calendar). */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarDaysController {
  constructor(private readonly days: CalendarDaysService) {}

  @Get('years')
  @Returns(200, CalendarYearsSchema)
  @ApiOperation({ summary: 'The years whose State Council holiday schedule is in force' })
  years() {
    return this.days.years();
  }

  @Get('days/:date')
  @Returns(200, CalendarDaySchema)
  @ApiParam({ name: 'date', type: 'string', format: 'date', example: '2027-02-20' })
  @ApiOperation({
    summary:
      "What a day is on the working-day calendar (working day, weekend, holiday), in the caller's region",
  })
  day(@CurrentPrincipal() principal: Principal, @Param('date') date: string) {
    return this.days.day(principal, date);
  }
}
