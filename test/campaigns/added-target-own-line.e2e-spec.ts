import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { createUser, relaxDutySeparation } from '../support/factories';
import { reportClient } from '../reports/report-helpers';
import { at, campaignClient, countyWithBodies, login, submitThroughChain } from './campaign-helpers';

// This file's report year (its own units, too): 2191.
const YEAR = 2191;

type Client = ReturnType<typeof reportClient>;
type Ref = { id: string; name: string };

/**
 * A target added to a campaign after it was issued gets the recipients of its own line (a scenario
 * test, stop 49): the 依法治县办 asks the county's bureaus (one list: 主送 县委、县政府, 抄送 依法治县办),
 * then adds the 县政府. It took the bureaus' list, 主送 itself, and its report never reached the
 * 县人大常委会. Now its report goes to 县委 and 县人大常委会; the bureaus keep theirs, and a bureau
 * added later gets the bureaus' list as the issuer chose it (here without the table's 抄送).
 */
describe('a target added later on another line: its own 主送/抄送', () => {
  const clock = new ManualClock(at(`${YEAR + 1}-01-25`));
  let api: Awaited<ReturnType<typeof startApi>>;
  const units = {} as Record<
    'prefecture' | 'county' | 'party' | 'congress' | 'office' | 'transport' | 'market' | 'water',
    { id: string; path: string; name: string }
  >;
  let office: ReturnType<typeof campaignClient>;
  let campaignId: string;
  const staff = {} as Record<'county' | 'transport', { drafter: Client; chain: Client }>;
  const readers = {} as Record<'party' | 'congress' | 'county', Client>;

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    const ds = api.dataSource;
    const tree = await countyWithBodies(ds, '补充', {
      transport: '交通运输局',
      market: '市场监督管理局',
      water: '水利局',
    });
    Object.assign(units, tree, tree.bureaus);
    const as = async (unitId: string, roles: Parameters<typeof createUser>[2]) => {
      const user = await createUser(ds, unitId, roles);
      return login(api.http, user.username, user.password);
    };
    office = campaignClient(api.http, await as(units.office.id, ['coordinator']));
    for (const key of ['county', 'transport'] as const) {
      staff[key] = {
        drafter: reportClient(api.http, await as(units[key].id, ['drafter'])),
        chain: reportClient(
          api.http,
          await as(units[key].id, ['dept_reviewer', 'legal_adviser', 'party_approver', 'unit_leader']),
        ),
      };
      await relaxDutySeparation(ds, units[key].id);
    }
    for (const key of ['party', 'congress', 'county'] as const)
      readers[key] = reportClient(api.http, await as(units[key].id, ['unit_leader']));
  });
  afterAll(async () => {
    await api?.app.close();
  });

  const ref = (key: keyof typeof units): Ref => ({ id: units[key].id, name: units[key].name });
  const noBodies = { main: [], copy: [] };
  const reportOf = async (key: keyof typeof units) =>
    (await office.board(campaignId).expect(200)).body.rows.find(
      (r: { unit: { id: string } }) => r.unit.id === units[key].id,
    ).reportId as string;

  it('issues to two bureaus with one list, the issuer’s own: no 抄送', async () => {
    const issued = await office
      .issue({
        issuingUnitId: units.office.id,
        reportYear: YEAR,
        title: `关于报送${YEAR}年度法治政府建设年度报告的通知`,
        body: '县直各部门：请报送年度报告。',
        targets: { unitIds: [units.transport.id, units.market.id] },
        // The table would add 抄送 依法治县办: the issuer's choice, which later bureaus keep.
        recipients: { main: [units.party.id, units.county.id] },
      })
      .expect(201);
    campaignId = issued.body.id;
    expect(issued.body.recipients).toMatchObject({
      main: [ref('party'), ref('county')],
      copy: [],
      perTarget: null,
    });
  });

  it('gives the 县政府 added later its own line, and a bureau added at the same time the bureaus’ list', async () => {
    // Two coordinators' additions at once (review, stop 49: the one that read the one list before the
    // other split it left its bureau with no list at all).
    const [county, water] = await Promise.all([
      office.addTargets(campaignId, { unitIds: [units.county.id] }),
      office.addTargets(campaignId, { unitIds: [units.water.id] }),
    ]);
    expect([county.status, water.status]).toEqual([201, 201]);
    const stored = (await office.get(campaignId).expect(200)).body.recipients;
    expect(stored).toMatchObject({ main: [], copy: [] });
    const groups = [...(stored.perTarget as Array<{ targets: Ref[] }>)].sort(
      (a, b) => a.targets.length - b.targets.length,
    );
    expect(groups).toEqual([
      { targets: [ref('county')], main: [ref('party'), ref('congress')], copy: [], external: noBodies },
      {
        targets: expect.arrayContaining([ref('transport'), ref('market'), ref('water')]),
        main: [ref('party'), ref('county')],
        copy: [],
        external: noBodies,
      },
    ]);
    expect(groups[1].targets).toHaveLength(3);
  });

  it('sends the 县政府’s report to 县委 and 县人大常委会, never to itself; a bureau’s as before', async () => {
    const countyReport = await reportOf('county');
    const transportReport = await reportOf('transport');
    for (const key of ['county', 'transport'] as const) {
      await submitThroughChain(
        staff[key].drafter,
        staff[key].chain,
        key === 'county' ? countyReport : transportReport,
        {
          meetingBody: key === 'county' ? '政府常务会议' : '局党组会议',
          meetingDate: `${YEAR + 1}-01-20`,
          minutesNumber: `会议纪要〔${YEAR + 1}〕1号`,
        },
      );
    }
    // The 县人大常委会 reads the government's report (it got 404 before), not a bureau's.
    expect((await readers.congress.get(countyReport).expect(200)).body.state).toBe('submitted');
    await readers.congress.get(transportReport).expect(404);
    expect((await readers.party.get(countyReport).expect(200)).body.state).toBe('submitted');
    // The 县政府 receives its bureau's report, and does not list its own among the reports received.
    const { http, auth } = readers.county.raw();
    const received = (await http().get('/reports/copies').set(auth).expect(200)).body as Array<{
      id: string;
    }>;
    expect(received.map((r) => r.id)).toEqual([transportReport]);
  });
});
