import {
  compareLocalDates,
  parseLocalDate,
  yearOf,
  type LocalDate,
  type WorkingCalendar,
} from '@app/calendar';

/** A year whose schedule is not loaded, for the scope (national or one region) an admin manages. */
export interface MissingSchedule {
  /** null: the State Council schedule. */
  region: string | null;
  year: number;
  /** From this day (Asia/Shanghai) the console warns: 1 December of the year before, or 1 January. */
  warnFrom: LocalDate;
  /** Whether today is on or after warnFrom. */
  warn: boolean;
}

/**
 * The State Council publishes the next year's holidays between October and December, so the
 * console warns about next year from 1 December and about the current year always. Only the
 * current and the next year are checked: later years are not published yet, earlier ones no
 * longer produce deadlines.
 */
export function missingSchedules(
  calendar: WorkingCalendar,
  today: LocalDate,
  scopes: { national: boolean; regions: readonly string[] },
): MissingSchedule[] {
  const year = yearOf(today);
  const candidates = [
    { year, warnFrom: parseLocalDate(`${year}-01-01`) },
    { year: year + 1, warnFrom: parseLocalDate(`${year}-12-01`) },
  ];
  const missing: MissingSchedule[] = [];
  for (const { year: y, warnFrom } of candidates) {
    const entry = (region: string | null) => ({
      region,
      year: y,
      warnFrom,
      warn: compareLocalDates(today, warnFrom) >= 0,
    });
    if (scopes.national && !calendar.coversYear(y)) missing.push(entry(null));
    for (const region of scopes.regions)
      if (!calendar.regionCoversYear(region, y)) missing.push(entry(region));
  }
  return missing;
}
