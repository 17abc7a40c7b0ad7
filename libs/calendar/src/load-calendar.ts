/**
 * The only module that touches the disk: reads config/calendar (layout in its README.md),
 * validates every file and builds a WorkingCalendar. Kept apart so the rest stays pure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkYearMatches,
  parseRegionalYearSchedule,
  parseYearSchedule,
  RegionalYearSchedule,
  YearSchedule,
} from './calendar-data';
import { CalendarDataError } from './errors';
import { WorkingCalendar } from './working-calendar';

const NATIONAL_FILE = /^cn-(\d{4})\.json$/;
const REGIONAL_FILE = /^[a-z][a-z0-9-]*-(\d{4})\.json$/;
const REGIONS_DIR = 'regions';

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CalendarDataError(
      path,
      `cannot be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CalendarDataError(
      path,
      `is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

/**
 * Lists the .json files of a directory with the year taken from each name. A .json file that
 * does not match the naming rule is refused rather than skipped: "cn2027.json" must not be
 * silently ignored.
 */
function yearFiles(dir: string, pattern: RegExp, rule: string): { path: string; year: number }[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.json'))
    .map((entry) => {
      const match = pattern.exec(entry.name);
      if (!match) throw new CalendarDataError(join(dir, entry.name), `file name must look like ${rule}`);
      return { path: join(dir, entry.name), year: Number(match[1]) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Every schedule of a calendar folder, validated; the built-in defaults that uploads may override. */
export interface CalendarSchedules {
  readonly national: readonly YearSchedule[];
  readonly regional: readonly RegionalYearSchedule[];
}

/** Reads and validates cn-YYYY.json files from `dir` and regions/NAME-YYYY.json (if that folder exists). */
export function readCalendarDir(dir: string): CalendarSchedules {
  const national: YearSchedule[] = yearFiles(dir, NATIONAL_FILE, 'cn-YYYY.json').map(({ path, year }) => {
    const schedule = parseYearSchedule(readJson(path), path);
    checkYearMatches(schedule, path, year, 'the file name');
    return schedule;
  });

  const hasRegions = readdirSync(dir, { withFileTypes: true }).some(
    (entry) => entry.isDirectory() && entry.name === REGIONS_DIR,
  );
  const regional: RegionalYearSchedule[] = hasRegions
    ? yearFiles(join(dir, REGIONS_DIR), REGIONAL_FILE, 'name-YYYY.json (lower case)').map(
        ({ path, year }) => {
          const schedule = parseRegionalYearSchedule(readJson(path), path);
          checkYearMatches(schedule, path, year, 'the file name');
          return schedule;
        },
      )
    : [];

  if (national.length === 0) throw new CalendarDataError(dir, 'contains no cn-YYYY.json holiday schedule');
  return { national, regional };
}

/** Loads cn-YYYY.json files from `dir` and regions/NAME-YYYY.json (if that folder exists). */
export function loadCalendarFromDir(
  dir: string,
  options: { missingYears?: 'throw' | 'weekdays' } = {},
): WorkingCalendar {
  const { national, regional } = readCalendarDir(dir);
  return new WorkingCalendar(national, regional, options);
}
