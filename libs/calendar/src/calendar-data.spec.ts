import { parseRegionalYearSchedule, parseYearSchedule } from './calendar-data';
import { CalendarDataError } from './errors';

const FILE = 'config/calendar/cn-2024.json';

function national(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    year: 2024,
    source: {
      title: '国务院办公厅关于2024年部分节假日安排的通知',
      number: '国办发明电〔2023〕7号',
      issuedOn: '2023-10-25',
    },
    holidays: [{ date: '2024-10-01', name: '国庆节' }],
    workdays: [{ date: '2024-09-29', name: '国庆节' }],
    ...overrides,
  };
}

function expectRefused(json: unknown, message: RegExp): void {
  expect(() => parseYearSchedule(json, FILE)).toThrow(CalendarDataError);
  expect(() => parseYearSchedule(json, FILE)).toThrow(message);
}

describe('parseYearSchedule', () => {
  it('accepts a well-formed year', () => {
    const schedule = parseYearSchedule(national(), FILE);
    expect(schedule.year).toBe(2024);
    expect(schedule.holidays).toEqual([{ date: '2024-10-01', name: '国庆节', note: undefined }]);
    expect(schedule.source.issuedOn).toBe('2023-10-25');
  });

  it('refuses a malformed date, naming the file and the entry', () => {
    expectRefused(
      national({ holidays: [{ date: '2024-02-30', name: '春节' }] }),
      /^config\/calendar\/cn-2024\.json: holidays\[0\]\.date "2024-02-30" is not a valid date/,
    );
    expectRefused(
      national({ holidays: [{ date: '2024/10/01', name: '国庆节' }] }),
      /cn-2024\.json: holidays\[0\]\.date/,
    );
  });

  it("refuses a date outside the file's year", () => {
    expectRefused(
      national({ workdays: [{ date: '2023-10-07', name: '国庆节' }] }),
      /workdays\[0\]\.date 2023-10-07 is outside the file's year 2024/,
    );
  });

  it('refuses a worked day that is not a weekend day', () => {
    expectRefused(
      national({ workdays: [{ date: '2024-10-08', name: '国庆节' }] }),
      /2024-10-08, which is not a Saturday/,
    );
  });

  it('refuses a date listed twice or as both holiday and working day', () => {
    expectRefused(
      national({ workdays: [{ date: '2024-10-01', name: '国庆节' }] }),
      /2024-10-01 is listed more than once/,
    );
  });

  it('refuses unknown and missing keys (a misspelt key would drop data silently)', () => {
    expectRefused({ ...national(), holiday: [] }, /file has unknown key\(s\) holiday/);
    const { workdays: _dropped, ...withoutWorkdays } = national();
    expectRefused(withoutWorkdays, /file is missing workdays/);
    expectRefused(national({ source: { number: 'x' } }), /source is missing title/);
  });

  it('refuses wrong types', () => {
    expectRefused(national({ year: '2024' }), /year must be a four-digit year/);
    expectRefused(national({ holidays: {} }), /holidays must be an array/);
    expectRefused(
      national({ holidays: [{ date: '2024-10-01', name: '' }] }),
      /holidays\[0\]\.name must be a non-empty string/,
    );
    expectRefused([], /file must be an object/);
  });
});

describe('parseRegionalYearSchedule', () => {
  const regional = (region: string) => ({
    region,
    regionName: '新疆维吾尔自治区',
    year: 2025,
    source: { title: '新疆维吾尔自治区人民政府办公厅关于2025年节假日放假和冬夏季作息时间安排的通知' },
    holidays: [{ date: '2025-06-09', name: '古尔邦节' }],
    workdays: [],
  });

  it('accepts a region file', () => {
    const schedule = parseRegionalYearSchedule(regional('65'), 'regions/xinjiang-2025.json');
    expect(schedule).toMatchObject({
      region: '65',
      year: 2025,
      holidays: [{ date: '2025-06-09', name: '古尔邦节' }],
    });
  });

  it.each(['6', 'XJ', '650', '65010203'])('refuses the region code %j', (code) => {
    expect(() => parseRegionalYearSchedule(regional(code), 'regions/xinjiang-2025.json')).toThrow(
      /regions\/xinjiang-2025\.json: region .* must be a 2, 4 or 6 digit division code prefix/,
    );
  });
});
