import { Body, Controller, Delete, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@app/directory';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { CalendarAdminService, type ScheduleScope } from './calendar-admin.service';
import { CalendarErrors } from './calendar.errors';
import { Returns } from '../http/api-response';
import {
  CalendarOverviewSchema,
  EnteredScheduleSchema,
  MissingSchedulesSchema,
  ScheduleEntrySchema,
} from './calendar.responses';

const REGION_CODE = /^\d{2}(?:\d{2}){0,2}$/;

function yearParam(raw: string): number {
  const year = Number(raw);
  if (!/^\d{4}$/.test(raw) || year < 2000 || year > 2999) throw CalendarErrors.badYear(raw);
  return year;
}

function regionParam(raw: string): string {
  if (!REGION_CODE.test(raw)) throw CalendarErrors.badRegion(raw);
  return raw;
}

// The body is a data file, validated by the calendar loader (not a DTO), so it is described in
// words: {"year", "source": {"title", …}, "holidays": [{"date", "name"}], "workdays": [...]}.
const BODY =
  'The body is exactly the JSON of a config/calendar file (format: config/calendar/README.md), validated ' +
  'like a file at load; a bad entry answers 400 naming it, and nothing is stored.';
/** The schedule's own format is validated by the calendar library, not by a DTO. */
const SCHEDULE_BODY = ApiBody({
  schema: { type: 'object', additionalProperties: true, description: 'A config/calendar file (its README)' },
});
const YEAR = ApiParam({
  name: 'year',
  type: 'integer',
  description: 'four-digit year, 2000-2999',
  example: 2027,
});
const REGION = ApiParam({
  name: 'region',
  type: 'integer',
  description: 'administrative division code prefix of 2, 4 or 6 digits, e.g. 65 (Xinjiang)',
  example: 65,
});

/**
 * The working-day calendar's holiday schedules (节假日安排), entered without a redeploy. The body
 * is exactly a config/calendar file (cn-YYYY.json, or regions/NAME-YYYY.json with region and
 * regionName); see config/calendar/README.md.
 */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('admin/calendar')
export class CalendarAdminController {
  constructor(private readonly calendar: CalendarAdminService) {}

  @Get()
  @Returns(200, CalendarOverviewSchema)
  @ApiOperation({
    summary: 'Years in force (file or entered, by whom) for the scopes I manage, and what is missing',
  })
  overview(@CurrentPrincipal() principal: Principal) {
    return this.calendar.overview(principal);
  }

  @Get('missing')
  @Returns(200, MissingSchedulesSchema)
  @ApiOperation({
    summary:
      'Current/next year without a State Council (top-level admins) or regional (province admins) schedule; warn = show the console banner',
  })
  missing(@CurrentPrincipal() principal: Principal) {
    return this.calendar.missing(principal);
  }

  @Put('national/:year')
  @Returns(200, EnteredScheduleSchema)
  @SCHEDULE_BODY
  @YEAR
  @ApiOperation({
    summary: 'Enter the State Council schedule of a year (admin of a top-level unit); overrides cn-YYYY.json',
    description: BODY,
  })
  enterNational(
    @CurrentPrincipal() principal: Principal,
    @Param('year') year: string,
    @Body() body: unknown,
  ) {
    return this.calendar.enter(principal, { region: null, year: yearParam(year) }, body);
  }

  @Delete('national/:year')
  @Returns(200, ScheduleEntrySchema)
  @YEAR
  @ApiOperation({
    summary: 'Withdraw the entered State Council schedule of a year (the built-in file counts again)',
  })
  withdrawNational(@CurrentPrincipal() principal: Principal, @Param('year') year: string) {
    return this.calendar.withdraw(principal, { region: null, year: yearParam(year) });
  }

  @Put('regions/:region/:year')
  @Returns(200, EnteredScheduleSchema)
  @SCHEDULE_BODY
  @REGION
  @YEAR
  @ApiOperation({
    summary:
      "Enter a region's extra days of a year (admin of a province-level unit of that region, or top level)",
    description: `${BODY} A regional file also has "region" (the same code as in the path) and "regionName".`,
  })
  enterRegional(
    @CurrentPrincipal() principal: Principal,
    @Param('region') region: string,
    @Param('year') year: string,
    @Body() body: unknown,
  ) {
    return this.calendar.enter(principal, regionalScope(region, year), body);
  }

  @Delete('regions/:region/:year')
  @Returns(200, ScheduleEntrySchema)
  @REGION
  @YEAR
  @ApiOperation({ summary: "Withdraw a region's entered schedule of a year" })
  withdrawRegional(
    @CurrentPrincipal() principal: Principal,
    @Param('region') region: string,
    @Param('year') year: string,
  ) {
    return this.calendar.withdraw(principal, regionalScope(region, year));
  }
}

function regionalScope(region: string, year: string): ScheduleScope {
  return { region: regionParam(region), year: yearParam(year) };
}
