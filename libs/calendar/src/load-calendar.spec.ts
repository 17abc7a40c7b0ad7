import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CalendarDataError } from './errors';
import { loadCalendarFromDir } from './load-calendar';

const REAL_DIR = join(__dirname, '..', '..', '..', 'config', 'calendar');

const schedule = (year: number, holidays: unknown[] = []) => ({
  year,
  source: { title: `国务院办公厅关于${year}年部分节假日安排的通知` },
  holidays,
  workdays: [],
});

describe('loadCalendarFromDir', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'calendar-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function write(name: string, content: unknown): string {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  }

  it('loads the real config: 2021-2026 nationally plus Xinjiang', () => {
    const calendar = loadCalendarFromDir(REAL_DIR);
    expect(calendar.coveredYears()).toEqual(expect.arrayContaining([2021, 2022, 2023, 2024, 2025, 2026]));
    for (const year of [2022, 2023, 2024, 2025]) expect(calendar.regionCoversYear('65', year)).toBe(true);
  });

  it('loads a minimal directory without a regions folder', () => {
    write('cn-2030.json', schedule(2030, [{ date: '2030-10-01', name: '国庆节' }]));
    write('README.md', 'not data');
    const calendar = loadCalendarFromDir(dir);
    expect(calendar.coveredYears()).toEqual([2030]);
  });

  it('refuses a file with a malformed date, naming the file', () => {
    const path = write('cn-2030.json', schedule(2030, [{ date: '2030-02-30', name: '春节' }]));
    expect(() => loadCalendarFromDir(dir)).toThrow(CalendarDataError);
    expect(() => loadCalendarFromDir(dir)).toThrow(
      `${path}: holidays[0].date "2030-02-30" is not a valid date`,
    );
  });

  it('refuses a date outside the year of the file', () => {
    const path = write('regions/xinjiang-2030.json', {
      ...schedule(2030, [{ date: '2031-01-01', name: '肉孜节' }]),
      region: '65',
      regionName: '新疆维吾尔自治区',
    });
    write('cn-2030.json', schedule(2030));
    expect(() => loadCalendarFromDir(dir)).toThrow(
      `${path}: holidays[0].date 2031-01-01 is outside the file's year 2030`,
    );
  });

  it('refuses a year that disagrees with the file name', () => {
    const path = write('cn-2031.json', schedule(2030));
    expect(() => loadCalendarFromDir(dir)).toThrow(`${path}: "year" is 2030 but the file name says 2031`);
  });

  it('refuses misnamed and unparsable files instead of skipping them', () => {
    const misnamed = write('cn2030.json', schedule(2030));
    expect(() => loadCalendarFromDir(dir)).toThrow(`${misnamed}: file name must look like cn-YYYY.json`);
    rmSync(misnamed);
    const broken = write('cn-2030.json', '{ "year": 2030, ');
    expect(() => loadCalendarFromDir(dir)).toThrow(`${broken}: is not valid JSON`);
  });

  it('refuses two files for the same region and year', () => {
    write('cn-2030.json', schedule(2030));
    const region = { ...schedule(2030), region: '65', regionName: '新疆维吾尔自治区' };
    write('regions/xinjiang-2030.json', region);
    write('regions/xj-2030.json', region);
    expect(() => loadCalendarFromDir(dir)).toThrow(/region 65 is given twice/);
  });

  it('refuses a directory without any national schedule', () => {
    expect(() => loadCalendarFromDir(dir)).toThrow(`${dir}: contains no cn-YYYY.json holiday schedule`);
  });
});
