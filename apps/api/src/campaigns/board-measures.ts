import { compareLocalDates, endOfDayInstant, type LocalDate } from '@app/calendar';
import type { WorkingDayCounter } from './board-rows';

/**
 * Two measures the supervision record keeps beside the board's status (see board-rows.ts for the
 * status itself): lateness against the notice's date and against the extended date, and the
 * public disclosure (公开) by the campaign's disclosure date. Pure, over plain facts.
 */

/** Lateness against one due date: on time or how many working days late; null while not submitted. */
export interface LatenessMeasure {
  dueDate: LocalDate;
  onTime: boolean | null;
  workingDaysLate: number | null;
}

export interface Lateness {
  /** Against the notice's date (campaign_targets.original_due_date): an extension never changes it. */
  againstNotice: LatenessMeasure;
  /** Against the date in force after extensions (campaign_targets.due_date). */
  againstExtended: LatenessMeasure;
}

function measure(
  submittedAt: Date | null,
  dueDate: LocalDate,
  counter: WorkingDayCounter,
  regions: readonly string[],
): LatenessMeasure {
  if (!submittedAt) return { dueDate, onTime: null, workingDaysLate: null };
  if (submittedAt.getTime() <= counter.endOfDay(dueDate))
    return { dueDate, onTime: true, workingDaysLate: null };
  const late = -counter.between(counter.dayOf(submittedAt), dueDate, regions);
  return { dueDate, onTime: false, workingDaysLate: Math.max(late, 1) };
}

/** Both measures of one submission (`submittedAt` null while the report has not gone up). */
export function latenessOf(
  facts: {
    submittedAt: Date | null;
    originalDueDate: LocalDate;
    dueDate: LocalDate;
    regions: readonly string[];
  },
  counter: WorkingDayCounter,
): Lateness {
  return {
    againstNotice: measure(facts.submittedAt, facts.originalDueDate, counter, facts.regions),
    againstExtended: measure(facts.submittedAt, facts.dueDate, counter, facts.regions),
  };
}

/** 已公开 / 未公开 / 逾期未公开. */
export const DISCLOSURE_COLUMNS = ['published', 'not_published', 'overdue_unpublished'] as const;
export type DisclosureColumn = (typeof DISCLOSURE_COLUMNS)[number];

export interface BoardDisclosure {
  column: DisclosureColumn;
  dueDate: LocalDate;
  publishedOn: LocalDate | null;
  /** Published after the disclosure date (the 通报 names it too); null while not published. */
  publishedLate: boolean | null;
  url: string | null;
}

export function disclosureOf(input: {
  publication: { publishedOn: LocalDate; firstPublishedOn?: LocalDate; url: string } | null;
  disclosureDate: LocalDate;
  now: Date;
}): BoardDisclosure {
  const { publication, disclosureDate } = input;
  // The duty was met, or not, by the first publication: a corrected text published again later
  // does not make an on-time unit late (review, stop 57). The address is the current one.
  const publishedOn = publication ? (publication.firstPublishedOn ?? publication.publishedOn) : null;
  if (publication && publishedOn)
    return {
      column: 'published',
      dueDate: disclosureDate,
      publishedOn,
      publishedLate: compareLocalDates(publishedOn, disclosureDate) > 0,
      url: publication.url,
    };
  const overdue = input.now.getTime() > endOfDayInstant(disclosureDate).getTime();
  return {
    column: overdue ? 'overdue_unpublished' : 'not_published',
    dueDate: disclosureDate,
    publishedOn: null,
    publishedLate: null,
    url: null,
  };
}

export interface MeasureTotals {
  /** 按时报送率 against the notice's date, 0..1 (4 decimals); null without targets. */
  onTimeRateAgainstNotice: number | null;
  /** 按时报送率 against the extended dates. */
  onTimeRateAgainstExtended: number | null;
  submittedLateAgainstNotice: number;
  submittedLateAgainstExtended: number;
  published: number;
  publishedLate: number;
  notPublished: number;
  overdueUnpublished: number;
}

const rate = (count: number, of: number) => (of ? Math.round((count / of) * 10_000) / 10_000 : null);

export function measureTotals(
  rows: ReadonlyArray<{ lateness: Lateness; disclosure: BoardDisclosure }>,
): MeasureTotals {
  const count = (test: (row: { lateness: Lateness; disclosure: BoardDisclosure }) => boolean) =>
    rows.filter(test).length;
  return {
    onTimeRateAgainstNotice: rate(
      count((r) => r.lateness.againstNotice.onTime === true),
      rows.length,
    ),
    onTimeRateAgainstExtended: rate(
      count((r) => r.lateness.againstExtended.onTime === true),
      rows.length,
    ),
    submittedLateAgainstNotice: count((r) => r.lateness.againstNotice.onTime === false),
    submittedLateAgainstExtended: count((r) => r.lateness.againstExtended.onTime === false),
    published: count((r) => r.disclosure.column === 'published'),
    publishedLate: count((r) => r.disclosure.publishedLate === true),
    notPublished: count((r) => r.disclosure.column === 'not_published'),
    overdueUnpublished: count((r) => r.disclosure.column === 'overdue_unpublished'),
  };
}

export const DISCLOSURE_LABEL: Record<DisclosureColumn, string> = {
  published: '已公开',
  not_published: '未公开',
  overdue_unpublished: '逾期未公开',
};

/** The export's extra columns (after the board's own), one source for CSV and XLSX. */
export const MEASURE_HEADERS = [
  '按通知日期是否按时',
  '按通知日期逾期工作日',
  '按延期后日期是否按时',
  '按延期后日期逾期工作日',
  '公开情况',
  '公开日期',
] as const;

export function measureCells(row: { lateness: Lateness; disclosure: BoardDisclosure }): string[] {
  const yesNo = (v: boolean | null) => (v === null ? '' : v ? '是' : '否');
  const days = (v: number | null) => (v === null ? '' : String(v));
  return [
    yesNo(row.lateness.againstNotice.onTime),
    days(row.lateness.againstNotice.workingDaysLate),
    yesNo(row.lateness.againstExtended.onTime),
    days(row.lateness.againstExtended.workingDaysLate),
    DISCLOSURE_LABEL[row.disclosure.column] + (row.disclosure.publishedLate ? '（逾期公开）' : ''),
    row.disclosure.publishedOn ?? '',
  ];
}

/** `notYetDue`: no target's due date has passed, so no on-time rate is given (未到期). */
export function measureSummaryLines(
  totals: MeasureTotals,
  notYetDue = false,
): Array<[string, string | number]> {
  const percent = (v: number | null) => (notYetDue ? '未到期' : v === null ? '' : `${(v * 100).toFixed(1)}%`);
  return [
    ['按时报送率（按通知日期）', percent(totals.onTimeRateAgainstNotice)],
    ['按时报送率（按延期后日期）', percent(totals.onTimeRateAgainstExtended)],
    ['逾期报送（按通知日期）', totals.submittedLateAgainstNotice],
    ['逾期报送（按延期后日期）', totals.submittedLateAgainstExtended],
    ['已公开', totals.published],
    ['其中逾期公开', totals.publishedLate],
    ['未公开', totals.notPublished],
    ['逾期未公开', totals.overdueUnpublished],
  ];
}

/** The export table (board-export.ts) with the two measures and the disclosure appended to every line. */
export function withMeasureColumns(
  table: string[][],
  rows: ReadonlyArray<{ lateness: Lateness; disclosure: BoardDisclosure }>,
): string[][] {
  const [headers, ...lines] = table;
  return [[...headers, ...MEASURE_HEADERS], ...lines.map((line, i) => [...line, ...measureCells(rows[i])])];
}

/** The board filter on the disclosure column (absent: every row). */
export function filterByDisclosure<R extends { disclosure: BoardDisclosure }>(
  rows: R[],
  column: DisclosureColumn | undefined,
): R[] {
  return column ? rows.filter((row) => row.disclosure.column === column) : rows;
}
