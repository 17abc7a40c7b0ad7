import type { RoutingInput, Unit } from '@app/directory';
import type { ReportLine } from '@app/reports';
import { defaultRecipients } from './campaign-recipient-defaults';

// A county in the documented shape: 县委 and 县人大常委会 under 县政府, 依法治县办 under 县委.
let seq = 0;
function unit(name: string, kind: Unit['kind'], parent: Unit | null, level: Unit['level'] = 'county'): Unit {
  const id = `u${++seq}`;
  return {
    id,
    parentId: parent?.id ?? null,
    path: `${parent?.path ?? '/'}${id}/`,
    depth: parent ? parent.depth + 1 : 0,
    name,
    kind,
    level,
    divisionCode: null,
    demonstrationArea: false,
    housedInUnitId: null,
  } as Unit;
}
const prefecture = unit('昌吉州', 'government', null, 'prefecture');
const prefTransport = unit('昌吉州交通运输局', 'department', prefecture, 'prefecture');
const county = unit('呼图壁县', 'government', prefecture);
const party = unit('呼图壁县委', 'party_committee', county);
const congress = unit('呼图壁县人大常委会', 'congress_standing_committee', county);
const office = unit('依法治县办', 'rule_of_law_office', party);
const transport = unit('呼图壁县交通运输局', 'department', county);
const market = unit('呼图壁县市场监督管理局', 'department', county);
const all = [prefecture, prefTransport, county, party, congress, office, transport, market];

const around = (target: Unit): RoutingInput => ({
  unit: target,
  ancestors: all.filter((u) => target.path.startsWith(u.path) && u.id !== target.id),
  around: all,
});
const defaultsFor = (issuer: Unit, targets: Unit[], reportLine: ReportLine = 'annual') =>
  defaultRecipients({
    issuer,
    issuerParent: all.find((u) => u.id === issuer.parentId) ?? null,
    housedOffices: [],
    targets,
    neighbourhoods: new Map(targets.map((t) => [t.id, around(t)])),
    reportLine,
  });
/** The one list of a campaign whose targets share it (fails the test on per-target lists). */
const single = (d: ReturnType<typeof defaultsFor>) => {
  if (d.source === 'per_target') throw new Error('expected one list for every target');
  return d;
};
const names = (d: ReturnType<typeof defaultsFor>) => ({
  source: d.source,
  main: single(d).main.map((u) => u.name),
  copy: single(d).copy.map((u) => u.name),
});

describe('defaultRecipients', () => {
  it('takes the routing table when every target names the same recipients for the issuer', () => {
    expect(names(defaultsFor(office, [transport, market]))).toEqual({
      source: 'routing_table',
      main: ['呼图壁县委', '呼图壁县'],
      copy: ['依法治县办'],
    });
  });

  it('gives the department one level up its own line', () => {
    expect(names(defaultsFor(prefTransport, [transport]))).toEqual({
      source: 'routing_table',
      main: ['昌吉州交通运输局'],
      copy: [],
    });
  });

  it('gives each group of targets its own line when their lines differ (a government and its bureaus)', () => {
    const d = defaultsFor(office, [transport, county, market]);
    expect(d.source).toBe('per_target');
    const groups = d.source === 'per_target' ? d.groups : [];
    // The rules table by hand: a county government reports to its own 县委 and 人大常委会, no copy;
    // its bureaus to 县委 and 县政府, copy to the 依法治县办. Groups in the order of their first target.
    expect(
      groups.map((g) => ({
        kind: g.kind,
        targets: g.targetIds.map((id) => all.find((u) => u.id === id)!.name),
        main: g.main.map((u) => u.name),
        copy: g.copy.map((u) => u.name),
        external: g.external,
      })),
    ).toEqual([
      {
        kind: 'department',
        targets: ['呼图壁县交通运输局', '呼图壁县市场监督管理局'],
        main: ['呼图壁县委', '呼图壁县'],
        copy: ['依法治县办'],
        external: { main: [], copy: [] },
      },
      {
        kind: 'government_to_own_level',
        targets: ['呼图壁县'],
        main: ['呼图壁县委', '呼图壁县人大常委会'],
        copy: [],
        external: { main: [], copy: [] },
      },
    ]);
  });

  it('lets the issuer receive only the reports of targets whose lines it is on none of', () => {
    // The 依法治县办 asks the 县委 (on the 州委/州政府 line, not the office's) with the county and a
    // bureau: the county and the bureau keep their lines; the 县委's report comes to the office. One
    // such target turned the whole notice to the office (scenario test, stop 48).
    const d = defaultsFor(office, [county, transport, party]);
    expect(d.source).toBe('per_target');
    const groups = d.source === 'per_target' ? d.groups : [];
    expect(
      groups.map((g) => ({
        kind: g.kind,
        targets: g.targetIds.map((id) => all.find((u) => u.id === id)!.name),
        main: g.main.map((u) => u.name),
        copy: g.copy.map((u) => u.name),
      })),
    ).toEqual([
      {
        kind: 'government_to_own_level',
        targets: ['呼图壁县'],
        main: ['呼图壁县委', '呼图壁县人大常委会'],
        copy: [],
      },
      {
        kind: 'department',
        targets: ['呼图壁县交通运输局'],
        main: ['呼图壁县委', '呼图壁县'],
        copy: ['依法治县办'],
      },
      { kind: null, targets: ['呼图壁县委'], main: ['依法治县办'], copy: [] },
    ]);
  });

  it('falls back to the issuer when it is on none of a target’s lines', () => {
    const d = defaultsFor(prefTransport, [market]);
    expect(d.source === 'issuer' && d.reason).toBe('issuer_not_on_line');
    expect(single(d).main.map((u) => u.name)).toEqual(['昌吉州交通运输局']);
  });
});

describe('defaultRecipients: recipients the directory lacks', () => {
  // 玛纳斯县 has no 人大常委会 unit yet: the rules name one, the directory cannot.
  const manas = unit('玛纳斯县', 'government', prefecture);
  const manasParty = unit('玛纳斯县委', 'party_committee', manas);
  const manasOffice = unit('玛纳斯县依法治县办', 'rule_of_law_office', manasParty);
  const manasTransport = unit('玛纳斯县交通运输局', 'department', manas);
  all.push(manas, manasParty, manasOffice, manasTransport);

  it('names the missing 人大常委会 as unresolved and sends to the 县委 alone, never guessing', () => {
    const d = defaultsFor(manasOffice, [manas]);
    expect(names(d)).toEqual({ source: 'routing_table', main: ['玛纳斯县委'], copy: [] });
    expect(single(d).unresolved).toEqual(['own_level_congress_standing_committee']);
  });

  it('names nothing unresolved when the directory holds every recipient', () => {
    expect(single(defaultsFor(manasOffice, [manasTransport])).unresolved).toEqual([]);
    expect(single(defaultsFor(office, [county])).unresolved).toEqual([]);
  });

  it('keeps a township apart from the bureaus whose recipients its line happens to share', () => {
    // A scenario test, stop 49: the 镇 was grouped as a department and warned of a 上一级政府有关部门
    // its own line does not have (where the bureaus' line missed one).
    const town = unit('玛纳斯县乐土驿镇', 'government', manas, 'township');
    all.push(town);
    const d = defaultsFor(manasOffice, [manasTransport, town, manas]);
    const groups = d.source === 'per_target' ? d.groups : [];
    const of = (target: Unit) => groups.find((g) => g.targetIds.includes(target.id));
    expect(of(town)).not.toBe(of(manasTransport));
    expect(of(town)?.kind).not.toBe('department');
    expect(of(town)?.unresolved).not.toContain('department_one_level_up');
    all.pop();
  });

  it('says it per group when the targets’ lines differ', () => {
    const d = defaultsFor(manasOffice, [manasTransport, manas]);
    const groups = d.source === 'per_target' ? d.groups : [];
    expect(groups.map((g) => [g.kind, g.unresolved])).toEqual([
      ['department', []],
      ['government_to_own_level', ['own_level_congress_standing_committee']],
    ]);
  });
});

// An autonomous region in the documented shape, for the line to the centre (bodies outside the tree).
const region = unit('新疆维吾尔自治区', 'government', null, 'province');
const regionParty = unit('自治区党委', 'party_committee', region, 'province');
const regionCongress = unit('自治区人大常委会', 'congress_standing_committee', region, 'province');
const regionOffice = unit('依法治区办', 'rule_of_law_office', regionParty, 'province');
const regionJustice = unit('新疆维吾尔自治区司法厅', 'justice_bureau', region, 'province');
const regionTransport = unit('新疆维吾尔自治区交通运输厅', 'department', region, 'province');
const regionUnits = [region, regionParty, regionCongress, regionOffice, regionJustice, regionTransport];

const regionDefaults = (
  issuer: Unit,
  targets: Unit[],
  housedOffices: Unit[] = [],
  reportLine: ReportLine = 'annual',
) =>
  defaultRecipients({
    issuer,
    issuerParent: regionUnits.find((u) => u.id === issuer.parentId) ?? null,
    housedOffices,
    targets,
    neighbourhoods: new Map(
      targets.map((t) => [
        t.id,
        {
          unit: t,
          ancestors: regionUnits.filter((u) => t.path.startsWith(u.path) && u.id !== t.id),
          around: regionUnits,
        },
      ]),
    ),
    reportLine,
  });
const withBodies = (d: ReturnType<typeof defaultsFor>) => ({ ...names(d), external: single(d).external });

describe('defaultRecipients: bodies outside the tree', () => {
  const centre = {
    source: 'routing_table',
    main: [],
    copy: [],
    external: { main: ['party_central_committee', 'state_council'], copy: ['central_rule_of_law_office'] },
  };

  it('sends the region’s 党委 and 政府 to 党中央、国务院 with a copy to 中央依法治国办 when the 依法治区办 asks', () => {
    const d = regionDefaults(regionOffice, [regionParty, region]);
    expect(withBodies(d)).toEqual(centre);
    expect(d.source === 'routing_table' && d.kind).toBe('provincial_party_and_government');
  });

  it('does the same for the 司法厅 housing the 依法治区办', () => {
    expect(withBodies(regionDefaults(regionJustice, [regionParty, region], [regionOffice]))).toEqual(centre);
  });

  it('gives the region’s government alone its own level’s line first (自治区党委、人大常委会)', () => {
    expect(withBodies(regionDefaults(regionOffice, [region]))).toEqual({
      source: 'routing_table',
      main: ['自治区党委', '自治区人大常委会'],
      copy: [],
      external: { main: [], copy: [] },
    });
  });

  it('adds 国务院有关部门 to a region department’s 主送: nobody in the tree asks for that part', () => {
    expect(withBodies(regionDefaults(regionOffice, [regionTransport]))).toEqual({
      source: 'routing_table',
      main: ['自治区党委', '新疆维吾尔自治区'],
      copy: ['依法治区办'],
      external: { main: ['state_council_department'], copy: [] },
    });
  });

  it('names no body when the issuer is on none of the lines (a department asking for the region’s report)', () => {
    const d = regionDefaults(regionTransport, [regionParty]);
    expect(withBodies(d)).toEqual({
      source: 'issuer',
      main: ['新疆维吾尔自治区交通运输厅'],
      copy: [],
      external: { main: [], copy: [] },
    });
  });
});

describe('defaultRecipients: a demonstration area’s two lines', () => {
  // A demonstration county under a prefecture of the region: the 依法治区办 is on none of its
  // ordinary lines, only on the additional one.
  const pref = unit('示范州', 'government', region, 'prefecture');
  const demo = { ...unit('示范县', 'government', pref), demonstrationArea: true } as Unit;
  regionUnits.push(pref, unit('示范州委', 'party_committee', pref, 'prefecture'), demo);

  it('sends the additional report through the 依法治区办 to 中央依法治国办 on the demonstration line', () => {
    const d = regionDefaults(regionOffice, [demo], [], 'demonstration_area');
    // The centre outside the tree, so the office can record sending it on (external QA, stop 52).
    expect(withBodies(d)).toEqual({
      source: 'routing_table',
      main: ['依法治区办'],
      copy: [],
      external: { main: ['central_rule_of_law_office'], copy: [] },
    });
    expect(d.source === 'routing_table' && d.kind).toBe('demonstration_area');
  });

  it('never takes the demonstration line for the ordinary report', () => {
    const d = regionDefaults(regionOffice, [demo]);
    expect(d.source === 'issuer' && d.reason).toBe('issuer_not_on_line');
  });
});

describe('defaultRecipients: a demonstration line with no 依法治省办 in the directory', () => {
  const bare = unit('无办自治区', 'government', null, 'province');
  const demo = { ...unit('无办示范县', 'government', bare), demonstrationArea: true } as Unit;
  const tree = [bare, demo];

  it('lets the issuer receive and names the missing 依法治省办', () => {
    const d = defaultRecipients({
      issuer: bare,
      issuerParent: null,
      housedOffices: [],
      targets: [demo],
      neighbourhoods: new Map([[demo.id, { unit: demo, ancestors: [bare], around: tree }]]),
      reportLine: 'demonstration_area',
    });
    expect(d.source === 'issuer' && d.reason).toBe('issuer_not_on_line');
    expect(single(d).unresolved).toEqual(['provincial_rule_of_law_office']);
  });
});

describe('defaultRecipients: a prefecture with no province above it in the directory', () => {
  const root = unit('孤州', 'government', null, 'prefecture');
  const rootParty = unit('孤州州委', 'party_committee', root, 'prefecture');
  const rootOffice = unit('孤州依法治州办', 'rule_of_law_office', rootParty, 'prefecture');
  const tree = [root, rootParty, rootOffice];

  it('never sends its report to 党中央、国务院: the issuer receives', () => {
    const d = defaultRecipients({
      issuer: rootOffice,
      issuerParent: rootParty,
      housedOffices: [],
      targets: [rootParty],
      neighbourhoods: new Map([[rootParty.id, { unit: rootParty, ancestors: [root], around: tree }]]),
      reportLine: 'annual',
    });
    expect(d.source === 'issuer' && d.reason).toBe('issuer_not_on_line');
    expect(single(d).external).toEqual({ main: [], copy: [] });
  });
});
