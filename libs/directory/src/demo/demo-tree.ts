import type { Role } from '@app/workflow';
import type { UnitKind, UnitLevel } from '../unit.repository';

/**
 * The demo: Xinjiang -> Changji Hui Autonomous Prefecture (昌吉回族自治州, the node is the 州政府) with
 * its 州委 (and the 依法治州办 under it, housed in the 州司法局), 州人大常委会, justice bureau and
 * transport bureau -> its seven county-level units, each with a transport bureau and a justice
 * bureau; 呼图壁县 also with its 县委, 依法治县办 (housed in the 县司法局), 县人大常委会 and a second
 * department; plus a second, separate prefecture (伊犁哈萨克自治州) so that isolation can be seen.
 * Where each body sits: docs/domain.md, "Units in the tree".
 */
export interface DemoUnit {
  key: string;
  name: string;
  kind: UnitKind;
  level: UnitLevel;
  divisionCode?: string;
  /** Key of the unit whose staff run this one (the 司法局 of a 依法治X办); listed before it. */
  housedIn?: string;
  children?: DemoUnit[];
}

export interface DemoUser {
  username: string;
  displayName: string;
  unit: string;
  /** role, optionally held in another unit (coordinators of a justice bureau hold it for their level) */
  roles: Array<Role | [Role, string]>;
}

export { DEMO_PASSWORD } from '../password-strength';

const county = (
  key: string,
  name: string,
  code: string,
  transport: string,
  more: DemoUnit[] = [],
): DemoUnit => ({
  key,
  name,
  kind: 'government',
  level: 'county',
  divisionCode: code,
  children: [
    { key: `${key}-transport`, name: transport, kind: 'department', level: 'county' },
    { key: `${key}-justice`, name: `${name}司法局`, kind: 'justice_bureau', level: 'county' },
    ...more,
  ],
});

/**
 * A level's party committee with its 依法治X办 (housed in the level's 司法局, `${key}-justice`) and
 * its people's congress standing committee: siblings of the level's departments.
 */
const partyAndCongress = (
  key: string,
  names: { party: string; office: string; congress: string },
  level: UnitLevel,
): DemoUnit[] => [
  {
    key: `${key}-party`,
    name: names.party,
    kind: 'party_committee',
    level,
    children: [
      {
        key: `${key}-office`,
        name: names.office,
        kind: 'rule_of_law_office',
        level,
        housedIn: `${key}-justice`,
      },
    ],
  },
  { key: `${key}-congress`, name: names.congress, kind: 'congress_standing_committee', level },
];

export const DEMO_TREE: DemoUnit = {
  key: 'xj',
  name: '新疆维吾尔自治区',
  kind: 'government',
  level: 'province',
  divisionCode: '65',
  children: [
    { key: 'xj-justice', name: '新疆维吾尔自治区司法厅', kind: 'justice_bureau', level: 'province' },
    {
      key: 'cj',
      name: '昌吉回族自治州',
      kind: 'government',
      level: 'prefecture',
      divisionCode: '6523',
      children: [
        { key: 'cj-justice', name: '昌吉州司法局', kind: 'justice_bureau', level: 'prefecture' },
        { key: 'cj-transport', name: '昌吉州交通运输局', kind: 'department', level: 'prefecture' },
        ...partyAndCongress(
          'cj',
          { party: '昌吉州委', office: '昌吉州依法治州办', congress: '昌吉州人大常委会' },
          'prefecture',
        ),
        county('cjs', '昌吉市', '652301', '昌吉市交通运输局'),
        county('fk', '阜康市', '652302', '阜康市交通运输局'),
        county('htb', '呼图壁县', '652323', '呼图壁县交通运输局', [
          { key: 'htb-finance', name: '呼图壁县财政局', kind: 'department', level: 'county' },
          ...partyAndCongress(
            'htb',
            { party: '呼图壁县委', office: '呼图壁县依法治县办', congress: '呼图壁县人大常委会' },
            'county',
          ),
        ]),
        county('mns', '玛纳斯县', '652324', '玛纳斯县交通运输局'),
        county('qt', '奇台县', '652325', '奇台县交通运输局'),
        county('jmse', '吉木萨尔县', '652327', '吉木萨尔县交通运输局'),
        county('ml', '木垒哈萨克自治县', '652328', '木垒哈萨克自治县交通运输局'),
      ],
    },
    {
      key: 'yl',
      name: '伊犁哈萨克自治州',
      kind: 'government',
      level: 'prefecture',
      divisionCode: '6540',
      children: [
        { key: 'yl-justice', name: '伊犁州司法局', kind: 'justice_bureau', level: 'prefecture' },
        county('yn', '伊宁县', '654021', '伊宁县交通运输局'),
      ],
    },
  ],
};

const fullReviewChain = (prefix: string, unit: string, surname: string): DemoUser[] => [
  { username: `${prefix}-drafter`, displayName: `${surname}起草`, unit, roles: ['drafter'] },
  { username: `${prefix}-reviewer`, displayName: `${surname}审核`, unit, roles: ['dept_reviewer'] },
  { username: `${prefix}-legal`, displayName: `${surname}律师`, unit, roles: ['legal_adviser'] },
  { username: `${prefix}-party`, displayName: `${surname}书记`, unit, roles: ['party_approver'] },
  { username: `${prefix}-leader`, displayName: `${surname}局长`, unit, roles: ['unit_leader'] },
];

export const DEMO_USERS: DemoUser[] = [
  { username: 'xj-admin', displayName: '自治区管理员', unit: 'xj-justice', roles: [['admin', 'xj']] },
  {
    username: 'xj-coordinator',
    displayName: '司法厅协调员',
    unit: 'xj-justice',
    roles: [['coordinator', 'xj']],
  },
  { username: 'cj-admin', displayName: '昌吉州管理员', unit: 'cj-justice', roles: [['admin', 'cj']] },
  {
    username: 'cj-coordinator',
    displayName: '昌吉州司法局协调员',
    unit: 'cj-justice',
    roles: [['coordinator', 'cj']],
  },
  ...fullReviewChain('cjjt', 'cj-transport', '州交通'),
  ...fullReviewChain('htb', 'htb-transport', '呼图壁'),
  ...fullReviewChain('mns', 'mns-transport', '玛纳斯'),
  { username: 'cjs-drafter', displayName: '昌吉市起草', unit: 'cjs-transport', roles: ['drafter'] },
  { username: 'fk-drafter', displayName: '阜康起草', unit: 'fk-transport', roles: ['drafter'] },
  { username: 'qt-drafter', displayName: '奇台起草', unit: 'qt-transport', roles: ['drafter'] },
  { username: 'jmse-drafter', displayName: '吉木萨尔起草', unit: 'jmse-transport', roles: ['drafter'] },
  { username: 'ml-drafter', displayName: '木垒起草', unit: 'ml-transport', roles: ['drafter'] },
  { username: 'htb-sfj', displayName: '呼图壁县司法局', unit: 'htb-justice', roles: ['unit_leader'] },
  // The 依法治X办's 经办人 are 司法局 staff holding `coordinator` in the office housed there.
  {
    username: 'cj-fzb',
    displayName: '依法治州办经办人',
    unit: 'cj-justice',
    roles: [['coordinator', 'cj-office']],
  },
  {
    username: 'htb-fzb',
    displayName: '依法治县办经办人',
    unit: 'htb-justice',
    roles: [['coordinator', 'htb-office']],
  },
  // 州交通运输局 asks its county counterparts (上一级政府有关部门).
  {
    username: 'cjjt-coordinator',
    displayName: '州交通运输局协调员',
    unit: 'cj-transport',
    roles: ['coordinator'],
  },
  // Offices of the party committees and governments: they read what is sent to their unit.
  { username: 'cj-zw', displayName: '州委办公室', unit: 'cj-party', roles: ['unit_leader'] },
  { username: 'cj-zf', displayName: '州政府办公室', unit: 'cj', roles: ['unit_leader'] },
  { username: 'htb-xw', displayName: '县委办公室', unit: 'htb-party', roles: ['unit_leader'] },
  { username: 'htb-zf', displayName: '县政府办公室', unit: 'htb', roles: ['unit_leader'] },
  {
    username: 'yl-coordinator',
    displayName: '伊犁州司法局协调员',
    unit: 'yl-justice',
    roles: [['coordinator', 'yl']],
  },
  { username: 'yn-drafter', displayName: '伊宁起草', unit: 'yn-transport', roles: ['drafter'] },
];
