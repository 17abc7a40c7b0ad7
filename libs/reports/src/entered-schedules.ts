import {
  parseNationalOverride,
  parseRegionalOverride,
  type CalendarSchedules,
  type RegionalYearSchedule,
  type YearSchedule,
} from '@app/calendar';
import type { CalendarScheduleEntry } from './calendar-schedule.repository';

/**
 * The schedules in force from the stored entries: withdrawn entries drop out (the built-in file,
 * or Monday to Friday, counts again). Each is validated again, as a file is at every start, so an
 * entry stored under older, looser rules is reported and skipped instead of breaking deadlines.
 */
export function enteredSchedules(entries: readonly CalendarScheduleEntry[]): {
  schedules: CalendarSchedules;
  rejected: string[];
} {
  const national: YearSchedule[] = [];
  const regional: RegionalYearSchedule[] = [];
  const rejected: string[] = [];
  for (const entry of entries) {
    if (entry.schedule === null) continue;
    try {
      if (entry.region === null) national.push(parseNationalOverride(entry.schedule, entry.year));
      else regional.push(parseRegionalOverride(entry.schedule, entry.region, entry.year));
    } catch (error) {
      rejected.push(`${entry.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { schedules: { national, regional }, rejected };
}
