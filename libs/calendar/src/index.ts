/**
 * @app/calendar: China working days, holidays and Asia/Shanghai time for deadlines and reminders.
 * Pure functions and data; only loadCalendarFromDir / readCalendarDir read files. Data format: config/calendar/README.md.
 */
export { CalendarDataError, CalendarYearMissingError, InvalidLocalDateError } from './errors';
export {
  addDays,
  compareLocalDates,
  dayOfWeek,
  isLocalDate,
  isWeekend,
  parseLocalDate,
  yearOf,
  type DayOfWeek,
  type LocalDate,
} from './local-date';
export {
  atLocalTime,
  CHINA_UTC_OFFSET_MINUTES,
  endOfDayInstant,
  localDateOf,
  parseLocalTime,
  startOfDayInstant,
} from './china-time';
export { chinaDateText, chinaDateTimeShort, chinaDateTimeText, chinaDueText } from './china-display';
export {
  checkYearMatches,
  parseRegionalYearSchedule,
  parseYearSchedule,
  type RegionalYearSchedule,
  type ScheduleDay,
  type ScheduleSource,
  type YearSchedule,
} from './calendar-data';
export { WorkingCalendar, type DayInfo, type DayKind } from './working-calendar';
export { DEFAULT_OFFICE_HOURS, nextOfficeInstant, type OfficeHours } from './office-hours';
export { loadCalendarFromDir, readCalendarDir, type CalendarSchedules } from './load-calendar';
export {
  calendarWithOverrides,
  mergeSchedules,
  nationalScheduleName,
  parseNationalOverride,
  parseRegionalOverride,
  regionalScheduleName,
} from './schedule-overrides';
