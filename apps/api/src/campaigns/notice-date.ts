import { compareLocalDates, type LocalDate } from '@app/calendar';
import { CampaignErrors } from './campaign.errors';

/**
 * The date printed on the notice (成文日期): today when none is given. A notice is dated on or before
 * the day it is issued here, and within the year it asks about or after: a scenario test (stop 49)
 * stored notices dated weeks ahead (after their own due date) and seven years before their report
 * year, and they were printed so on the notice and its export.
 */
export function noticeDate(
  given: LocalDate | null,
  context: { today: LocalDate; reportYear: number },
): LocalDate {
  if (given === null) return context.today;
  if (compareLocalDates(given, context.today) > 0)
    throw CampaignErrors.invalidField(
      'issuedOn',
      `${given} is later than today (${context.today} in China): a notice is dated on or before the day it is issued`,
    );
  const yearStart = `${context.reportYear}-01-01` as LocalDate;
  // A notice issued today for a year not begun yet (the default date) may say so; no earlier one.
  const earliest = compareLocalDates(context.today, yearStart) < 0 ? context.today : yearStart;
  if (compareLocalDates(given, earliest) < 0)
    throw CampaignErrors.invalidField(
      'issuedOn',
      `${given} is before ${yearStart}: a notice asking for the ${context.reportYear} report is dated in ${context.reportYear} or later`,
    );
  return given;
}
