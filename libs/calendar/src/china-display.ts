/**
 * Instants as people in China read them. Every text a person reads (inbox, email, webhook, exports,
 * error messages) shows Beijing time; JSON fields for machines stay ISO 8601 UTC.
 */
import { CHINA_UTC_OFFSET_MINUTES, endOfDayInstant, localDateOf } from './china-time';
import { isLocalDate, type LocalDate } from './local-date';

const OFFSET_MS = CHINA_UTC_OFFSET_MINUTES * 60_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** Wall-clock parts of `instant` in Beijing time. */
function chinaParts(instant: Date) {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date passed to the calendar');
  const shifted = new Date(instant.getTime() + OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/** "2026-12-09 23:59" in Beijing time: for tables (CSV/XLSX) whose header says 北京时间. */
export function chinaDateTimeShort(instant: Date): string {
  const p = chinaParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** "2026-12-09 23:59（北京时间）": a moment in a sentence. */
export function chinaDateTimeText(instant: Date): string {
  return `${chinaDateTimeShort(instant)}（北京时间）`;
}

/**
 * "2026年12月9日": a due date. Takes the date itself, or the instant a due date stands for
 * (the end of that day in China), which must not read as the next morning's UTC date.
 */
export function chinaDateText(date: LocalDate | Date): string {
  if (typeof date === 'string') {
    if (!isLocalDate(date)) throw new RangeError(`"${date}" is not a date YYYY-MM-DD`);
    const [year, month, day] = date.split('-').map(Number);
    return `${year}年${month}月${day}日`;
  }
  const p = chinaParts(date);
  return `${p.year}年${p.month}月${p.day}日`;
}

/**
 * A deadline as people read it: "2026年12月9日" when it is the end of that day in China (every due
 * date and working-day limit is), otherwise "2026年12月9日 17:00（北京时间）".
 */
export function chinaDueText(dueAt: Date): string {
  const date = localDateOf(dueAt);
  if (endOfDayInstant(date).getTime() === dueAt.getTime()) return chinaDateText(date);
  const p = chinaParts(dueAt);
  return `${chinaDateText(date)} ${pad(p.hour)}:${pad(p.minute)}（北京时间）`;
}
