import { chinaDateText, chinaDateTimeShort, chinaDateTimeText, chinaDueText } from './china-display';
import { endOfDayInstant } from './china-time';
import { parseLocalDate } from './local-date';

describe('times as people in China read them', () => {
  it('a due date stored as its last UTC millisecond reads as that day, not the next', () => {
    const due = new Date('2026-12-09T15:59:59.999Z');
    expect(chinaDueText(due)).toBe('2026年12月9日');
    expect(chinaDueText(endOfDayInstant(parseLocalDate('2025-01-01')))).toBe('2025年1月1日');
  });

  it('a deadline at another time keeps its Beijing wall-clock time', () => {
    expect(chinaDueText(new Date('2026-12-09T09:00:00Z'))).toBe('2026年12月9日 17:00（北京时间）');
  });

  it('an instant after 16:00 UTC is already the next day in Beijing', () => {
    const instant = new Date('2026-12-31T16:30:00Z');
    expect(chinaDateTimeShort(instant)).toBe('2027-01-01 00:30');
    expect(chinaDateTimeText(instant)).toBe('2027-01-01 00:30（北京时间）');
    expect(chinaDateText(instant)).toBe('2027年1月1日');
  });

  it('a date is written as its date', () => {
    expect(chinaDateText(parseLocalDate('2026-02-27'))).toBe('2026年2月27日');
  });

  it('refuses what is not a time or a date', () => {
    expect(() => chinaDateTimeText(new Date('nonsense'))).toThrow(RangeError);
    expect(() => chinaDateText('2026-13-01' as never)).toThrow(RangeError);
  });
});
