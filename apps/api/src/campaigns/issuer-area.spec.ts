import type { Unit } from '@app/directory';
import {
  inTargetArea,
  levelGovernmentOf,
  mayAddress,
  planRecipients,
  recipientProblems,
  targetAreaRoots,
  unitsServedBy,
  type GovernmentNameOf,
} from './issuer-area';

function unit(
  id: string,
  path: string,
  kind: Unit['kind'],
  level: Unit['level'],
  divisionCode: string | null = null,
): Unit {
  return {
    id,
    parentId: null,
    path,
    depth: path.split('/').length - 3,
    name: id,
    kind,
    level,
    divisionCode,
    demonstrationArea: false,
    housedInUnitId: null,
    createdAt: new Date('2025-01-01T00:00:00Z'),
  };
}

// 昌吉州 with its transport bureau and party committee; 呼图壁县 with 县委, 依法治县办 and the transport
// bureau; 玛纳斯县 with its own transport bureau.
const cj = unit('cj', '/cj/', 'government', 'prefecture', '652300');
const cjParty = unit('cjParty', '/cjParty/', 'party_committee', 'prefecture', '652300');
const cjTransport = unit('cjTransport', '/cj/cjTransport/', 'department', 'prefecture');
const htb = unit('htb', '/cj/htb/', 'government', 'county', '652323');
const htbParty = unit('htbParty', '/cj/htb/htbParty/', 'party_committee', 'county');
const htbOffice = unit('htbOffice', '/cj/htb/htbOffice/', 'rule_of_law_office', 'county');
const htbTransport = unit('htbTransport', '/cj/htb/htbTransport/', 'department', 'county');
const mns = unit('mns', '/cj/mns/', 'government', 'county', '652324');
const mnsParty = unit('mnsParty', '/cj/mnsParty/', 'party_committee', 'county', '652324');
const mnsTransport = unit('mnsTransport', '/cj/mns/mnsTransport/', 'department', 'county');

/** The nearest government above a unit among the ones above (by path). */
const governmentOf: GovernmentNameOf = (u) =>
  [cj, htb, mns]
    .filter((g) => u.path.startsWith(g.path) && u.path !== g.path)
    .sort((a, b) => b.path.length - a.path.length)[0]?.name ?? null;

describe('whom an issuer may ask (targets)', () => {
  it('a government asks the units below it only', () => {
    const roots = targetAreaRoots(htb, cj);
    expect(inTargetArea(htbTransport, htb, roots, governmentOf)).toBe(true);
    expect(inTargetArea(mnsTransport, htb, roots, governmentOf)).toBe(false);
    expect(inTargetArea(htb, htb, roots, governmentOf)).toBe(false);
  });

  it('a department asks its counterparts below its parent; an office the units of its county', () => {
    const prefectureBureau = targetAreaRoots(cjTransport, cj);
    expect(inTargetArea(htbTransport, cjTransport, prefectureBureau, governmentOf)).toBe(true);
    expect(inTargetArea(mnsTransport, cjTransport, prefectureBureau, governmentOf)).toBe(true);
    expect(inTargetArea(cj, cjTransport, prefectureBureau, governmentOf)).toBe(false);
    const office = targetAreaRoots(htbOffice, htb);
    expect(inTargetArea(htbTransport, htbOffice, office, governmentOf)).toBe(true);
    expect(inTargetArea(mnsTransport, htbOffice, office, governmentOf)).toBe(false);
  });

  it('a department asks only its counterparts below its level government, not other units there', () => {
    const htbFinance = unit('htbFinance', '/cj/htb/htbFinance/', 'department', 'county');
    const roots = targetAreaRoots(cjTransport, cj);
    expect(inTargetArea(htbFinance, cjTransport, roots, governmentOf)).toBe(false);
    expect(inTargetArea(htb, cjTransport, roots, governmentOf)).toBe(false);
    expect(inTargetArea(htbOffice, cjTransport, roots, governmentOf)).toBe(false);
    expect(inTargetArea(htbTransport, cjTransport, roots, governmentOf)).toBe(true);
    // A 司法局 runs its level's 依法治X办: it asks every unit of its level, as the office does.
    const cjJustice = unit('cjJustice', '/cj/cjJustice/', 'justice_bureau', 'prefecture');
    const justiceRoots = targetAreaRoots(cjJustice, cj);
    expect(inTargetArea(htbFinance, cjJustice, justiceRoots, governmentOf)).toBe(true);
    expect(inTargetArea(htb, cjJustice, justiceRoots, governmentOf)).toBe(true);
  });

  it('a department whose name says no function asks no unit of its level, not every one', () => {
    // 昌吉州经济技术开发区 under 昌吉州: nothing is left of the name once the place is taken off.
    const zone = { ...unit('zone', '/cj/zone/', 'department', 'prefecture'), name: 'cj' };
    const roots = targetAreaRoots(zone, cj);
    const htbFinance = unit('htbFinance', '/cj/htb/htbFinance/', 'department', 'county');
    const namelessBureau = { ...unit('nameless', '/cj/htb/nameless/', 'department', 'county'), name: 'htb' };
    for (const other of [htb, htbOffice, htbTransport, htbFinance, namelessBureau, mnsTransport])
      expect(inTargetArea(other, zone, roots, governmentOf)).toBe(false);
    // What lies below the department itself it still asks, as every issuer does.
    const below = unit('belowZone', '/cj/zone/belowZone/', 'department', 'county');
    expect(inTargetArea(below, zone, roots, governmentOf)).toBe(true);
  });

  it('an office under its 县委 (as the demo tree has it) still asks the units of its county', () => {
    const officeUnderParty = unit('office2', '/cj/htb/htbParty/office2/', 'rule_of_law_office', 'county');
    const roots = targetAreaRoots(officeUnderParty, levelGovernmentOf([cj, htb, htbParty]));
    expect(inTargetArea(htbTransport, officeUnderParty, roots, governmentOf)).toBe(true);
    expect(inTargetArea(mnsTransport, officeUnderParty, roots, governmentOf)).toBe(false);
    expect(inTargetArea(cjTransport, officeUnderParty, roots, governmentOf)).toBe(false);
    // The office speaks for the 县委: it asks the county government for its report to 县委 and 县人大.
    expect(inTargetArea(htb, officeUnderParty, roots, governmentOf)).toBe(true);
    expect(inTargetArea(htb, htbTransport, targetAreaRoots(htbTransport, htb), governmentOf)).toBe(false);
  });
});

describe('whom an issuer may name as recipients (主送, 抄送)', () => {
  const officeAncestors = [cj, htb];

  it('the 依法治县办 names 县委 and 县政府, and the prefecture above, never another county', () => {
    expect(mayAddress(htbOffice, officeAncestors, htbParty)).toBe(true);
    expect(mayAddress(htbOffice, officeAncestors, htb)).toBe(true);
    expect(mayAddress(htbOffice, officeAncestors, cj)).toBe(true);
    expect(mayAddress(htbOffice, officeAncestors, cjTransport)).toBe(true);
    expect(mayAddress(htbOffice, officeAncestors, mns)).toBe(false);
    expect(mayAddress(htbOffice, officeAncestors, mnsTransport)).toBe(false);
  });

  it('a party committee beside a level node is addressable when it is of that division, a unit below the issuer never', () => {
    // 州委 beside 州政府 (the party side modelled as a sibling of the level node), both 652300.
    expect(mayAddress(cjTransport, [cj], cjParty)).toBe(true);
    expect(mayAddress(htbTransport, [cj, htb], cjParty)).toBe(true);
    // 玛纳斯县委 beside 玛纳斯县: beside 呼图壁县 too, but of another county (652324, not 652323).
    expect(mayAddress(htbOffice, officeAncestors, mnsParty)).toBe(false);
    expect(mayAddress(mnsTransport, [cj, mns], mnsParty)).toBe(true);
    // A party committee beside the level node without a division code: nobody can tell whose it is.
    const uncoded = unit('uncoded', '/uncodedParty/', 'party_committee', 'prefecture');
    expect(mayAddress(cjTransport, [cj], uncoded)).toBe(false);
    expect(mayAddress(htb, [cj], htbTransport)).toBe(false);
  });

  describe('never another prefecture or province, though its parent is on the issuer’s path', () => {
    // The region 新疆 above two prefectures, 昌吉州 (with 呼图壁县) and 伊犁州; 甘肃 another root.
    const xj = unit('xj', '/xj/', 'government', 'province', '650000');
    const xjTransport = unit('xjTransport', '/xj/xjTransport/', 'department', 'province');
    const xjCj = unit('xjCj', '/xj/cj/', 'government', 'prefecture', '652300');
    const xjCjZw = unit('xjCjZw', '/xj/cj/xjCjZw/', 'party_committee', 'prefecture');
    const xjHtb = unit('xjHtb', '/xj/cj/htb/', 'government', 'county', '652323');
    const office = unit('office', '/xj/cj/htb/office/', 'rule_of_law_office', 'county');
    const yl = unit('yl', '/xj/yl/', 'government', 'prefecture', '654000');
    const ylTransport = unit('ylTransport', '/xj/yl/ylTransport/', 'department', 'prefecture');
    const ylParty = unit('ylParty', '/xj/ylParty/', 'party_committee', 'prefecture', '654000');
    const gs = unit('gs', '/gs/', 'government', 'province', '620000');
    const ancestors = [xj, xjCj, xjHtb];

    it('a county office names its own prefecture, its 州委 and departments, and the region’s', () => {
      expect(mayAddress(office, ancestors, xjCj)).toBe(true);
      expect(mayAddress(office, ancestors, xjCjZw)).toBe(true);
      expect(mayAddress(office, ancestors, xjTransport)).toBe(true);
    });

    it('a county office never names 伊犁州, its departments or its 州委, nor another province', () => {
      expect(mayAddress(office, ancestors, yl)).toBe(false);
      expect(mayAddress(office, ancestors, ylTransport)).toBe(false);
      expect(mayAddress(office, ancestors, ylParty)).toBe(false);
      expect(mayAddress(office, ancestors, gs)).toBe(false);
      expect(mayAddress(xjCj, [xj], gs)).toBe(false);
      expect(mayAddress(xjCj, [xj], yl)).toBe(false);
    });

    it('names the refusal for each such recipient', () => {
      const problems = recipientProblems({
        issuer: office,
        ancestors,
        recipients: { main: [xjCj.id], copy: [yl.id], external: { main: [], copy: [] } },
        found: [xjCj, yl],
        targetIds: new Set(),
      });
      expect(problems).toEqual([{ unitId: 'yl', reason: expect.stringContaining('may address') }]);
    });
  });

  it('a government names its own level’s 党委 (held below it), never another unit below it', () => {
    expect(mayAddress(htb, [cj], htbParty)).toBe(true);
    expect(mayAddress(cj, [], htbParty)).toBe(false);
    expect(mayAddress(htbTransport, [cj, htb], htbParty)).toBe(true);
  });

  describe('the 州委 (or a 司法局 housing the 依法治州办) asking a county 县委, as the demo tree holds them', () => {
    // 州委 below 州政府, 依法治州办 below 州委 (housed in 州司法局); the county's 县委 below its government.
    const prefectureParty = unit('cjZw', '/cj/cjZw/', 'party_committee', 'prefecture');
    const prefectureOffice = unit('cjOffice', '/cj/cjZw/cjOffice/', 'rule_of_law_office', 'prefecture');
    const prefectureCongress = unit('cjRd', '/cj/cjRd/', 'congress_standing_committee', 'prefecture');
    const prefectureJustice = unit('cjJustice', '/cj/cjJustice/', 'justice_bureau', 'prefecture');
    const routingTableDefaults = {
      main: [prefectureParty.id, cj.id],
      copy: [prefectureOffice.id],
      external: { main: [], copy: [] },
    };
    const found = [prefectureParty, cj, prefectureOffice];

    it.each([
      ['the 州委', prefectureParty],
      ['the 依法治州办', prefectureOffice],
      ['the 州司法局 housing the office', prefectureJustice],
    ])('%s may name the routing table’s 主送 州委、州政府 and 抄送 依法治州办', (_who, issuer) => {
      const ancestors = issuer === prefectureOffice ? [cj, prefectureParty] : [cj];
      const problems = recipientProblems({
        issuer,
        ancestors,
        recipients: routingTableDefaults,
        found,
        targetIds: new Set([htbParty.id]),
      });
      expect(problems).toEqual([]);
    });

    it('the 州委 names its own level’s 人大常委会 too, but nothing of a county below it', () => {
      expect(mayAddress(prefectureParty, [cj], prefectureCongress)).toBe(true);
      expect(mayAddress(prefectureParty, [cj], htbParty)).toBe(false);
      expect(mayAddress(prefectureParty, [cj], htbOffice)).toBe(false);
      expect(mayAddress(prefectureParty, [cj], cjTransport)).toBe(true);
      expect(mayAddress(prefectureOffice, [cj, prefectureParty], htb)).toBe(false);
    });

    it('a county’s units never name the prefecture’s 依法治州办 held below the 州委 unless it is on their path', () => {
      expect(mayAddress(htbTransport, [cj, htb], prefectureOffice)).toBe(false);
      expect(mayAddress(htbOffice, [cj, htb], prefectureOffice)).toBe(false);
    });
  });

  it('defaults the main recipient to the issuer and names every bad id with its reason', () => {
    expect(planRecipients(htbOffice, undefined)).toEqual({
      main: ['htbOffice'],
      copy: [],
      external: { main: [], copy: [] },
    });
    const problems = recipientProblems({
      issuer: htbOffice,
      ancestors: officeAncestors,
      recipients: {
        main: [htbParty.id, mns.id, 'missing'],
        copy: [htbTransport.id, htbParty.id],
        external: { main: [], copy: [] },
      },
      found: [htbParty, mns, htbTransport],
      targetIds: new Set([htbTransport.id]),
    });
    expect(problems.map((p) => [p.unitId, p.reason])).toEqual([
      ['mns', 'not a unit the issuer may address (see docs/campaigns.md, Recipients)'],
      ['missing', 'no such unit'],
      ['htbTransport', 'a target of this campaign'],
      ['htbParty', 'named both 主送 and 抄送'],
    ]);
  });
});

describe('whose notices a rule-of-law office receives (逐级下发)', () => {
  const at = (id: string, kind: Unit['kind'], parent: Unit, level: Unit['level'] = 'county'): Unit => ({
    ...unit(id, `${parent.path}${id}/`, kind, level),
    parentId: parent.id,
  });
  const county = { ...unit('county', '/cj/county/', 'government', 'county'), parentId: cj.id };
  const party = at('party', 'party_committee', county);
  const bureau = at('bureau', 'department', county);

  it('an office under the 县委: the 县委 and the 县政府', () => {
    const office = at('office', 'rule_of_law_office', party);
    expect(unitsServedBy(office, [cj, county, party]).map((u) => u.id)).toEqual(['party', 'county']);
  });

  it('an office directly under the 县政府: the 县政府', () => {
    const office = at('office', 'rule_of_law_office', county);
    expect(unitsServedBy(office, [cj, county]).map((u) => u.id)).toEqual(['county']);
  });

  it('an office a bureau made under itself, or of another level, serves nobody', () => {
    expect(unitsServedBy(at('fake', 'rule_of_law_office', bureau), [cj, county, bureau])).toEqual([]);
    const township = at('town', 'government', county, 'township');
    expect(unitsServedBy(at('o', 'rule_of_law_office', township, 'county'), [cj, county, township])).toEqual(
      [],
    );
  });

  it('nobody but an office receives this way', () => {
    expect(unitsServedBy(at('j', 'justice_bureau', county), [cj, county])).toEqual([]);
  });
});
