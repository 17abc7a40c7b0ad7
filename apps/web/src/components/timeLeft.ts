import { dueDay, formatChinaDate } from './dates';

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
  /**
   * The count runs through a year whose holiday schedule is not in force (unscheduledYearsOf): it
   * is stated as approximate (约), since that year's holidays are not in it.
   */
  provisional?: boolean;
}): string {
  const date = formatChinaDate(input.due);
  const days = input.workingDaysLeft;
  const dated = (text: string) => (input.dateShownBeside ? text : `${text}（${date}）`);
  const about = input.provisional ? '约' : '';
  if (days === null || days === undefined) return `截止 ${date}`;
  if (days < 0) return dated(`逾期${about} ${-days} 个工作日`);
  if (days === 0) return dated('今天到期');
  return dated(`剩余${about} ${days} 个工作日`);
}

/**
 * The years a working-day count between today and `due` runs through whose State Council holiday
 * schedule is not in force: the server counts them Monday to Friday, so 元旦 and 春节 of such a
 * year are counted as working days (a walk, stop 49: 2027's counts in December 2026). Empty when
 * the calendar is not known (no answer yet): nothing is claimed either way.
 */
export function unscheduledYearsOf(input: {
  due: string;
  today: string | undefined;
  scheduledYears: readonly number[] | undefined;
}): number[] {
  if (!input.today || !input.scheduledYears) return [];
  const [a, b] = [Number(input.today.slice(0, 4)), Number(dueDay(input.due).slice(0, 4))];
  const years: number[] = [];
  for (let y = Math.min(a, b); y <= Math.max(a, b); y++) if (!input.scheduledYears.includes(y)) years.push(y);
  return years;
}

/** The note beside a provisional count, in the words of the 节假日安排. */
export function unscheduledYearsNote(years: readonly number[]): string {
  return `${years.join('、')}年节假日安排尚未录入，工作日暂按周一至周五计算（未扣除法定节假日）`;
}

export function urgencyOf(workingDaysLeft: number | null | undefined): Urgency {
  if (workingDaysLeft === null || workingDaysLeft === undefined) return 'unknown';
  if (workingDaysLeft < 0) return 'overdue';
  return workingDaysLeft <= SOON_WORKING_DAYS ? 'soon' : 'in_time';
}
