import { addDays, compareLocalDates, parseLocalDate, type LocalDate } from '@app/calendar';
import { dueDateOf, type UnitKind, type UnitLevel } from '@app/directory';
import type { ReportLine } from '@app/reports';

/** What the regulation's default date depends on: the unit's kind and level. */
export interface RegulatedUnit {
  kind: UnitKind;
  level: UnitLevel;
}

/**
 * The due date the supervision regulation (厅字〔2019〕28号) gives for a unit's ordinary report of
 * year Y (routing.ts in @app/directory has the whole table): 1 April of Y+1 for provincial party
 * committees and governments (they report to the centre), 1 March for everyone else at county
 * level and above. A demonstration area's ordinary reports, and its departments', keep these dates;
 * only its additional line is due earlier (demonstrationLineDueDate). A campaign may set an earlier
 * date; the campaign's date then wins.
 */
export function regulationDueDate(reportYear: number, unit: RegulatedUnit): LocalDate {
  const reportsToTheCentre =
    unit.level === 'province' && (unit.kind === 'government' || unit.kind === 'party_committee');
  return parseLocalDate(dueDateOf(reportsToTheCentre ? 'april_1' : 'march_1', reportYear));
}

/**
 * The demonstration area's additional report (to 中央依法治国办 through the 依法治省办): end of
 * January of Y+1. A campaign for that line sets it as its own date; it moves no other report.
 */
export function demonstrationLineDueDate(reportYear: number): LocalDate {
  return parseLocalDate(dueDateOf('end_of_january', reportYear));
}

/** The regulation's date for a unit's report on a campaign's line: what a target's due date may not pass. */
export function regulationDueDateOnLine(
  reportLine: ReportLine,
  reportYear: number,
  unit: RegulatedUnit,
): LocalDate {
  return reportLine === 'demonstration_area'
    ? demonstrationLineDueDate(reportYear)
    : regulationDueDate(reportYear, unit);
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
