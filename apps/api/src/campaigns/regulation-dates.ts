import { addDays, compareLocalDates, parseLocalDate, type LocalDate } from '@app/calendar';
import type { UnitKind, UnitLevel } from '@app/directory';

/** What the regulation's default date depends on: the unit and the government of its own level. */
export interface RegulatedUnit {
  kind: UnitKind;
  level: UnitLevel;
  /** Designated demonstration area (法治政府建设示范地区), on the unit or the government of its level. */
  demonstrationArea: boolean;
}

/**
 * The due date the supervision regulation (厅字〔2019〕28号) gives for report year Y, as domain.md
 * states it: end of January of Y+1 for designated demonstration areas, 1 April for provincial
 * party committees and governments (they report to the centre), 1 March for everyone else at
 * county level and above. A campaign may set an earlier date; the campaign's date then wins.
 */
export function regulationDueDate(reportYear: number, unit: RegulatedUnit): LocalDate {
  const next = reportYear + 1;
  if (unit.demonstrationArea) return parseLocalDate(`${next}-01-31`);
  if (unit.level === 'province' && unit.kind === 'government') return parseLocalDate(`${next}-04-01`);
  return parseLocalDate(`${next}-03-01`);
}

/** Public disclosure (向社会公开) by 1 April of Y+1. */
export function defaultDisclosureDate(reportYear: number): LocalDate {
  return parseLocalDate(`${reportYear + 1}-04-01`);
}

export function earliest(dates: LocalDate[]): LocalDate | null {
  return dates.reduce<LocalDate | null>((a, b) => (a === null || compareLocalDates(b, a) < 0 ? b : a), null);
}

export function latest(dates: LocalDate[]): LocalDate | null {
  return dates.reduce<LocalDate | null>((a, b) => (a === null || compareLocalDates(b, a) > 0 ? b : a), null);
}

/** The day before, for messages like "at the latest on ...". */
export function dayBefore(date: LocalDate): LocalDate {
  return addDays(date, -1);
}
