import { InvalidLocalDateError } from './errors';
import {
  addDays,
  compareLocalDates,
  dayOfWeek,
  isLocalDate,
  isWeekend,
  parseLocalDate,
  yearOf,
} from './local-date';

const d = parseLocalDate;

describe('parseLocalDate', () => {
  it('accepts real dates, including 29 February of a leap year', () => {
    expect(d('2024-02-29')).toBe('2024-02-29');
    expect(d('2025-12-31')).toBe('2025-12-31');
  });

  it.each([
    '2023-02-30',
    '2023-02-29', // 2023 is not a leap year
    '2024-04-31',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '2024-9-1',
    ' 2024-01-01',
    '2024-01-01T00:00:00Z',
    '0050-01-01', // Date.UTC would read this as 1950
    '',
  ])('refuses %j', (input) => {
    expect(() => d(input)).toThrow(InvalidLocalDateError);
    expect(isLocalDate(input)).toBe(false);
  });

  it('names the bad input in the error', () => {
    expect(() => d('2023-02-30')).toThrow('"2023-02-30" is not a valid date in the form YYYY-MM-DD');
  });

  it('isLocalDate refuses non-strings', () => {
    expect(isLocalDate(20240101)).toBe(false);
    expect(isLocalDate(null)).toBe(false);
  });
});

describe('date arithmetic', () => {
  it('adds days across month, leap-day and year boundaries', () => {
    expect(addDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(d('2024-12-31'), 1)).toBe('2025-01-01');
    expect(addDays(d('2025-03-01'), -1)).toBe('2025-02-28');
    expect(addDays(d('2024-09-27'), 11)).toBe('2024-10-08');
  });

  it('knows the day of the week (0 = Sunday)', () => {
    expect(dayOfWeek(d('2024-09-27'))).toBe(5); // Friday
    expect(dayOfWeek(d('2024-09-29'))).toBe(0); // Sunday
    expect(isWeekend(d('2024-10-12'))).toBe(true); // Saturday
    expect(isWeekend(d('2024-10-08'))).toBe(false);
  });

  it('compares dates and reads the year', () => {
    expect(compareLocalDates(d('2024-09-27'), d('2024-10-08'))).toBeLessThan(0);
    expect(compareLocalDates(d('2024-10-08'), d('2024-10-08'))).toBe(0);
    expect(yearOf(d('2026-02-15'))).toBe(2026);
  });
});
