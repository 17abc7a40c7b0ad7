/**
 * A calendar date with no time and no zone: "YYYY-MM-DD", always meant as a day in China.
 *
 * The brand makes the compiler insist that a string went through `parseLocalDate` (or
 * `isLocalDate`) before it is used as a date, so "2023-02-30" cannot reach the calendar.
 * Arithmetic goes through an "epoch day" (days since 1970-01-01) computed with UTC, which
 * has no DST or zone, so it is exact for plain dates.
 */
import { InvalidLocalDateError } from './errors';

export type LocalDate = string & { readonly __brand: 'LocalDate' };

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getUTCDay`. */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const MS_PER_DAY = 86_400_000;
const LOCAL_DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Date.UTC maps years 0-99 to 1900-1999; four-digit years from 1000 avoid that trap.
const MIN_YEAR = 1000;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const match = LOCAL_DATE_SHAPE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= MIN_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Validates and brands a date string; throws `InvalidLocalDateError` for "2023-02-30", "2024-9-1", etc. */
export function parseLocalDate(value: string): LocalDate {
  if (!isLocalDate(value)) throw new InvalidLocalDateError(value);
  return value;
}

export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

/** Days since 1970-01-01 (negative before). */
export function epochDayOf(date: LocalDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function localDateFromEpochDay(epochDay: number): LocalDate {
  if (!Number.isInteger(epochDay)) throw new RangeError(`epoch day must be an integer, got ${epochDay}`);
  return parseLocalDate(new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10));
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return localDateFromEpochDay(epochDayOf(date) + days);
}

export function dayOfWeek(date: LocalDate): DayOfWeek {
  return new Date(epochDayOf(date) * MS_PER_DAY).getUTCDay() as DayOfWeek;
}

export function isWeekend(date: LocalDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

/** Negative if a is earlier, 0 if equal, positive if later. (The fixed format also sorts as text.) */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return epochDayOf(a) - epochDayOf(b);
}
