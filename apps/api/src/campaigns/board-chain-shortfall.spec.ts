import {
  chainShortfallOf,
  chosenChain,
  filterByChainShortfall,
  shortfallText,
  withChainShortfallColumn,
} from './board-chain-shortfall';

const ALL = { deliberation: true, legalReview: true, signOff: true };

describe('内部流程不符合要求 (board-chain-shortfall)', () => {
  it('names what the chosen chain lacks of the campaign’s rules', () => {
    expect(chainShortfallOf('without-legal-review', ALL)).toEqual([
      { rule: 'legalReview', label: '法律顾问审查' },
    ]);
    expect(chainShortfallOf('with-division-leader-without-legal-review', ALL)).toEqual([
      { rule: 'legalReview', label: '法律顾问审查' },
    ]);
  });

  it('finds nothing when the chain keeps the rules, none is chosen, or the choice is no longer registered', () => {
    expect(chainShortfallOf('without-legal-review', { deliberation: true, signOff: true })).toEqual([]);
    expect(chainShortfallOf('with-division-leader', ALL)).toEqual([]);
    expect(chainShortfallOf(null, ALL)).toEqual([]);
    expect(chainShortfallOf('retired-path', ALL)).toEqual([]);
    expect(chosenChain('retired-path')).toBeNull();
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
