/**
 * When a reminder may go out: during office hours, on a working day, in China time.
 * Reminders are not sent at night or on days off; they wait for the next office opening.
 */
import { atLocalTime, localDateOf, parseLocalTime } from './china-time';
import { WorkingCalendar } from './working-calendar';

/** Wall-clock opening and closing times "HH:MM" in China; `end` is exclusive. */
export interface OfficeHours {
  readonly start: string;
  readonly end: string;
}

/**
 * Default government office hours. Some regions keep other hours (Xinjiang offices work about
 * 10:00-14:00 and 16:00-20:00 Beijing time), so callers may pass their own.
 */
export const DEFAULT_OFFICE_HOURS: OfficeHours = Object.freeze({ start: '09:00', end: '17:30' });

/**
 * The earliest instant at or after `instant` that falls within office hours on a working day:
 * the instant itself if the office is open; that day's opening if it is a working day and the
 * office has not opened yet; otherwise the opening of the next working day (so Saturday night
 * gives Monday 09:00, or a swapped Sunday working day if that comes first).
 */
export function nextOfficeInstant(
  instant: Date,
  calendar: WorkingCalendar,
  regions: readonly string[] = [],
  officeHours: OfficeHours = DEFAULT_OFFICE_HOURS,
): Date {
  if (parseLocalTime(officeHours.start) >= parseLocalTime(officeHours.end)) {
    throw new RangeError(
      `office hours must open before they close, got ${officeHours.start}-${officeHours.end}`,
    );
  }
  const today = localDateOf(instant);
  if (calendar.isWorkingDay(today, regions)) {
    const opening = atLocalTime(today, officeHours.start);
    if (instant.getTime() < opening.getTime()) return opening;
    if (instant.getTime() < atLocalTime(today, officeHours.end).getTime()) return new Date(instant.getTime());
  }
  return atLocalTime(calendar.nextWorkingDay(today, regions), officeHours.start);
}
