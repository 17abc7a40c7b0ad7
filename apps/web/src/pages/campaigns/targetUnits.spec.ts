import { labelledTargets, withUnitsBelow } from './targetUnits';

// 昌吉州 ─ 呼图壁县人民政府 ─ 县委, 县人大常委会, 县交通运输局 ─ 县公路管理站; 玛纳斯县人民政府 ─ 县教育局
const units = [
  { id: 'cj', parentId: null },
  { id: 'htb', parentId: 'cj' },
  { id: 'htb-party', parentId: 'htb' },
  { id: 'htb-npc', parentId: 'htb' },
  { id: 'htb-transport', parentId: 'htb' },
  { id: 'htb-roads', parentId: 'htb-transport' },
  { id: 'mns', parentId: 'cj' },
  { id: 'mns-education', parentId: 'mns' },
];

describe('withUnitsBelow (连同下级单位一并勾选)', () => {
  it('adds every unit below a ticked one, at any depth, and nothing beside it', () => {
    expect(withUnitsBelow(['htb'], units)).toEqual([
      'htb',
      'htb-party',
      'htb-npc',
      'htb-transport',
      'htb-roads',
    ]);
  });

  it('keeps what was ticked first and names each unit once when ticked units overlap', () => {
    expect(withUnitsBelow(['htb-transport', 'htb'], units)).toEqual([
      'htb-transport',
      'htb',
      'htb-roads',
      'htb-party',
      'htb-npc',
    ]);
  });

  it('leaves a unit with nothing below as it is, and an empty choice empty', () => {
    expect(withUnitsBelow(['mns-education'], units)).toEqual(['mns-education']);
    expect(withUnitsBelow([], units)).toEqual([]);
  });

  it('stops on a cycle in the data instead of looping', () => {
    const cyclic = [
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
    ];
    expect(withUnitsBelow(['a'], cyclic)).toEqual(['a', 'b']);
  });
});

describe('labelledTargets', () => {
  it('names each id for the tree, and shows the id of a unit it cannot name', () => {
    const names = new Map([['htb', '呼图壁县人民政府']]);
    expect(labelledTargets(['htb', 'gone'], (id) => names.get(id))).toEqual([
      { value: 'htb', label: '呼图壁县人民政府' },
      { value: 'gone', label: 'gone' },
    ]);
  });
});
