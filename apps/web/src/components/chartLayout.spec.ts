import { fitLabel, shownTicks, textWidth } from './chartLayout';

describe('chart layout (walk P14: labels ran together and off the chart)', () => {
  it('measures CJK characters a full em and digits about 0.62 em', () => {
    expect(textWidth('集体审议')).toBe(48);
    expect(textWidth('01-26')).toBe(Math.ceil(5 * 12 * 0.62));
    expect(textWidth('（市、区）', 14)).toBe(70);
  });

  it('keeps a label that fits and cuts one that does not, ending in …', () => {
    expect(fitLabel('主要负责人签发', 84)).toBe('主要负责人签发');
    const cut = fitLabel('党委主要负责人签发', 80);
    expect(cut).toBe('党委主要负责…');
    expect(textWidth(cut)).toBeLessThanOrEqual(80);
  });

  it('labels the first and the last day and, between them, as many as fit without touching', () => {
    // 22 days 14 px apart, labels 38 px wide and 10 apart: every fourth day.
    expect(shownTicks(22, 14, 38)).toEqual([0, 4, 8, 12, 16, 21]);
    // The regular label next to the last gives way to it.
    expect(shownTicks(20, 14, 38)).toEqual([0, 4, 8, 12, 19]);
    // Room for every day.
    expect(shownTicks(5, 60, 38)).toEqual([0, 1, 2, 3, 4]);
  });

  it('labels no two days closer than a label’s width', () => {
    for (const count of [2, 7, 13, 30, 45])
      for (const step of [3, 8, 15, 40]) {
        const ticks = shownTicks(count, step, 38);
        expect(ticks[ticks.length - 1]).toBe(count - 1);
        for (let i = 1; i < ticks.length; i++)
          expect((ticks[i] - ticks[i - 1]) * step).toBeGreaterThanOrEqual(48);
      }
  });

  it('one day: its label alone', () => {
    expect(shownTicks(1, 0, 38)).toEqual([0]);
    expect(shownTicks(0, 0, 38)).toEqual([]);
  });
});
