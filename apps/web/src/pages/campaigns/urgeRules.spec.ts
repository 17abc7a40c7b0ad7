import { urgedTodayText, waitsForUnit } from './urgeRules';

describe('催办 on the board', () => {
  it('is offered for a unit not yet submitted here or returned, never for one received or accepted', () => {
    expect(
      [null, 'returned', 'received', 'accepted'].map((receipt) => waitsForUnit({ receipt } as never)),
    ).toEqual([true, true, false, false]);
  });

  it('says 今日已催办 HH:mm (Beijing time) for a press of today, nothing for an earlier day or none', () => {
    // 2199-02-20 23:30 in Beijing is 15:30 UTC: still the 20th there.
    expect(urgedTodayText({ lastUrgedAt: '2199-02-20T15:30:00.000Z' }, '2199-02-20')).toBe(
      '今日已催办 23:30',
    );
    expect(urgedTodayText({ lastUrgedAt: '2199-02-20T16:30:00.000Z' }, '2199-02-20')).toBeNull();
    expect(urgedTodayText({ lastUrgedAt: null }, '2199-02-20')).toBeNull();
  });
});
