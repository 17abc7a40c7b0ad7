import type { LocalDate } from '@app/calendar';
import { AppError } from '@app/common';
import { noticeDate } from './notice-date';

const context = { today: '2026-12-07' as LocalDate, reportYear: 2026 };
const refusal = (given: string) => {
  try {
    noticeDate(given as LocalDate, context);
  } catch (error) {
    return error as AppError;
  }
  throw new Error(`${given} was taken`);
};

describe('the date on a notice (issuedOn)', () => {
  it('is today when none is given, and any day of the report year up to today otherwise', () => {
    expect(noticeDate(null, context)).toBe('2026-12-07');
    expect(noticeDate('2026-12-07' as LocalDate, context)).toBe('2026-12-07');
    expect(noticeDate('2026-01-01' as LocalDate, context)).toBe('2026-01-01');
  });

  it('refuses a later day and a day before the report year, naming the field', () => {
    for (const [given, says] of [
      ['2026-12-08', 'later than today (2026-12-07 in China)'],
      ['2027-01-05', 'later than today'],
      ['2025-12-31', 'before 2026-01-01'],
      ['2019-01-01', 'before 2026-01-01'],
    ]) {
      const error = refusal(given);
      expect(error.statusCode).toBe(400);
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.message).toContain(says);
      expect(error.details).toEqual({ fields: [expect.stringMatching(/^issuedOn: /)] });
    }
  });

  it('takes today for a year not begun yet, as the default does, and nothing earlier', () => {
    const ahead = { today: '2026-12-07' as LocalDate, reportYear: 2027 };
    expect(noticeDate('2026-12-07' as LocalDate, ahead)).toBe('2026-12-07');
    expect(noticeDate(null, ahead)).toBe('2026-12-07');
    expect(() => noticeDate('2026-12-06' as LocalDate, ahead)).toThrow(/before 2027-01-01/);
  });
});
