import { join } from 'node:path';
import { CalendarDataError } from './errors';
import { readCalendarDir } from './load-calendar';
import { parseLocalDate as d } from './local-date';
import { calendarWithOverrides, parseNationalOverride, parseRegionalOverride } from './schedule-overrides';

const REAL_DIR = join(__dirname, '..', '..', '..', 'config', 'calendar');

const national = (year: number, holidays: unknown[] = [], workdays: unknown[] = []) => ({
  year,
  source: { title: `国务院办公厅关于${year}年部分节假日安排的通知` },
  holidays,
  workdays,
});

describe('entered schedules (console / API) on top of the built-in files', () => {
  it('validates an entered national year exactly like a file, naming the entry', () => {
    expect(() => parseNationalOverride(national(2027, [{ date: '2027-02-30', name: '春节' }]), 2027)).toThrow(
      'cn-2027.json: holidays[0].date "2027-02-30" is not a valid date (YYYY-MM-DD)',
    );
    expect(() => parseNationalOverride({ ...national(2027), holiday: [] }, 2027)).toThrow(
      'cn-2027.json: file has unknown key(s) holiday',
    );
    expect(() =>
      parseNationalOverride(national(2027, [], [{ date: '2027-02-10', name: '春节' }]), 2027),
    ).toThrow('not a Saturday or Sunday');
    expect(() => parseNationalOverride(national(2028), 2027)).toThrow(
      'cn-2027.json: "year" is 2028 but the year it is entered for says 2027',
    );
    expect(() => parseNationalOverride('not an object', 2027)).toThrow(CalendarDataError);
  });

  it('refuses a regional schedule whose region differs from the one it is entered for', () => {
    const body = { ...national(2027), region: '65', regionName: '新疆维吾尔自治区' };
    expect(parseRegionalOverride(body, '65', 2027).region).toBe('65');
    expect(() => parseRegionalOverride(body, '54', 2027)).toThrow(
      'regions/54-2027.json: "region" is "65" but it is entered for region "54"',
    );
  });

  it('adds a missing year and replaces the built-in file of a year that has one', () => {
    const builtIn = readCalendarDir(REAL_DIR);
    const spring2027 = parseNationalOverride(
      national(2027, [{ date: '2027-02-08', name: '春节' }], [{ date: '2027-02-06', name: '春节' }]),
      2027,
    );
    // 2025's built-in file has 1 October off; the entered 2025 has only 2 October.
    const other2025 = parseNationalOverride(national(2025, [{ date: '2025-10-02', name: '国庆节' }]), 2025);
    const calendar = calendarWithOverrides(builtIn, { national: [spring2027, other2025], regional: [] });

    expect(calendar.coversYear(2027)).toBe(true);
    expect(calendar.isWorkingDay(d('2027-02-08'))).toBe(false);
    expect(calendar.isWorkingDay(d('2027-02-06'))).toBe(true);
    expect(calendar.isWorkingDay(d('2025-10-01'))).toBe(true);
    expect(calendar.isWorkingDay(d('2025-10-02'))).toBe(false);
    // Untouched built-in years and the regional files stay.
    expect(calendar.isWorkingDay(d('2026-02-16'))).toBe(false);
    expect(calendar.regionCoversYear('65', 2025)).toBe(true);
    expect(calendar.coveredRegions()).toEqual(['65']);
  });

  it('replaces a region year and keeps the other regions and years', () => {
    const builtIn = readCalendarDir(REAL_DIR);
    const xinjiang2025 = parseRegionalOverride(
      { ...national(2025, [{ date: '2025-06-11', name: '古尔邦节' }]), region: '65', regionName: '新疆' },
      '65',
      2025,
    );
    const calendar = calendarWithOverrides(builtIn, { national: [], regional: [xinjiang2025] });
    expect(calendar.isWorkingDay(d('2025-06-09'), ['65'])).toBe(true);
    expect(calendar.isWorkingDay(d('2025-06-11'), ['65'])).toBe(false);
    expect(calendar.isWorkingDay(d('2025-03-31'), ['65'])).toBe(true);
    expect(calendar.regionCoversYear('65', 2024)).toBe(true);
  });
});
