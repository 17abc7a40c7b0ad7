import { stepDateRange } from './dates';

describe('the days a step may be dated', () => {
  it('runs from 1 January of the report year to today in China', () => {
    // 2026-12-31 20:00 UTC is already 1 January 2027 in China.
    expect(stepDateRange(2026, new Date('2026-12-31T20:00:00Z'))).toEqual({
      from: '2026-01-01',
      to: '2027-01-01',
    });
    expect(stepDateRange(2027, new Date('2026-12-31T20:00:00Z'))).toEqual({
      from: '2027-01-01',
      to: '2027-01-01',
    });
  });

  it('has no day at all while the report year has not begun', () => {
    expect(stepDateRange(2027, new Date('2026-12-06T03:00:00Z'))).toBeNull();
  });
});
