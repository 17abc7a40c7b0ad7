import dayjs, { type Dayjs } from 'dayjs';
import type { ApiError } from '../../api/client';
import type { Campaign } from '../../api/openapi.gen';

/** 年度报告, or a national demonstration area's additional 示范地区年度报告 (a report of its own). */
export type ReportLine = Campaign['reportLine'];

/**
 * Regulation (厅字〔2019〕28号): report the past year by 1 March (a demonstration area's additional
 * report by 31 January); publish by 1 April.
 */
export const regulationDueDate = (reportYear: number, line: ReportLine = 'annual') =>
  dayjs(line === 'demonstration_area' ? `${reportYear + 1}-01-31` : `${reportYear + 1}-03-01`);
export const regulationDisclosure = (reportYear: number) => dayjs(`${reportYear + 1}-04-01`);

/**
 * The due dates a campaign may set, as the API checks them: not before today (in China), not after
 * the regulation date (a campaign may only ask earlier), and when cascading not after the campaign
 * above. Units with a later statutory date (a provincial government) are issued with 按法定日期.
 */
export function dueDateRange(input: {
  reportYear: number;
  reportLine?: ReportLine;
  parentDue?: string | null;
  today?: Dayjs;
}) {
  const today = (input.today ?? dayjs()).startOf('day');
  const regulation = regulationDueDate(input.reportYear, input.reportLine);
  const parent = input.parentDue ? dayjs(input.parentDue) : null;
  const latest = parent && parent.isBefore(regulation) ? parent : regulation;
  return { earliest: today, latest };
}

/**
 * What the 报送截止日期 field says when the date chosen is outside `range`. When the range is empty
 * (the year's statutory date is already past) no date can be met, so it says the period is over.
 */
export function dueRangeMessage(range: { earliest: Dayjs; latest: Dayjs }, reportYear: number): string {
  const day = (d: Dayjs) => d.format('YYYY年M月D日');
  if (range.earliest.isAfter(range.latest, 'day')) {
    return `${reportYear}年度报告的法定报送期限（${day(range.latest)}）已过，请选择其他报告年度`;
  }
  return `应在 ${day(range.earliest)} 至 ${day(range.latest)} 之间`;
}

/** Disclosure comes after the report is submitted and by the statutory 1 April. */
export function disclosureRange(input: { reportYear: number; dueDate?: Dayjs | null; today?: Dayjs }) {
  const today = (input.today ?? dayjs()).startOf('day');
  const due = input.dueDate?.startOf('day');
  return {
    earliest: due && due.isAfter(today) ? due : today,
    latest: regulationDisclosure(input.reportYear),
  };
}

export const outside = (day: Dayjs, range: { earliest: Dayjs; latest: Dayjs }) =>
  day.isBefore(range.earliest, 'day') || day.isAfter(range.latest, 'day');

/** Which form field an API refusal is about, so its message stands beside that field. */
export function fieldOfError(error: ApiError): 'dueDate' | 'disclosureDate' | 'unitIds' | 'title' | null {
  const field = typeof error.details.field === 'string' ? error.details.field : '';
  if (error.code === 'DATE_IN_PAST') return field === 'disclosureDate' ? 'disclosureDate' : 'dueDate';
  if (error.code === 'DUE_DATE_AFTER_REGULATION' || error.code === 'DUE_DATE_AFTER_PARENT') return 'dueDate';
  if (
    error.code === 'NO_TARGETS' ||
    error.code === 'TARGET_EXISTS' ||
    error.code === 'NOT_A_DEMONSTRATION_AREA'
  )
    return 'unitIds';
  if (/disclosureDate/.test(error.serverMessage)) return 'disclosureDate';
  if (/dueDate/.test(error.serverMessage)) return 'dueDate';
  return null;
}
