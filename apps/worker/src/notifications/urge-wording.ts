import { compareLocalDates, type LocalDate, type WorkingCalendar } from '@app/calendar';
import { urgeMessage } from './urge-message';
import type { UrgedTarget } from './urged-target.repository';

/**
 * A press's title and text as of one China day. Both callers pass the day of the press itself, so
 * the inbox and the email or robot message sent at the next office opening say the same thing the
 * coordinator saw when pressing (a count taken on Monday would contradict the inbox). Overdue (督办)
 * when that day is past the due date.
 */
export function urgeWordingOn(
  urge: UrgedTarget,
  on: LocalDate,
  calendar: WorkingCalendar,
): { title: string; body: string; overdue: boolean } {
  const overdue = compareLocalDates(on, urge.dueDate) > 0;
  const text = urgeMessage({
    issuerName: urge.issuerName,
    campaignTitle: urge.campaignTitle,
    unitName: urge.unitName,
    dueDate: urge.dueDate,
    workingDaysLeft: calendar.workingDaysBetween(on, urge.dueDate),
    unscheduledYears: yearsBetween(on, urge.dueDate).filter((y) => !calendar.coversYear(y)),
    overdue,
    message: urge.message,
  });
  return { ...text, overdue };
}

/** Every calendar year from one day to the other, whichever comes first. */
function yearsBetween(a: LocalDate, b: LocalDate): number[] {
  const [from, to] = [Number(a.slice(0, 4)), Number(b.slice(0, 4))].sort((x, y) => x - y);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
