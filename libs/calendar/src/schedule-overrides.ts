/**
 * Schedules entered by an administrator (console or API) on top of the built-in files of
 * config/calendar: validated exactly like a file at load, then merged so that an entered year
 * replaces the file of the same year. Pure: storage and caching live with the callers.
 */
import {
  checkYearMatches,
  parseRegionalYearSchedule,
  parseYearSchedule,
  type RegionalYearSchedule,
  type YearSchedule,
} from './calendar-data';
import { CalendarDataError } from './errors';
import type { CalendarSchedules } from './load-calendar';
import { WorkingCalendar } from './working-calendar';

/** The name an entered national schedule goes by in error messages: the file it stands for. */
export function nationalScheduleName(year: number): string {
  return `cn-${year}.json`;
}

/** The name an entered regional schedule goes by in error messages. */
export function regionalScheduleName(region: string, year: number): string {
  return `regions/${region}-${year}.json`;
}

/** Validates an entered State Council schedule for `year` (same rules as cn-YYYY.json). */
export function parseNationalOverride(json: unknown, year: number): YearSchedule {
  const name = nationalScheduleName(year);
  const schedule = parseYearSchedule(json, name);
  checkYearMatches(schedule, name, year, 'the year it is entered for');
  return schedule;
}

/** Validates an entered regional schedule for `region` and `year` (same rules as regions/NAME-YYYY.json). */
export function parseRegionalOverride(json: unknown, region: string, year: number): RegionalYearSchedule {
  const name = regionalScheduleName(region, year);
  const schedule = parseRegionalYearSchedule(json, name);
  checkYearMatches(schedule, name, year, 'the year it is entered for');
  if (schedule.region !== region) {
    throw new CalendarDataError(
      name,
      `"region" is "${schedule.region}" but it is entered for region "${region}"`,
    );
  }
  return schedule;
}

/**
 * Built-in schedules with the entered ones on top: an entered year replaces the built-in file of
 * that year (national by year, regional by region and year); every other built-in year stays.
 */
export function mergeSchedules(builtIn: CalendarSchedules, entered: CalendarSchedules): CalendarSchedules {
  const national = new Map<number, YearSchedule>();
  for (const schedule of [...builtIn.national, ...entered.national]) national.set(schedule.year, schedule);
  const regional = new Map<string, RegionalYearSchedule>();
  for (const schedule of [...builtIn.regional, ...entered.regional]) {
    regional.set(`${schedule.region}|${schedule.year}`, schedule);
  }
  return {
    national: [...national.values()].sort((a, b) => a.year - b.year),
    regional: [...regional.values()],
  };
}

/** The calendar of the built-in files overridden by the entered schedules. */
export function calendarWithOverrides(
  builtIn: CalendarSchedules,
  entered: CalendarSchedules,
  options: { missingYears?: 'throw' | 'weekdays' } = {},
): WorkingCalendar {
  const { national, regional } = mergeSchedules(builtIn, entered);
  return new WorkingCalendar(national, regional, options);
}
