import { formatChinaDate } from './dates';

/** How urgent a due date is, for its colour: overdue, within 3 working days, or in time. */
export type Urgency = 'overdue' | 'soon' | 'in_time' | 'unknown';

/** Within this many working days a deadline shows as soon (the board's yellow light uses 3 too). */
const SOON_WORKING_DAYS = 3;

/**
 * The one way the console states time left (#19): working days from the server's regional
 * calendar, with the date, e.g. 剩余 12 个工作日（2027年3月1日）. Without a count (no calendar
 * answer) only the date is stated, never a guess in calendar days.
 */
export function timeLeftText(input: {
  due: string;
  workingDaysLeft: number | null | undefined;
  /** The date is printed right beside the text (the board's 截止日期 column): not said twice. */
  dateShownBeside?: boolean;
}): string {
  const date = formatChinaDate(input.due);
  const days = input.workingDaysLeft;
  const dated = (text: string) => (input.dateShownBeside ? text : `${text}（${date}）`);
  if (days === null || days === undefined) return `截止 ${date}`;
  if (days < 0) return dated(`逾期 ${-days} 个工作日`);
  if (days === 0) return dated('今天到期');
  return dated(`剩余 ${days} 个工作日`);
}

export function urgencyOf(workingDaysLeft: number | null | undefined): Urgency {
  if (workingDaysLeft === null || workingDaysLeft === undefined) return 'unknown';
  if (workingDaysLeft < 0) return 'overdue';
  return workingDaysLeft <= SOON_WORKING_DAYS ? 'soon' : 'in_time';
}
