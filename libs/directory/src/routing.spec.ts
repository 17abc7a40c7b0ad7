import {
  bodiesAskingThrough,
  dueDateOf,
  functionOf,
  recipientsAskedBy,
  recipientsAskedByAll,
  reportingLinesOf,
  type Recipient,
  type RoutingUnit,
} from './routing';

// A hand-written tree in the documented shape: each level's 党委 and 人大常委会 under its
// government, the 依法治X办 under the 党委. 呼图壁县 is a national demonstration area; 玛纳斯县 has no
// 人大常委会 in the directory yet.
const units: RoutingUnit[] = [];
function add(
  id: string,
  parent: string | null,
  kind: RoutingUnit['kind'],
  level: RoutingUnit['level'],
  name: string,
  demonstrationArea = false,
): RoutingUnit {
  const unit: RoutingUnit = { id, parentId: parent, name, kind, level, demonstrationArea };
  units.push(unit);
  return unit;
}
add('xj', null, 'government', 'province', '新疆维吾尔自治区');
add('xj-party', 'xj', 'party_committee', 'province', '自治区党委');
add('xj-congress', 'xj', 'congress_standing_committee', 'province', '自治区人大常委会');
add('xj-office', 'xj-party', 'rule_of_law_office', 'province', '依法治区办');
add('xj-justice', 'xj', 'justice_bureau', 'province', '新疆维吾尔自治区司法厅');
add('xj-transport', 'xj', 'department', 'province', '新疆维吾尔自治区交通运输厅');
add('cj', 'xj', 'government', 'prefecture', '昌吉回族自治州');
add('cj-party', 'cj', 'party_committee', 'prefecture', '昌吉州委');
add('cj-congress', 'cj', 'congress_standing_committee', 'prefecture', '昌吉州人大常委会');
add('cj-office', 'cj-party', 'rule_of_law_office', 'prefecture', '依法治州办');
add('cj-justice', 'cj', 'justice_bureau', 'prefecture', '昌吉州司法局');
add('cj-transport', 'cj', 'department', 'prefecture', '昌吉州交通运输局');
add('cj-market', 'cj', 'department', 'prefecture', '昌吉州市场监督管理局');
add('htb', 'cj', 'government', 'county', '呼图壁县', true);
add('htb-party', 'htb', 'party_committee', 'county', '呼图壁县委');
add('htb-congress', 'htb', 'congress_standing_committee', 'county', '呼图壁县人大常委会');
add('htb-office', 'htb-party', 'rule_of_law_office', 'county', '依法治县办');
add('htb-justice', 'htb', 'justice_bureau', 'county', '呼图壁县司法局');
add('htb-transport', 'htb', 'department', 'county', '呼图壁县交通运输局');
add('htb-market', 'htb', 'department', 'county', '呼图壁县市场监督管理局');
add('wgt', 'htb', 'government', 'township', '五工台镇');
add('wgt-party', 'wgt', 'party_committee', 'township', '五工台镇党委');
add('wgt-office', 'wgt', 'department', 'township', '五工台镇综合办');
add('mns', 'cj', 'government', 'county', '玛纳斯县');
add('mns-party', 'mns', 'party_committee', 'county', '玛纳斯县委');

const byId = new Map(units.map((u) => [u.id, u]));
function ancestorsOf(unit: RoutingUnit): RoutingUnit[] {
  const chain: RoutingUnit[] = [];
  for (let id = unit.parentId; id; id = byId.get(id)!.parentId) chain.unshift(byId.get(id)!);
  return chain;
}
const nameOf = (r: Recipient): string => (r.type === 'unit' ? r.unit.name : r.name);

/** One line as the rules table reads: kind, 主送, 抄送, due date for report year 2025. */
function linesOf(id: string): string[] {
  const unit = byId.get(id)!;
  return reportingLinesOf({ unit, ancestors: ancestorsOf(unit), around: units }).map(
    (line) =>
      `${line.kind} | ${line.main.map(nameOf).join('、')} | ${line.copies.map(nameOf).join('、') || '—'} | ${dueDateOf(line.dueDate, 2025)}` +
      (line.unresolved.length ? ` | missing ${line.unresolved.join(', ')}` : ''),
  );
}

describe('reportingLinesOf: the rules table of 厅字〔2019〕28号, row by row', () => {
  it.each<[string, string, string[]]>([
    // row 1: a government department at county level and above
    [
      'county department',
      'htb-transport',
      ['department | 呼图壁县委、呼图壁县、昌吉州交通运输局 | 依法治县办 | 2026-03-01'],
    ],
    [
      'county department, function with 市 in it',
      'htb-market',
      ['department | 呼图壁县委、呼图壁县、昌吉州市场监督管理局 | 依法治县办 | 2026-03-01'],
    ],
    [
      'county justice bureau (a department too)',
      'htb-justice',
      ['department | 呼图壁县委、呼图壁县、昌吉州司法局 | 依法治县办 | 2026-03-01'],
    ],
    [
      'prefecture department (厅 above reads as 局)',
      'cj-transport',
      ['department | 昌吉州委、昌吉回族自治州、新疆维吾尔自治区交通运输厅 | 依法治州办 | 2026-03-01'],
    ],
    [
      'provincial department (one level up is outside the tree)',
      'xj-transport',
      ['department | 自治区党委、新疆维吾尔自治区、国务院有关部门 | 依法治区办 | 2026-03-01'],
    ],
    ['township department: not in the table', 'wgt-office', []],
    // rows 2 and 3: governments report to their own level, and (below a province) one level up
    [
      'prefecture government',
      'cj',
      [
        'government_to_own_level | 昌吉州委、昌吉州人大常委会 | — | 2026-03-01',
        'party_and_government_to_level_up | 自治区党委、新疆维吾尔自治区 | 依法治区办 | 2026-03-01',
      ],
    ],
    [
      'county government without a 人大常委会 in the directory',
      'mns',
      [
        'government_to_own_level | 玛纳斯县委 | — | 2026-03-01 | missing own_level_congress_standing_committee',
        'party_and_government_to_level_up | 昌吉州委、昌吉回族自治州 | 依法治州办 | 2026-03-01',
      ],
    ],
    // row 3: party committees one level up
    [
      'county party committee',
      'htb-party',
      ['party_and_government_to_level_up | 昌吉州委、昌吉回族自治州 | 依法治州办 | 2026-03-01'],
    ],
    [
      'prefecture party committee',
      'cj-party',
      ['party_and_government_to_level_up | 自治区党委、新疆维吾尔自治区 | 依法治区办 | 2026-03-01'],
    ],
    [
      'township government (row 2 starts at county)',
      'wgt',
      ['party_and_government_to_level_up | 呼图壁县委、呼图壁县 | 依法治县办 | 2026-03-01'],
    ],
    [
      'township party committee',
      'wgt-party',
      ['party_and_government_to_level_up | 呼图壁县委、呼图壁县 | 依法治县办 | 2026-03-01'],
    ],
    // row 4: the province reports to the centre by 1 April
    [
      'provincial government',
      'xj',
      [
        'government_to_own_level | 自治区党委、自治区人大常委会 | — | 2026-03-01',
        'provincial_party_and_government | 党中央、国务院 | 中央依法治国办 | 2026-04-01',
      ],
    ],
    [
      'provincial party committee',
      'xj-party',
      ['provincial_party_and_government | 党中央、国务院 | 中央依法治国办 | 2026-04-01'],
    ],
    // row 5: a demonstration area adds a line; its other lines and its departments keep 1 March
    [
      'demonstration county government',
      'htb',
      [
        'government_to_own_level | 呼图壁县委、呼图壁县人大常委会 | — | 2026-03-01',
        'party_and_government_to_level_up | 昌吉州委、昌吉回族自治州 | 依法治州办 | 2026-03-01',
        'demonstration_area | 依法治区办、中央依法治国办 | — | 2026-01-31',
      ],
    ],
    // receivers that do not report under the table
    ['依法治X办', 'htb-office', []],
    ['人大常委会', 'htb-congress', []],
  ])('%s', (_label, id, expected) => {
    expect(linesOf(id)).toEqual(expected);
  });

  it('finds the units around from the ancestors alone when they are passed as `around`', () => {
    const unit = byId.get('htb-transport')!;
    const around = units.filter((u) => ['xj', 'cj', 'htb', 'htb-party'].includes(u.parentId ?? ''));
    const [line] = reportingLinesOf({ unit, ancestors: ancestorsOf(unit), around });
    expect(line.main.map(nameOf)).toEqual(['呼图壁县委', '呼图壁县', '昌吉州交通运输局']);
    expect(line.copies.map(nameOf)).toEqual(['依法治县办']);
  });
});

describe('functionOf', () => {
  it('drops the place name in front and reads a provincial 厅 as 局', () => {
    expect(functionOf('呼图壁县交通运输局', '呼图壁县')).toBe('交通运输局');
    expect(functionOf('昌吉州交通运输局', '昌吉回族自治州')).toBe('交通运输局');
    expect(functionOf('木垒哈萨克自治县交通运输局', '木垒县')).toBe('交通运输局');
    expect(functionOf('新疆维吾尔自治区交通运输厅', '新疆维吾尔自治区')).toBe('交通运输局');
    expect(functionOf('昌吉州市场监督管理局', '昌吉回族自治州')).toBe('市场监督管理局');
    expect(functionOf('财政局', '呼图壁县')).toBe('财政局');
  });

  it('reads a bare level word in front as the place (州交通运输局, 县交通运输局), not the start of 市场监督管理局', () => {
    expect(functionOf('州交通运输局', '昌吉回族自治州')).toBe('交通运输局');
    expect(functionOf('县交通运输局', '某县')).toBe('交通运输局');
    expect(functionOf('市市场监督管理局', '某市')).toBe('市场监督管理局');
    expect(functionOf('市场监督管理局', '某市')).toBe('市场监督管理局');
    expect(functionOf('县委', '某县')).toBe('县委');
  });
});

describe('recipientsAskedBy: the default 主送/抄送 of a campaign, per target and issuer', () => {
  /** 'main | copies' of the part of the target's lines the issuer asks for; null when on none. */
  function askedOf(targetId: string, issuerId: string, housedOfficeIds: string[] = []): string | null {
    const target = byId.get(targetId)!;
    const issuer = byId.get(issuerId)!;
    const bodies = bodiesAskingThrough({
      issuer,
      parent: issuer.parentId ? byId.get(issuer.parentId)! : null,
      housedOffices: housedOfficeIds.map((id) => byId.get(id)!),
    });
    const lines = reportingLinesOf({ unit: target, ancestors: ancestorsOf(target), around: units });
    const asked = recipientsAskedBy(lines, bodies);
    if (!asked) return null;
    return `${asked.main.map((u) => u.name).join('、')} | ${asked.copies.map((u) => u.name).join('、') || '—'}`;
  }

  it.each([
    // target, issuer, housed offices, expected
    ['依法治县办 → county bureau', 'htb-transport', 'htb-office', [], '呼图壁县委、呼图壁县 | 依法治县办'],
    ['州交通运输局 → county bureau', 'htb-transport', 'cj-transport', [], '昌吉州交通运输局 | —'],
    ['县政府 → its own bureau', 'htb-transport', 'htb', [], '呼图壁县委、呼图壁县 | 依法治县办'],
    ['依法治县办 → 县政府', 'htb', 'htb-office', [], '呼图壁县委、呼图壁县人大常委会 | —'],
    ['依法治州办 → 县政府', 'htb', 'cj-office', [], '昌吉州委、昌吉回族自治州 | 依法治州办'],
    [
      '州司法局 housing 依法治州办 → 县政府',
      'htb',
      'cj-justice',
      ['cj-office'],
      '昌吉州委、昌吉回族自治州 | 依法治州办',
    ],
    ['依法治州办 → 县委', 'htb-party', 'cj-office', [], '昌吉州委、昌吉回族自治州 | 依法治州办'],
    ['依法治区办 → demonstration area', 'htb', 'xj-office', [], '依法治区办 | —'],
    ['州市场监督管理局 → county transport bureau (not its line)', 'htb-transport', 'cj-market', [], null],
    ['州司法局 without its office → 县政府', 'htb', 'cj-justice', [], null],
  ])('%s', (_label, target, issuer, housed, expected) => {
    expect(askedOf(target, issuer, housed)).toBe(expected);
  });
});

describe('recipientsAskedByAll: parts with bodies outside the tree', () => {
  function partsOf(targetId: string, issuerId: string, housedOfficeIds: string[] = []): string[] {
    const target = byId.get(targetId)!;
    const issuer = byId.get(issuerId)!;
    const bodies = bodiesAskingThrough({
      issuer,
      parent: issuer.parentId ? byId.get(issuer.parentId)! : null,
      housedOffices: housedOfficeIds.map((id) => byId.get(id)!),
    });
    const lines = reportingLinesOf({ unit: target, ancestors: ancestorsOf(target), around: units });
    return recipientsAskedByAll(lines, bodies).map((part) =>
      [
        part.kind,
        [...part.main.map((u) => u.name), ...part.externalMain].join('、'),
        [...part.copies.map((u) => u.name), ...part.externalCopies].join('、') || '—',
      ].join(' | '),
    );
  }
  const centre =
    'provincial_party_and_government | party_central_committee、state_council | central_rule_of_law_office';

  it('lets the 依法治区办, the 司法厅 housing it and the region itself ask for the line to the centre', () => {
    expect(partsOf('xj-party', 'xj-office')).toEqual([centre]);
    expect(partsOf('xj-party', 'xj-justice', ['xj-office'])).toEqual([centre]);
    expect(partsOf('xj-party', 'xj')).toEqual([centre]);
  });

  it('offers the 依法治区办 both of the region government’s parts, its own level’s first', () => {
    expect(partsOf('xj', 'xj-office')).toEqual([
      'government_to_own_level | 自治区党委、自治区人大常委会 | —',
      centre,
    ]);
  });

  it('puts 国务院有关部门 in a region department’s own-level part; a prefecture department has none', () => {
    expect(partsOf('xj-transport', 'xj-office')).toEqual([
      'department | 自治区党委、新疆维吾尔自治区、state_council_department | 依法治区办',
    ]);
    expect(partsOf('cj-transport', 'cj-office')).toEqual([
      'department | 昌吉州委、昌吉回族自治州 | 依法治州办',
    ]);
  });

  it('gives a department of the region no say over the line to the centre', () => {
    expect(partsOf('xj-party', 'xj-transport')).toEqual([]);
  });
});
