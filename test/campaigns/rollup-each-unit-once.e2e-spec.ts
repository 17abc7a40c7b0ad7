import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { createUnit, createUser, uniqueName } from '../support/factories';
import { at, campaignClient, login } from './campaign-helpers';

/**
 * The roll-up is the area's progress: each unit once. A prefecture asks a county government and two
 * of its bureaus; the county forwards the notice to the same two bureaus (逐级下发), withdraws that
 * cascade for a wrong target and issues it again. The prefecture's roll-up counted the bureaus three
 * times and the withdrawn cascade's targets as not submitted (external QA, stop 57 F3). Sandbox
 * units; report year 2071 belongs to this file.
 */
describe('the roll-up counts each unit once, and no withdrawn cascade', () => {
  const clock = new ManualClock(at('2072-01-10'));
  let api: Awaited<ReturnType<typeof startApi>>;

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('gives the prefecture three units, while each cascade still counts its own targets', async () => {
    const ds = api.dataSource;
    const prefecture = await createUnit(ds, null, {
      name: uniqueName('昌吉州'),
      kind: 'government',
      level: 'prefecture',
    });
    const county = await createUnit(ds, prefecture, { name: uniqueName('呼图壁县'), kind: 'government' });
    const transport = await createUnit(ds, county, { name: uniqueName('交通运输局') });
    const finance = await createUnit(ds, county, { name: uniqueName('财政局') });
    const congress = await createUnit(ds, county, {
      name: uniqueName('人大常委会'),
      kind: 'congress_standing_committee',
    });
    const coordinatorOf = async (unit: { id: string }) => {
      const user = await createUser(ds, unit.id, ['coordinator']);
      return campaignClient(api.http, await login(api.http, user.username, user.password));
    };
    const prefectureOffice = await coordinatorOf(prefecture);
    const countyOffice = await coordinatorOf(county);

    const parent = await prefectureOffice
      .issue({
        reportYear: 2071,
        title: '关于报送2071年度法治政府建设年度报告的通知',
        body: '请按时报送。',
        dueDate: '2072-02-26',
        targets: { unitIds: [county.id, transport.id, finance.id] },
      })
      .expect(201);
    const cascade = (unitIds: string[]) =>
      countyOffice.issue({
        parentId: parent.body.id,
        issuingUnitId: county.id,
        title: '转发：关于报送2071年度法治政府建设年度报告的通知',
        body: '请各部门按时报送。',
        dueDate: '2072-02-10',
        targets: { unitIds },
      });
    const mistaken = await cascade([transport.id, congress.id]);
    expect([mistaken.status, mistaken.body.error]).toEqual([201, undefined]);
    await countyOffice.withdraw(mistaken.body.id, '误选人大常委会，重新下发').expect(200);
    const reissued = await cascade([transport.id, finance.id]);
    expect([reissued.status, reissued.body.error]).toEqual([201, undefined]);

    const board = await prefectureOffice.board(parent.body.id).expect(200);
    expect(board.body.totals.targets).toBe(3);
    // The county and its two bureaus: not the bureaus again, nor the withdrawn cascade's targets.
    expect(board.body.rollup).toMatchObject({ targets: 3, byState: { drafting: 3 } });
    // Each cascade's own totals still count its targets: the withdrawn one as its record.
    const totalsOf = (id: string) =>
      board.body.children.find((c: { id: string }) => c.id === id)?.totals as { targets: number };
    expect(totalsOf(mistaken.body.id).targets).toBe(2);
    expect(totalsOf(reissued.body.id).targets).toBe(2);
  });
});
