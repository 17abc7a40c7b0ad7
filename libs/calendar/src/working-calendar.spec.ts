import { join, resolve as resolvePath } from 'node:path';
import { RegionalYearSchedule, YearSchedule } from './calendar-data';
import { CalendarDataError, CalendarYearMissingError } from './errors';
import { loadCalendarFromDir } from './load-calendar';
import { addDays, parseLocalDate } from './local-date';
import { WorkingCalendar } from './working-calendar';

const d = parseLocalDate;
const calendar = loadCalendarFromDir(join(__dirname, '..', '..', '..', 'config', 'calendar'));
const XINJIANG = ['65'];

describe('WorkingCalendar on the real 2021-2026 schedules', () => {
  describe('National Day 2024 (1-7 Oct off, Sun 29 Sep and Sat 12 Oct worked)', () => {
    it('counts 3 working days from Friday 27 September 2024 across the holiday week', () => {
      // 1st = Sun 29 Sep (调休上班), 2nd = Mon 30 Sep, then 1-7 Oct off, 3rd = Tue 8 Oct.
      expect(calendar.addWorkingDays(d('2024-09-27'), 1)).toBe('2024-09-29');
      expect(calendar.addWorkingDays(d('2024-09-27'), 2)).toBe('2024-09-30');
      expect(calendar.addWorkingDays(d('2024-09-27'), 3)).toBe('2024-10-08');
    });

    it('explains the swapped Sunday and the holiday', () => {
      expect(calendar.describeDay(d('2024-09-29'))).toEqual({
        date: '2024-09-29',
        isWorkingDay: true,
        kind: 'swapped-workday',
        name: '国庆节',
      });
      expect(calendar.describeDay(d('2024-10-03'))).toMatchObject({
        isWorkingDay: false,
        kind: 'holiday',
        name: '国庆节',
      });
      expect(calendar.describeDay(d('2024-09-28'))).toMatchObject({ isWorkingDay: false, kind: 'weekend' });
      expect(calendar.describeDay(d('2024-10-12'))).toMatchObject({
        isWorkingDay: true,
        kind: 'swapped-workday',
      });
      expect(calendar.describeDay(d('2024-10-08'))).toMatchObject({ isWorkingDay: true, kind: 'weekday' });
    });
  });

  // Spring Festival of every year: [date, working?] around the holiday, per the State Council notices.
  it.each([
    ['2021-02-07', true], // Sun worked
    ['2021-02-10', true], // the day before the holiday
    ['2021-02-11', false],
    ['2021-02-17', false],
    ['2021-02-20', true], // Sat worked
    ['2022-01-29', true], // Sat worked
    ['2022-01-30', true], // Sun worked
    ['2022-01-31', false],
    ['2022-02-06', false],
    ['2022-02-07', true],
    ['2023-01-20', true],
    ['2023-01-21', false],
    ['2023-01-27', false],
    ['2023-01-28', true], // Sat worked
    ['2023-01-29', true], // Sun worked
    ['2024-02-04', true], // Sun worked
    ['2024-02-09', true], // 除夕: only "encouraged" off, officially a working day
    ['2024-02-10', false],
    ['2024-02-17', false],
    ['2024-02-18', true], // Sun worked
    ['2025-01-26', true], // Sun worked
    ['2025-01-28', false], // from 2025 the holiday starts on 除夕
    ['2025-02-04', false],
    ['2025-02-08', true], // Sat worked
    ['2026-02-14', true], // Sat worked
    ['2026-02-15', false],
    ['2026-02-23', false], // 9 days, to Monday 23 Feb
    ['2026-02-24', true],
    ['2026-02-28', true], // Sat worked
  ] as const)('Spring Festival: %s is a working day: %s', (date, working) => {
    expect(calendar.isWorkingDay(d(date))).toBe(working);
  });

  it('has the 2025 schedule with the two extra statutory days', () => {
    expect(calendar.isWorkingDay(d('2025-01-01'))).toBe(false);
    expect(calendar.isWorkingDay(d('2025-05-05'))).toBe(false); // 劳动节 now 5 days
    expect(calendar.isWorkingDay(d('2025-04-27'))).toBe(true); // Sun worked
    expect(calendar.isWorkingDay(d('2025-05-10'))).toBe(false); // no second swap in 2025
    expect(calendar.isWorkingDay(d('2025-09-28'))).toBe(true);
    expect(calendar.isWorkingDay(d('2025-10-08'))).toBe(false); // 国庆节+中秋节: 8 days
    expect(calendar.isWorkingDay(d('2025-10-11'))).toBe(true);
    expect(calendar.addWorkingDays(d('2025-09-30'), 1)).toBe('2025-10-09');
  });

  it('has the 2026 schedule', () => {
    expect(calendar.describeDay(d('2026-01-04'))).toMatchObject({ isWorkingDay: true, name: '元旦' });
    expect(calendar.isWorkingDay(d('2026-01-02'))).toBe(false);
    expect(calendar.isWorkingDay(d('2026-05-09'))).toBe(true);
    expect(calendar.isWorkingDay(d('2026-06-19'))).toBe(false); // 端午节
    expect(calendar.isWorkingDay(d('2026-09-20'))).toBe(true);
    expect(calendar.isWorkingDay(d('2026-09-25'))).toBe(false); // 中秋节
    expect(calendar.isWorkingDay(d('2026-10-07'))).toBe(false);
    expect(calendar.isWorkingDay(d('2026-10-10'))).toBe(true);
  });

  it('handles schedules that cross a year end and other swaps', () => {
    expect(calendar.describeDay(d('2022-12-31'))).toMatchObject({
      isWorkingDay: false,
      kind: 'holiday',
      name: '元旦',
    });
    expect(calendar.isWorkingDay(d('2023-01-02'))).toBe(false);
    expect(calendar.addWorkingDays(d('2021-12-30'), 2)).toBe('2022-01-04'); // Fri 31 Dec, then 1-3 Jan off
    expect(calendar.isWorkingDay(d('2022-04-02'))).toBe(true); // 清明节 Saturday swap
    expect(calendar.isWorkingDay(d('2023-06-25'))).toBe(true); // 端午节 Sunday swap
    expect(calendar.isWorkingDay(d('2023-10-07'))).toBe(true);
  });

  describe('regional holidays (Xinjiang, region "65")', () => {
    it('a 古尔邦节 day is a working day nationally but not in Xinjiang', () => {
      expect(calendar.isWorkingDay(d('2025-06-09'))).toBe(true);
      expect(calendar.isWorkingDay(d('2025-06-09'), XINJIANG)).toBe(false);
      expect(calendar.describeDay(d('2025-06-09'), XINJIANG)).toEqual({
        date: '2025-06-09',
        isWorkingDay: false,
        kind: 'regional-holiday',
        name: '古尔邦节',
        region: '65',
      });
      expect(calendar.isWorkingDay(d('2023-06-28'), ['31', '65'])).toBe(false);
    });

    it('肉孜节 days off in Xinjiang only', () => {
      expect(calendar.isWorkingDay(d('2023-04-21'), XINJIANG)).toBe(false);
      expect(calendar.isWorkingDay(d('2024-04-10'), XINJIANG)).toBe(false);
      expect(calendar.isWorkingDay(d('2024-04-10'))).toBe(true);
      expect(calendar.isWorkingDay(d('2025-03-31'), XINJIANG)).toBe(false);
    });

    it('other regions are unaffected', () => {
      expect(calendar.isWorkingDay(d('2025-06-09'), ['31'])).toBe(true);
    });

    it('counts deadlines around the regional holiday', () => {
      // Thu 5 Jun 2025: nationally the next working day is Fri 6 Jun; in Xinjiang 6-10 Jun are off.
      expect(calendar.addWorkingDays(d('2025-06-05'), 1)).toBe('2025-06-06');
      expect(calendar.addWorkingDays(d('2025-06-05'), 1, XINJIANG)).toBe('2025-06-11');
      expect(calendar.workingDaysBetween(d('2025-06-05'), d('2025-06-11'), XINJIANG)).toBe(1);
      expect(calendar.workingDaysBetween(d('2025-06-05'), d('2025-06-11'))).toBe(4);
    });

    it('reports which region years are loaded', () => {
      expect(calendar.regionCoversYear('65', 2025)).toBe(true);
      expect(calendar.regionCoversYear('65', 2020)).toBe(false);
      expect(calendar.regionCoversYear('31', 2025)).toBe(false);
    });
  });

  describe('counting conventions', () => {
    it('n = 0 keeps a working day and moves a day off forward', () => {
      expect(calendar.addWorkingDays(d('2024-09-29'), 0)).toBe('2024-09-29');
      expect(calendar.addWorkingDays(d('2024-10-03'), 0)).toBe('2024-10-08');
      expect(calendar.addWorkingDays(d('2024-09-28'), 0)).toBe('2024-09-29');
    });

    it('subtracts working days, mirroring addWorkingDays', () => {
      expect(calendar.subtractWorkingDays(d('2024-10-08'), 3)).toBe('2024-09-27');
      expect(calendar.subtractWorkingDays(d('2024-10-08'), 1)).toBe('2024-09-30');
      expect(calendar.subtractWorkingDays(d('2024-10-03'), 0)).toBe('2024-09-30');
      expect(calendar.subtractWorkingDays(d('2024-10-08'), 0)).toBe('2024-10-08');
    });

    it('finds the next and previous working days', () => {
      expect(calendar.nextWorkingDay(d('2024-09-30'))).toBe('2024-10-08');
      expect(calendar.nextWorkingDay(d('2024-09-27'))).toBe('2024-09-29');
      expect(calendar.previousWorkingDay(d('2024-10-08'))).toBe('2024-09-30');
    });

    it('workingDaysBetween is signed: days left, due today, days overdue', () => {
      expect(calendar.workingDaysBetween(d('2024-09-27'), d('2024-10-08'))).toBe(3);
      expect(calendar.workingDaysBetween(d('2024-10-08'), d('2024-09-27'))).toBe(-3);
      expect(calendar.workingDaysBetween(d('2024-10-08'), d('2024-10-08'))).toBe(0);
      expect(calendar.workingDaysBetween(d('2024-10-01'), d('2024-10-07'))).toBe(0); // only holidays
      expect(calendar.workingDaysBetween(d('2024-09-30'), d('2024-10-08'))).toBe(1);
      expect(calendar.workingDaysBetween(d('2024-10-08'), d('2024-09-30'))).toBe(-1); // 1 working day overdue
    });

    it('workingDaysBetween inverts addWorkingDays', () => {
      for (let n = 1; n <= 30; n++) {
        const due = calendar.addWorkingDays(d('2025-01-20'), n);
        expect(calendar.workingDaysBetween(d('2025-01-20'), due)).toBe(n);
      }
    });

    it.each([-1, 1.5, Number.NaN])('refuses the count %p', (n) => {
      expect(() => calendar.addWorkingDays(d('2024-09-27'), n)).toThrow(RangeError);
      expect(() => calendar.subtractWorkingDays(d('2024-09-27'), n)).toThrow(RangeError);
    });
  });

  describe('years without data', () => {
    it('reports coverage', () => {
      expect(calendar.coveredYears()).toEqual(expect.arrayContaining([2021, 2022, 2023, 2024, 2025, 2026]));
      expect(calendar.coversYear(2026)).toBe(true);
      expect(calendar.coversYear(2020)).toBe(false);
    });

    it('refuses to guess, naming the year and the file to add', () => {
      expect(() => calendar.isWorkingDay(d('2020-05-06'))).toThrow(CalendarYearMissingError);
      expect(() => calendar.isWorkingDay(d('2020-05-06'))).toThrow(/config\/calendar\/cn-2020\.json/);
    });

    it('refuses when counting runs past the last loaded year', () => {
      // Computed, so this test keeps working when a new year is added.
      const lastYear = Math.max(...calendar.coveredYears());
      let caught: unknown;
      try {
        calendar.addWorkingDays(d(`${lastYear}-12-30`), 5);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(CalendarYearMissingError);
      expect(caught).toMatchObject({
        year: lastYear + 1,
        expectedFile: `config/calendar/cn-${lastYear + 1}.json`,
      });
    });
  });
});

describe('WorkingCalendar precedence between regional and national days', () => {
  const day = (date: string, name: string) => ({ date: d(date), name });
  // Partial schedules taken from real notices: nationally, Sun 28 Sep and Sat 11 Oct 2014 were worked;
  // Xinjiang gave them off for 古尔邦节 (10 月 5 日) and made 1-8 Oct one holiday.
  const national2014: YearSchedule = {
    year: 2014,
    source: { title: '国务院办公厅关于2014年部分节假日安排的通知' },
    holidays: ['2014-10-01', '2014-10-02', '2014-10-03', '2014-10-06', '2014-10-07'].map((date) =>
      day(date, '国庆节'),
    ),
    workdays: [day('2014-09-28', '国庆节'), day('2014-10-11', '国庆节')],
  };
  const xinjiang2014: RegionalYearSchedule = {
    region: '65',
    regionName: '新疆维吾尔自治区',
    year: 2014,
    source: { title: '2014年国庆节、古尔邦节放假通知' },
    holidays: [day('2014-09-28', '古尔邦节'), day('2014-10-08', '古尔邦节'), day('2014-10-11', '古尔邦节')],
    // Not in that notice: a made-up worked Saturday to exercise regional working days.
    workdays: [day('2014-09-20', '古尔邦节')],
  };
  const calendar2014 = new WorkingCalendar([national2014], [xinjiang2014]);

  it('a regional holiday wins over a national swapped working day', () => {
    expect(calendar2014.isWorkingDay(d('2014-09-28'))).toBe(true);
    expect(calendar2014.describeDay(d('2014-09-28'), ['65'])).toMatchObject({
      isWorkingDay: false,
      kind: 'regional-holiday',
    });
    expect(calendar2014.addWorkingDays(d('2014-09-30'), 1)).toBe('2014-10-08');
    expect(calendar2014.addWorkingDays(d('2014-09-30'), 1, ['65'])).toBe('2014-10-09');
  });

  it('a regional worked weekend day is a working day only in that region', () => {
    expect(calendar2014.isWorkingDay(d('2014-09-20'))).toBe(false);
    expect(calendar2014.describeDay(d('2014-09-20'), ['65'])).toMatchObject({
      isWorkingDay: true,
      kind: 'regional-workday',
    });
  });

  it('is immutable and refuses a year given twice', () => {
    expect(Object.isFrozen(calendar2014)).toBe(true);
    expect(() => new WorkingCalendar([national2014, national2014])).toThrow(CalendarDataError);
  });
});

describe('a year without State Council data', () => {
  it('throws by default and counts Monday to Friday when asked to', () => {
    const dir = resolvePath(__dirname, '../../../config/calendar');
    const strict = loadCalendarFromDir(dir);
    expect(() => strict.addWorkingDays(parseLocalDate('2031-03-06'), 1)).toThrow(/2031/);
    const lenient = loadCalendarFromDir(dir, { missingYears: 'weekdays' });
    // Friday 6 March 2031 -> Monday 9 March.
    expect(lenient.addWorkingDays(parseLocalDate('2031-03-06'), 2)).toBe('2031-03-10');
  });
});

describe('workingDaysBetween counts without walking every day', () => {
  const dir = join(__dirname, '..', '..', '..', 'config', 'calendar');
  const lenient = loadCalendarFromDir(dir, { missingYears: 'weekdays' });
  const walked = (cal: WorkingCalendar, from: string, to: string, regions: string[]) => {
    // The definition itself: the working days in (from, to], signed.
    const [a, b] = from <= to ? [from, to] : [to, from];
    let count = 0;
    for (let day = addDays(d(a), 1); day <= b; day = addDays(day, 1)) {
      if (cal.isWorkingDay(day, regions)) count++;
    }
    return from <= to ? count : -count;
  };

  it('agrees with a day-by-day count across holidays, swapped days and Xinjiang’s own days', () => {
    // Deterministic pseudo-random ranges over the covered years, both directions, with and without the region.
    let seed = 20261205;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 300; i++) {
      const from = addDays(d('2021-09-01'), next(5 * 365 - 250));
      const to = addDays(from, next(500) - 250);
      const regions = i % 2 === 0 ? XINJIANG : [];
      expect([from, to, calendar.workingDaysBetween(from, to, regions)]).toEqual([
        from,
        to,
        walked(calendar, from, to, regions),
      ]);
    }
  });

  it('counts a span of decades past the covered years as plain Monday to Friday', () => {
    expect(lenient.workingDaysBetween(d('2027-01-01'), d('2126-12-31'))).toBe(
      walked(lenient, '2027-01-01', '2126-12-31', []),
    );
    // To the last date there is, in both directions (an extension granted to 9999-12-31).
    const far = lenient.workingDaysBetween(d('2026-12-05'), d('9999-12-31'));
    expect(far).toBeGreaterThan(2_080_000);
    expect(lenient.workingDaysBetween(d('9999-12-31'), d('2026-12-05'))).toBe(-far);
  });

  it('still refuses a range that runs into a year without a schedule, on the strict calendar', () => {
    expect(() => calendar.workingDaysBetween(d('2026-12-01'), d('2031-01-10'))).toThrow(
      CalendarYearMissingError,
    );
  });
});
