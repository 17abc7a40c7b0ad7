import {
  chainShortfallOf,
  filterByChainShortfall,
  shortfallText,
  withChainShortfallColumn,
} from './board-chain-shortfall';

const ALL = { deliberation: true, legalReview: true, signOff: true };

describe('内部流程不符合要求 (board-chain-shortfall)', () => {
  it('names what the report’s path lacks of the campaign’s rules', () => {
    expect(chainShortfallOf({ id: 'without-legal-review', version: 2 }, ALL)).toEqual([
      { rule: 'legalReview', label: '法律顾问审查' },
    ]);
    expect(chainShortfallOf({ id: 'with-division-leader-without-legal-review', version: 2 }, ALL)).toEqual([
      { rule: 'legalReview', label: '法律顾问审查' },
    ]);
    // A joint report's path keeps what its single-unit path has, and lacks what it lacks.
    expect(chainShortfallOf({ id: 'without-legal-review-joint', version: 2 }, ALL)).toEqual([
      { rule: 'legalReview', label: '法律顾问审查' },
    ]);
  });

  it('finds nothing when the report’s path keeps the rules', () => {
    expect(
      chainShortfallOf({ id: 'without-legal-review', version: 2 }, { deliberation: true, signOff: true }),
    ).toEqual([]);
    expect(chainShortfallOf({ id: 'with-division-leader', version: 2 }, ALL)).toEqual([]);
    expect(chainShortfallOf({ id: 'default', version: 3 }, ALL)).toEqual([]);
  });

  it('filters and exports the rows that fall short', () => {
    const rows = [
      { name: 'a', chainShortfall: [{ rule: 'legalReview' as const, label: '法律顾问审查' }] },
      { name: 'b', chainShortfall: [] },
    ];
    expect(filterByChainShortfall(rows, true).map((r) => r.name)).toEqual(['a']);
    expect(filterByChainShortfall(rows, false).map((r) => r.name)).toEqual(['b']);
    expect(filterByChainShortfall(rows, undefined)).toHaveLength(2);
    expect(withChainShortfallColumn([['单位'], ['a'], ['b']], rows)).toEqual([
      ['单位', '内部流程不符合要求'],
      ['a', '缺少法律顾问审查'],
      ['b', ''],
    ]);
    expect(
      shortfallText([
        { rule: 'deliberation', label: '集体审议' },
        { rule: 'signOff', label: '主要负责人签发' },
      ]),
    ).toBe('缺少集体审议、主要负责人签发');
  });
});
