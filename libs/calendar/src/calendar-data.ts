/**
 * The shape of the holiday data files (config/calendar/README.md) and their validation.
 *
 * Pure: takes already-parsed JSON plus a name for error messages (the file path), so the
 * checks are testable without touching the disk. Validation is strict (unknown keys are
 * refused) because a misspelt key would otherwise silently drop a year's holidays.
 */
import { CalendarDataError } from './errors';
import { isLocalDate, isWeekend, LocalDate, yearOf } from './local-date';

/** One day in a schedule: a day off (holiday) or a weekend day worked (调休上班). */
export interface ScheduleDay {
  readonly date: LocalDate;
  /** Chinese holiday name; for a worked weekend day, the holiday it makes up for (e.g. "春节"). */
  readonly name: string;
  readonly note?: string;
}

/** Where a year's dates come from, so they can be checked against the original notice. */
export interface ScheduleSource {
  readonly title: string;
  /** Document number, e.g. "国办发明电〔2023〕7号". */
  readonly number?: string;
  readonly issuedOn?: LocalDate;
  readonly url?: string;
  readonly note?: string;
}

/** One year of the State Council schedule (config/calendar/cn-YYYY.json). */
export interface YearSchedule {
  readonly year: number;
  readonly source: ScheduleSource;
  readonly holidays: readonly ScheduleDay[];
  readonly workdays: readonly ScheduleDay[];
}

/** One year of a region's extra days (config/calendar/regions/NAME-YYYY.json). */
export interface RegionalYearSchedule extends YearSchedule {
  /** Administrative division code prefix, e.g. "65" for Xinjiang, "6501" for Urumqi. */
  readonly region: string;
  readonly regionName: string;
}

const REGION_CODE = /^\d{2}(?:\d{2}){0,2}$/;
type JsonObject = Record<string, unknown>;

/** Reads one file's JSON; every problem is reported with the file name and the JSON path. */
class ScheduleReader {
  constructor(private readonly source: string) {}

  fail(problem: string): never {
    throw new CalendarDataError(this.source, problem);
  }

  object(value: unknown, path: string, required: string[], optional: string[] = []): JsonObject {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      this.fail(`${path} must be an object`);
    const record = value as JsonObject;
    const missing = required.filter((key) => !(key in record));
    if (missing.length > 0) this.fail(`${path} is missing ${missing.join(', ')}`);
    const unknown = Object.keys(record).filter((key) => !required.includes(key) && !optional.includes(key));
    if (unknown.length > 0) this.fail(`${path} has unknown key(s) ${unknown.join(', ')}`);
    return record;
  }

  text(value: unknown, path: string): string {
    if (typeof value !== 'string' || value.trim() === '') this.fail(`${path} must be a non-empty string`);
    return value;
  }

  optionalText(value: unknown, path: string): string | undefined {
    return value === undefined ? undefined : this.text(value, path);
  }

  date(value: unknown, path: string): LocalDate {
    if (!isLocalDate(value)) this.fail(`${path} ${JSON.stringify(value)} is not a valid date (YYYY-MM-DD)`);
    return value;
  }

  year(value: unknown, path: string): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1000 || value > 9999) {
      this.fail(`${path} must be a four-digit year`);
    }
    return value;
  }

  sourceInfo(value: unknown, path: string): ScheduleSource {
    const raw = this.object(value, path, ['title'], ['number', 'issuedOn', 'url', 'note']);
    return {
      title: this.text(raw.title, `${path}.title`),
      number: this.optionalText(raw.number, `${path}.number`),
      issuedOn: raw.issuedOn === undefined ? undefined : this.date(raw.issuedOn, `${path}.issuedOn`),
      url: this.optionalText(raw.url, `${path}.url`),
      note: this.optionalText(raw.note, `${path}.note`),
    };
  }

  days(value: unknown, path: string, year: number): ScheduleDay[] {
    if (!Array.isArray(value)) this.fail(`${path} must be an array`);
    return value.map((item: unknown, index) => {
      const at = `${path}[${index}]`;
      const raw = this.object(item, at, ['date', 'name'], ['note']);
      const date = this.date(raw.date, `${at}.date`);
      if (yearOf(date) !== year) this.fail(`${at}.date ${date} is outside the file's year ${year}`);
      return {
        date,
        name: this.text(raw.name, `${at}.name`),
        note: this.optionalText(raw.note, `${at}.note`),
      };
    });
  }

  /** Holidays and worked days must not repeat or overlap, and only a weekend day can be "worked". */
  checkConsistency(holidays: ScheduleDay[], workdays: ScheduleDay[]): void {
    const seen = new Set<string>();
    for (const [list, label] of [
      [holidays, 'holidays'],
      [workdays, 'workdays'],
    ] as const) {
      for (const day of list) {
        if (seen.has(day.date)) this.fail(`${day.date} is listed more than once (last in ${label})`);
        seen.add(day.date);
      }
    }
    const weekdayWorked = workdays.find((day) => !isWeekend(day.date));
    if (weekdayWorked) {
      this.fail(
        `workdays lists ${weekdayWorked.date}, which is not a Saturday or Sunday (调休上班 days are weekend days)`,
      );
    }
  }
}

function readYearSchedule(reader: ScheduleReader, raw: JsonObject): YearSchedule {
  const year = reader.year(raw.year, 'year');
  const holidays = reader.days(raw.holidays, 'holidays', year);
  const workdays = reader.days(raw.workdays, 'workdays', year);
  reader.checkConsistency(holidays, workdays);
  return { year, source: reader.sourceInfo(raw.source, 'source'), holidays, workdays };
}

/**
 * The year inside a schedule must be the one its name (file name, or the year an upload is sent
 * for) says, so a schedule cannot land on the wrong year.
 */
export function checkYearMatches(
  schedule: YearSchedule,
  source: string,
  expected: number,
  what: string,
): void {
  if (schedule.year !== expected) {
    throw new CalendarDataError(source, `"year" is ${schedule.year} but ${what} says ${expected}`);
  }
}

/** Validates a parsed cn-YYYY.json; `source` (usually the file path) prefixes every error. */
export function parseYearSchedule(json: unknown, source: string): YearSchedule {
  const reader = new ScheduleReader(source);
  return readYearSchedule(reader, reader.object(json, 'file', ['year', 'source', 'holidays', 'workdays']));
}

/** Validates a parsed regions/NAME-YYYY.json. */
export function parseRegionalYearSchedule(json: unknown, source: string): RegionalYearSchedule {
  const reader = new ScheduleReader(source);
  const raw = reader.object(json, 'file', ['region', 'regionName', 'year', 'source', 'holidays', 'workdays']);
  const region = reader.text(raw.region, 'region');
  if (!REGION_CODE.test(region))
    reader.fail(`region "${region}" must be a 2, 4 or 6 digit division code prefix`);
  return { ...readYearSchedule(reader, raw), region, regionName: reader.text(raw.regionName, 'regionName') };
}
