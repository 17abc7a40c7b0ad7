/** Calendar days in China, whatever the browser's time zone (pure: no React, usable in unit tests). */

const BEIJING_OFFSET_MS = 8 * 3600_000;
export const DAY_MS = 86_400_000;

/** The calendar day (YYYY-MM-DD) an instant falls on in China, whatever the browser's time zone. */
export function beijingDay(value: string | Date): string {
  const ms = typeof value === 'string' ? Date.parse(value) : value.getTime();
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** A due date given as YYYY-MM-DD or as the instant ending that day: the day in China. */
export const dueDay = (due: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(due) ? due : beijingDay(due));

/**
 * The year reports are being written about now: reports are drafted from December to March on the
 * year just ended, so from January to June that is last year (for examples and defaults).
 */
export const currentReportYear = (now = new Date()): number =>
  now.getMonth() < 6 ? now.getFullYear() - 1 : now.getFullYear();

/** A due date (YYYY-MM-DD or the instant ending that day) as 2027年3月1日, the day in China. */
export function formatChinaDate(value: string): string {
  const [y, m, d] = dueDay(value).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * An instant as Beijing time (YYYY-MM-DD HH:mm), whatever the browser's time zone: users compare
 * notification and event times with office hours in China, never with UTC.
 */
export function formatBeijingDateTime(value: string | Date): string {
  const ms = typeof value === 'string' ? Date.parse(value) : value.getTime();
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * The days a date entered in a workflow step may take (the 集体审议's meeting, the publication): from
 * 1 January of the report year to today in China, as the API checks (libs/workflow fields.ts).
 * `null` when no day qualifies yet: the report year has not begun (a walk, stop 47, picked days of
 * December 2026 for a 2027 report and was refused only after 确定).
 */
export function stepDateRange(
  reportYear: number,
  now: Date = new Date(),
): { from: string; to: string } | null {
  const from = `${String(reportYear).padStart(4, '0')}-01-01`;
  const to = beijingDay(now);
  return from <= to ? { from, to } : null;
}

/**
 * The report year a new campaign asks for unless changed: in January and February, when the year
 * just ended is being reported (its statutory date is in March), that year; from March this year's
 * (a campaign issued on 8 January for "this year" asks for a report nobody can finish, a walk,
 * stop 47; from March the year just ended is past its date and the form would open on a refusal).
 */
export const defaultCampaignYear = (now = new Date()): number =>
  now.getMonth() < 2 ? now.getFullYear() - 1 : now.getFullYear();
