import { recipientGroupText, unresolvedText } from './recipientGroups';

const none = { main: [], copy: [] };
const government = {
  targets: [{ name: '呼图壁县' }],
  main: [{ name: '呼图壁县委' }, { name: '呼图壁县人大常委会' }],
  copy: [],
  external: none,
};
const bureaus = {
  targets: [{ name: '呼图壁县交通运输局' }, { name: '呼图壁县市场监督管理局' }],
  main: [{ name: '呼图壁县委' }, { name: '呼图壁县' }],
  copy: [{ name: '依法治县办' }],
  external: none,
};

describe('recipientGroupText', () => {
  it('names a lone target and its 主送, without a 抄送 it does not have', () => {
    expect(recipientGroupText(government)).toBe('呼图壁县：主送 呼图壁县委、呼图壁县人大常委会');
  });

  it('counts several targets and adds their 抄送', () => {
    expect(recipientGroupText(bureaus)).toBe(
      '呼图壁县交通运输局等2个单位：主送 呼图壁县委、呼图壁县；抄送 依法治县办',
    );
  });

  it('prints bodies outside the tree after the units, and a named 抄送 instead of the group’s', () => {
    const region = {
      targets: [{ name: '自治区党委' }],
      main: [],
      copy: [],
      external: { main: [{ name: '党中央' }, { name: '国务院' }], copy: [{ name: '中央依法治国办' }] },
    };
    expect(recipientGroupText(region)).toBe('自治区党委：主送 党中央、国务院；抄送 中央依法治国办');
    expect(recipientGroupText(bureaus, [])).toBe('呼图壁县交通运输局等2个单位：主送 呼图壁县委、呼图壁县');
  });
});

describe('what the directory lacks', () => {
  const missing = [{ label: '本级人大常委会' }];

  it('is said on the group’s line', () => {
    expect(recipientGroupText({ ...government, main: [{ name: '玛纳斯县委' }], unresolved: missing })).toBe(
      '呼图壁县：主送 玛纳斯县委（系统中尚无：本级人大常委会）',
    );
  });

  it('is a warning naming the unit to add, and nothing when nothing is missing', () => {
    expect(unresolvedText(missing)).toMatch(/^报送路径中的本级人大常委会尚未在系统中建立/);
    expect(unresolvedText([])).toBeNull();
    expect(unresolvedText(undefined)).toBeNull();
  });
});
