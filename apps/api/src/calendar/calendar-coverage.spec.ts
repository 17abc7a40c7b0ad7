import { join } from 'node:path';
import { loadCalendarFromDir, parseLocalDate } from '@app/calendar';
import { missingSchedules } from './calendar-coverage';

const calendar = loadCalendarFromDir(join(__dirname, '../../../../config/calendar'), {
  missingYears: 'weekdays',
});

describe('missingSchedules: which years the console warns about', () => {
  it('names next year from 1 December only, and a missing current year always', () => {
    const national = { national: true, regions: [] };
    // config/calendar has 2021-2026.
    expect(missingSchedules(calendar, parseLocalDate('2026-11-30'), national)).toEqual([
      { region: null, year: 2027, warnFrom: '2026-12-01', warn: false },
    ]);
    expect(missingSchedules(calendar, parseLocalDate('2026-12-01'), national)).toEqual([
      { region: null, year: 2027, warnFrom: '2026-12-01', warn: true },
    ]);
    expect(missingSchedules(calendar, parseLocalDate('2027-01-01'), national)).toEqual([
      { region: null, year: 2027, warnFrom: '2027-01-01', warn: true },
      { region: null, year: 2028, warnFrom: '2027-12-01', warn: false },
    ]);
    expect(missingSchedules(calendar, parseLocalDate('2025-12-15'), national)).toEqual([]);
  });

  it("lists a region's missing years only for the scopes asked for", () => {
    const today = parseLocalDate('2025-12-15');
    expect(missingSchedules(calendar, today, { national: false, regions: ['65'] })).toEqual([
      { region: '65', year: 2026, warnFrom: '2025-12-01', warn: true },
    ]);
    expect(missingSchedules(calendar, today, { national: false, regions: [] })).toEqual([]);
  });
});
