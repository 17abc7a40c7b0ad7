import type { RoutingInput, Unit } from '@app/directory';
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
const defaultsFor = (issuer: Unit, targets: Unit[]) =>
  defaultRecipients({
    issuer,
    issuerParent: all.find((u) => u.id === issuer.parentId) ?? null,
    housedOffices: [],
    targets,
    neighbourhoods: new Map(targets.map((t) => [t.id, around(t)])),
  });
const names = (d: ReturnType<typeof defaultsFor>) => ({
  source: d.source,
  main: d.main.map((u) => u.name),
  copy: d.copy.map((u) => u.name),
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

  it('falls back to the issuer when the targets’ lines differ (a government and its bureaus)', () => {
    const d = defaultsFor(office, [county, transport]);
    expect(names(d)).toEqual({ source: 'issuer', main: ['依法治县办'], copy: [] });
    expect(d.source === 'issuer' && d.reason).toBe('lines_differ');
  });

  it('falls back to the issuer when it is on none of a target’s lines', () => {
    const d = defaultsFor(prefTransport, [market]);
    expect(d.source === 'issuer' && d.reason).toBe('issuer_not_on_line');
    expect(d.main.map((u) => u.name)).toEqual(['昌吉州交通运输局']);
  });
});
