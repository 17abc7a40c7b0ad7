/**
 * Conversions between instants (JS `Date`, i.e. UTC milliseconds) and China civil time.
 *
 * Asia/Shanghai has been UTC+8 with no daylight saving since 1991, so a fixed offset is
 * exact for every date this system handles and we need no time-zone database.
 */
import { epochDayOf, LocalDate, localDateFromEpochDay } from './local-date';

export const CHINA_UTC_OFFSET_MINUTES = 8 * 60;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const OFFSET_MS = CHINA_UTC_OFFSET_MINUTES * MS_PER_MINUTE;
const LOCAL_TIME_SHAPE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of a wall-clock time "HH:MM" (00:00-23:59); throws on anything else. */
export function parseLocalTime(time: string): number {
  const match = LOCAL_TIME_SHAPE.exec(time);
  if (!match) throw new RangeError(`"${time}" is not a time of day in the form HH:MM (00:00-23:59)`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function assertValidInstant(instant: Date): void {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date passed to the calendar');
}

/** 00:00:00.000 China time on `date`. */
export function startOfDayInstant(date: LocalDate): Date {
  return new Date(epochDayOf(date) * MS_PER_DAY - OFFSET_MS);
}

/** 23:59:59.999 China time on `date`: a due date means "by the end of that day in China". */
export function endOfDayInstant(date: LocalDate): Date {
  return new Date(startOfDayInstant(date).getTime() + MS_PER_DAY - 1);
}

/** The instant at wall-clock `time` ("HH:MM") in China on `date`. */
export function atLocalTime(date: LocalDate, time: string): Date {
  return new Date(startOfDayInstant(date).getTime() + parseLocalTime(time) * MS_PER_MINUTE);
}

/** The China calendar date on which `instant` falls (e.g. 2024-09-30T16:30Z is already 1 October). */
export function localDateOf(instant: Date): LocalDate {
  assertValidInstant(instant);
  return localDateFromEpochDay(Math.floor((instant.getTime() + OFFSET_MS) / MS_PER_DAY));
}
