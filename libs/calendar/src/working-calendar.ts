/**
 * China's working-day calendar: weekends off, except the weekend days the State Council swaps
 * into working days (调休上班); national holidays off; a region's extra holidays off only for
 * units whose region list includes that region.
 *
 * Counting convention (used for stage time limits and reminder offsets):
 *   "n working days from D" is the n-th working day strictly after D. D itself never counts,
 *   even when it is a working day, because the day an item arrives is not a full day to act.
 *   n = 0 means "D if D is a working day, else the next working day" (a deadline that falls on a
 *   day off moves forward to the next working day).
 *
 * Immutable: built once from validated schedules; every method is a pure query.
 */
import { RegionalYearSchedule, YearSchedule } from './calendar-data';
import { CalendarDataError, CalendarYearMissingError } from './errors';
import { epochDayOf, isWeekend, LocalDate, localDateFromEpochDay, yearOf } from './local-date';

export type DayKind =
  | 'weekday' // Monday-Friday with nothing special
  | 'weekend' // Saturday or Sunday with nothing special
  | 'holiday' // national public holiday (incl. days moved by 调休)
  | 'swapped-workday' // weekend day worked nationally (调休上班)
  | 'regional-holiday' // extra day off in one of the requested regions
  | 'regional-workday'; // weekend day worked in one of the requested regions

/** Why a day is or is not a working day; useful to explain a deadline to users. */
export interface DayInfo {
  readonly date: LocalDate;
  readonly isWorkingDay: boolean;
  readonly kind: DayKind;
  /** Holiday name ("国庆节"); for a worked weekend day, the holiday it makes up for. */
  readonly name?: string;
  /** For regional kinds: the region code whose schedule decided. */
  readonly region?: string;
}

interface YearIndex {
  readonly holidays: ReadonlyMap<string, string>;
  readonly workdays: ReadonlyMap<string, string>;
}

function indexYear(schedule: YearSchedule): YearIndex {
  return {
    holidays: new Map(schedule.holidays.map((day) => [day.date, day.name])),
    workdays: new Map(schedule.workdays.map((day) => [day.date, day.name])),
  };
}

function assertCount(n: number): void {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`working-day count must be an integer >= 0, got ${n}`);
}

export class WorkingCalendar {
  private readonly national = new Map<number, YearIndex>();
  private readonly regional = new Map<string, Map<number, YearIndex>>();

  /**
   * `missingYears: 'weekdays'` answers a year without State Council data with plain Monday-Friday
   * instead of throwing: production must keep counting deadlines in a year whose holiday notice
   * has not been added yet (the notice comes out in November), while tests keep the strict default.
   */
  private readonly missingYears: 'throw' | 'weekdays';

  constructor(
    national: readonly YearSchedule[],
    regional: readonly RegionalYearSchedule[] = [],
    options: { missingYears?: 'throw' | 'weekdays' } = {},
  ) {
    this.missingYears = options.missingYears ?? 'throw';
    for (const schedule of national) {
      if (this.national.has(schedule.year)) {
        throw new CalendarDataError(`cn-${schedule.year}`, `the ${schedule.year} schedule is given twice`);
      }
      this.national.set(schedule.year, indexYear(schedule));
    }
    for (const schedule of regional) {
      const years = this.regional.get(schedule.region) ?? new Map<number, YearIndex>();
      if (years.has(schedule.year)) {
        throw new CalendarDataError(
          `region ${schedule.region} ${schedule.year}`,
          `the ${schedule.year} schedule of region ${schedule.region} is given twice`,
        );
      }
      years.set(schedule.year, indexYear(schedule));
      this.regional.set(schedule.region, years);
    }
    Object.freeze(this);
  }

  /** Whether the State Council schedule for `year` is loaded (queries outside it throw). */
  coversYear(year: number): boolean {
    return this.national.has(year);
  }

  coveredYears(): number[] {
    return [...this.national.keys()].sort((a, b) => a - b);
  }

  /**
   * Whether a region's extra days are loaded for `year`. A region year without a file has no
   * extra days (regions announce theirs later than the State Council), so callers that care
   * can check this and warn.
   */
  regionCoversYear(region: string, year: number): boolean {
    return this.regional.get(region)?.has(year) ?? false;
  }

  /** Region codes with extra days in at least one year, e.g. ['65']. */
  coveredRegions(): string[] {
    return [...this.regional.keys()].sort();
  }

  /**
   * Classifies a day. Precedence: a requested region's holiday, then a requested region's worked
   * weekend day, then the national schedule, then the weekday rule. A region's holiday wins over a
   * national 调休 working day because regions have given such days off (e.g. Xinjiang in 2014).
   */
  describeDay(date: LocalDate, regions: readonly string[] = []): DayInfo {
    const year = yearOf(date);
    const national = this.national.get(year);
    if (!national) {
      if (this.missingYears === 'throw') throw new CalendarYearMissingError(year);
      return isWeekend(date)
        ? { date, isWorkingDay: false, kind: 'weekend' }
        : { date, isWorkingDay: true, kind: 'weekday' };
    }

    for (const region of regions) {
      const name = this.regional.get(region)?.get(year)?.holidays.get(date);
      if (name !== undefined) return { date, isWorkingDay: false, kind: 'regional-holiday', name, region };
    }
    for (const region of regions) {
      const name = this.regional.get(region)?.get(year)?.workdays.get(date);
      if (name !== undefined) return { date, isWorkingDay: true, kind: 'regional-workday', name, region };
    }
    const holiday = national.holidays.get(date);
    if (holiday !== undefined) return { date, isWorkingDay: false, kind: 'holiday', name: holiday };
    const swapped = national.workdays.get(date);
    if (swapped !== undefined) return { date, isWorkingDay: true, kind: 'swapped-workday', name: swapped };
    return isWeekend(date)
      ? { date, isWorkingDay: false, kind: 'weekend' }
      : { date, isWorkingDay: true, kind: 'weekday' };
  }

  isWorkingDay(date: LocalDate, regions: readonly string[] = []): boolean {
    return this.describeDay(date, regions).isWorkingDay;
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: LocalDate, regions: readonly string[] = []): LocalDate {
    return this.stepToWorkingDay(date, 1, regions);
  }

  /** The last working day strictly before `date`. */
  previousWorkingDay(date: LocalDate, regions: readonly string[] = []): LocalDate {
    return this.stepToWorkingDay(date, -1, regions);
  }

  /** The n-th working day after `date` (see the counting convention at the top of this file). */
  addWorkingDays(date: LocalDate, n: number, regions: readonly string[] = []): LocalDate {
    return this.moveWorkingDays(date, n, 1, regions);
  }

  /** Mirror of `addWorkingDays`: the n-th working day before `date`; n = 0 rolls back to a working day. */
  subtractWorkingDays(date: LocalDate, n: number, regions: readonly string[] = []): LocalDate {
    return this.moveWorkingDays(date, n, -1, regions);
  }

  /**
   * Signed number of working days from `from` to `to`: the working days in (from, to] when `to` is
   * later, minus those in (to, from] when it is earlier, 0 on the same day. So with from = today and
   * to = a due date: positive = working days left, 0 = due today or only days off in between,
   * negative = working days overdue. For to > from, addWorkingDays(from, k) = to gives k.
   */
  workingDaysBetween(from: LocalDate, to: LocalDate, regions: readonly string[] = []): number {
    const start = epochDayOf(from);
    const end = epochDayOf(to);
    const [low, high] = start <= end ? [start, end] : [end, start];
    if (low === high) return 0;
    // Counted, not walked: Monday-Friday by arithmetic, then each listed day in the range that the
    // schedules make differ from that rule. Walking day by day took seconds for a date years away
    // (an extension granted to 9999-12-31 made every read of the report take 9 s; stop 40).
    const firstYear = yearOfEpochDay(low + 1);
    const lastYear = yearOfEpochDay(high);
    let count = weekdaysUpTo(high) - weekdaysUpTo(low);
    const listed = new Set<LocalDate>();
    for (let year = firstYear; year <= lastYear; year++) {
      const national = this.national.get(year);
      if (!national) {
        if (this.missingYears === 'throw') throw new CalendarYearMissingError(year);
        continue; // plain Monday-Friday, as describeDay answers for such a year
      }
      for (const index of [national, ...regions.map((r) => this.regional.get(r)?.get(year))]) {
        if (!index) continue;
        for (const date of index.holidays.keys()) listed.add(date as LocalDate);
        for (const date of index.workdays.keys()) listed.add(date as LocalDate);
      }
    }
    for (const date of listed) {
      const day = epochDayOf(date);
      if (day <= low || day > high) continue;
      count += Number(this.isWorkingDay(date, regions)) - Number(!isWeekend(date));
    }
    return start <= end ? count : -count;
  }

  private stepToWorkingDay(date: LocalDate, direction: 1 | -1, regions: readonly string[]): LocalDate {
    // Terminates: every covered year has working days, and an uncovered year throws.
    let day = epochDayOf(date) + direction;
    while (!this.isWorkingDay(localDateFromEpochDay(day), regions)) day += direction;
    return localDateFromEpochDay(day);
  }

  private moveWorkingDays(
    date: LocalDate,
    n: number,
    direction: 1 | -1,
    regions: readonly string[],
  ): LocalDate {
    assertCount(n);
    if (n === 0)
      return this.isWorkingDay(date, regions) ? date : this.stepToWorkingDay(date, direction, regions);
    let current = date;
    for (let moved = 0; moved < n; moved++) current = this.stepToWorkingDay(current, direction, regions);
    return current;
  }
}

/** 1970-01-04, a Sunday: weeks are counted from it. */
const A_SUNDAY = 3;

/** Monday-Friday days in (A_SUNDAY, day] (negative before it): only differences are meaningful. */
function weekdaysUpTo(day: number): number {
  const offset = day - A_SUNDAY;
  const weeks = Math.floor(offset / 7);
  return 5 * weeks + Math.min(offset - 7 * weeks, 5);
}

function yearOfEpochDay(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}
