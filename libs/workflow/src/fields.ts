import { ACTION_FIELDS, type ActionField, type ActionInput } from './types';

/** Fields whose value is a calendar date; everything else only has to be non-blank. */
const DATE_FIELDS: readonly ActionField[] = ['meetingDate', 'publicationDate'];

export function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

export function describeField(field: ActionField): string {
  return `${field} (${ACTION_FIELDS[field]})`;
}

/**
 * A document number as official documents print it (GB/T 9704): issuer's code, the year in
 * 六角括号 〔〕, the sequence number and 号, e.g. 呼交发〔2026〕3号.
 */
export function isDocumentNumber(value: string): boolean {
  return /^[^\s〔〕]{1,30}〔\d{4}〕[1-9]\d{0,5}号$/.test(value.trim());
}

/** Strict YYYY-MM-DD that names a day that exists (no 2023-02-30, no 2023-2-3). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Plain arithmetic rather than Date, which maps years 0-99 to 1900-1999 and depends on time zones. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export type FieldProblem =
  { kind: 'missing'; fields: ActionField[] } | { kind: 'invalid'; fields: ActionField[]; message: string };

/**
 * Missing fields are reported together (one round trip for the user); format problems only after
 * that. Every date field sent is checked, required or not: whatever is sent is recorded.
 */
export function checkRequiredFields(required: ActionField[], input: ActionInput): FieldProblem | null {
  const values = input.fields ?? {};
  const missing = required.filter((field) => isBlank(values[field]));
  if (missing.length > 0) return { kind: 'missing', fields: missing };

  const sentDates = DATE_FIELDS.filter((field) => required.includes(field) || !isBlank(values[field]));
  const problems = sentDates.flatMap((field) => {
    const problem = dateProblem(field, values[field] ?? '', input.dates);
    return problem ? [{ field, problem }] : [];
  });
  const cleared = input.dates?.clearedMeeting;
  if (cleared && !isBlank(values.meetingDate) && !problems.some((p) => p.field === 'meetingDate')) {
    // Strict YYYY-MM-DD strings compare like the dates they name.
    if (values.meetingDate!.trim() < cleared.date)
      problems.push({
        field: 'meetingDate',
        problem:
          `meetingDate must not be before ${cleared.date}, the meeting whose record the return cleared: ` +
          `the report is deliberated again at a new meeting, got ${values.meetingDate!.trim()}`,
      });
  }
  if (cleared && !isBlank(values.minutesNumber) && sameNumber(values.minutesNumber!, cleared.minutesNumber))
    problems.push({
      field: 'minutesNumber',
      problem:
        `minutesNumber "${values.minutesNumber!.trim()}" is the number of the meeting whose record the return ` +
        `cleared: the new meeting's minutes have their own number`,
    });
  const documentNumber = values.documentNumber;
  // Like dates, a 文号 is checked whenever it is sent: whatever is sent is recorded.
  if (documentNumber !== undefined && !isBlank(documentNumber)) {
    const problem = isDocumentNumber(documentNumber)
      ? documentYearProblem(documentNumber, input.dates)
      : `documentNumber must look like 呼交发〔2026〕3号 (issuer code, year in 〔〕, number, 号), got "${documentNumber}"`;
    if (problem) problems.push({ field: 'documentNumber', problem });
  }
  if (problems.length === 0) return null;
  return {
    kind: 'invalid',
    fields: problems.map((p) => p.field),
    message: problems.map((p) => p.problem).join('; '),
  };
}

/** Two document numbers alike but for spaces and the kind of brackets around the year. */
function sameNumber(a: string, b: string): boolean {
  const plain = (n: string) =>
    n
      .replace(/\s+/gu, '')
      .replace(/[[【［(（〔]/gu, '〔')
      .replace(/[\]】］)）〕]/gu, '〕');
  return plain(a) === plain(b);
}

/**
 * The year of a 文号 is the year the document is signed: for the report on a year, that year or a
 * later one up to today's. 〔2025〕 on a 2026 report sent in December 2026 is a typo the format let
 * through (scenario test, stop 53), and the 文号 is printed on the document and kept for good.
 */
function documentYearProblem(documentNumber: string, dates: ActionInput['dates']): string | null {
  if (!dates) return null;
  const year = Number(/〔(\d{4})〕/.exec(documentNumber)![1]);
  const thisYear = Number(dates.today.slice(0, 4));
  if (year >= dates.reportYear && year <= thisYear) return null;
  const range =
    dates.reportYear === thisYear ? `〔${thisYear}〕` : `〔${dates.reportYear}〕 to 〔${thisYear}〕`;
  return `documentNumber's year 〔${year}〕 must be ${range}: the year the report on ${dates.reportYear} is signed, not later than this year (China time)`;
}

/** A real day, within the report year's start and today when those are known. */
function dateProblem(field: ActionField, value: string, dates: ActionInput['dates']): string | null {
  if (!isCalendarDate(value)) return `${field} must be a real date as YYYY-MM-DD, got "${value}"`;
  if (!dates) return null;
  const earliest = `${String(dates.reportYear).padStart(4, '0')}-01-01`;
  // Strict YYYY-MM-DD strings compare like the dates they name.
  if (value < earliest || value > dates.today) {
    return (
      `${field} must be between ${earliest} (the start of report year ${dates.reportYear}) ` +
      `and ${dates.today} (today, China time), got ${value}`
    );
  }
  return null;
}
