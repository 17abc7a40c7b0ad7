import type { LocalDate } from '@app/calendar';
import { withUrgeColumn } from './urge-column';
import { waitsForUnit } from '@app/reports';
import { planUrge, urgeMessageOf, type UrgeFacts } from './urge-plan';

const today = '2197-03-02' as LocalDate;
const facts = (over: Partial<UrgeFacts> = {}): UrgeFacts => ({
  campaignStatus: 'active',
  target: { unitName: '催办县交通运输局', receipt: null },
  pressedToday: null,
  anyoneToTell: true,
  today,
  ...over,
});
const first = { id: 'u1', at: new Date('2197-03-02T01:30:00Z'), byName: '张三' };

describe('planUrge: may the issuing office press (催办) this target now', () => {
  it('allows a target not yet submitted here', () => {
    expect(planUrge(facts())).toEqual({ ok: true });
  });

  it('allows a target whose report this campaign returned', () => {
    expect(planUrge(facts({ target: { unitName: 'x', receipt: 'returned' } }))).toEqual({ ok: true });
  });

  it('refuses a target that sent its report here (received or accepted)', () => {
    for (const receipt of ['received', 'accepted'] as const)
      expect(planUrge(facts({ target: { unitName: 'x', receipt } }))).toEqual({
        ok: false,
        problem: { kind: 'nothing_to_do', unitName: 'x', receipt },
      });
  });

  it('refuses a second press of the same China day, naming the first', () => {
    expect(planUrge(facts({ pressedToday: first }))).toEqual({
      ok: false,
      problem: { kind: 'already_today', unitName: '催办县交通运输局', first },
    });
  });

  it('answers a withdrawn campaign first, then a unit that is not a target', () => {
    expect(planUrge(facts({ campaignStatus: 'withdrawn', target: null }))).toEqual({
      ok: false,
      problem: { kind: 'withdrawn' },
    });
    expect(planUrge(facts({ target: null, pressedToday: first }))).toEqual({
      ok: false,
      problem: { kind: 'not_target' },
    });
  });

  it('waitsForUnit: only nothing dispatched or returned', () => {
    expect([null, 'returned', 'received', 'accepted'].map((r) => waitsForUnit(r as never))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('urgeMessageOf trims, and stores nothing for blank', () => {
    expect(urgeMessageOf('  请于周五前报送  ')).toBe('请于周五前报送');
    expect(urgeMessageOf('   ')).toBeNull();
    expect(urgeMessageOf(undefined)).toBeNull();
  });
});

describe('withUrgeColumn: the exports’ 最近催办', () => {
  it('gives the latest press in China time with the count, and nothing for a unit never pressed', () => {
    expect(
      withUrgeColumn(
        [['单位'], ['甲'], ['乙']],
        [
          { lastUrgedAt: '2197-03-02T01:30:00.000Z', urgeCount: 2 },
          { lastUrgedAt: null, urgeCount: 0 },
        ],
      ),
    ).toEqual([
      ['单位', '最近催办'],
      ['甲', '2197-03-02 09:30（共2次）'],
      ['乙', ''],
    ]);
  });

  it('refuses a unit nobody in the system can be told about, after the other reasons', () => {
    expect(planUrge(facts({ anyoneToTell: false }))).toEqual({
      ok: false,
      problem: { kind: 'nobody_to_tell', unitName: '催办县交通运输局' },
    });
    expect(planUrge(facts({ anyoneToTell: false, pressedToday: first })).ok).toBe(false);
    expect(planUrge(facts({ anyoneToTell: false, pressedToday: first }))).toMatchObject({
      problem: { kind: 'already_today' },
    });
  });
});
