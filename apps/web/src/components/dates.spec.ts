import { defaultCampaignYear, stepDateRange } from './dates';

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

describe('the report year a new campaign asks for by default', () => {
  it('is the year just ended in January and February, this year from March', () => {
    expect(defaultCampaignYear(new Date(2027, 0, 8))).toBe(2026);
    expect(defaultCampaignYear(new Date(2027, 1, 28))).toBe(2026);
    expect(defaultCampaignYear(new Date(2027, 2, 1))).toBe(2027);
    expect(defaultCampaignYear(new Date(2026, 11, 6))).toBe(2026);
  });
});
