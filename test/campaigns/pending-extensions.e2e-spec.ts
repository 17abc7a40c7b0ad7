import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { createUnit, createUser, uniqueName } from '../support/factories';
import { at, campaignClient, login } from './campaign-helpers';

// This file's report year (its own units, too).
const YEAR = 2136;

interface Pending {
  id: string;
  unitName: string;
  dueDateBefore: string;
  requestedDueDate: string;
  regulationDueDate: string;
  disclosureDate: string;
  campaign: { id: string; title: string };
}

/**
 * 待审批延期申请 (GET /extensions/pending): the requests an office must decide, across its campaigns,
 * the one whose due date comes first at the top, whatever order they were asked in (review, stop
 * 47); a campaign withdrawn takes its requests with it; a coordinator above the office lists none.
 */
describe('the requests an office must decide, nearest due date first', () => {
  const clock = new ManualClock(at(`${YEAR + 1}-01-10`));
  let api: Awaited<ReturnType<typeof startApi>>;
  let office: ReturnType<typeof campaignClient>;
  let above: ReturnType<typeof campaignClient>;
  const drafters: Array<ReturnType<typeof campaignClient>> = [];
  const bureauIds: string[] = [];

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    const ds = api.dataSource;
    const prefecture = await createUnit(ds, null, {
      name: uniqueName('延期州'),
      kind: 'government',
      level: 'prefecture',
    });
    const county = await createUnit(ds, prefecture, { name: uniqueName('延期县'), kind: 'government' });
    const officeUnit = await createUnit(ds, county, {
      name: uniqueName('延期县依法治县办'),
      kind: 'rule_of_law_office',
    });
    const as = async (unitId: string, roles: Parameters<typeof createUser>[2]) => {
      const user = await createUser(ds, unitId, roles);
      return campaignClient(api.http, await login(api.http, user.username, user.password));
    };
    office = await as(officeUnit.id, ['coordinator']);
    above = await as(prefecture.id, ['coordinator']);
    for (const name of ['延期县交通运输局', '延期县水利局', '延期县林业局']) {
      const bureau = await createUnit(ds, county, { name: uniqueName(name) });
      bureauIds.push(bureau.id);
      drafters.push(await as(bureau.id, ['drafter']));
    }
  });
  afterAll(async () => {
    await api?.app.close();
  });

  const issue = async (suffix: string, dueDate: string, unitIds: string[]) =>
    (
      await office
        .issue({
          reportYear: YEAR,
          title: `关于报送${YEAR}年度法治政府建设年度报告的通知（${suffix}）`,
          body: '各部门：请报送。',
          dueDate,
          targets: { unitIds },
        })
        .expect(201)
    ).body.id as string;

  it('lists the request due first at the top, drops a withdrawn campaign’s, and shows none above', async () => {
    const late = await issue('二月下旬', `${YEAR + 1}-02-27`, [bureauIds[0]]);
    const soon = await issue('二月', `${YEAR + 1}-02-20`, [bureauIds[1]]);
    const withdrawn = await issue('撤回', `${YEAR + 1}-02-10`, [bureauIds[2]]);
    // Asked in the order late, soon, withdrawn: the office decides by the due date, not the asking.
    for (const [i, campaignId, requestedDueDate] of [
      [0, late, `${YEAR + 1}-03-20`],
      [1, soon, `${YEAR + 1}-03-01`],
      [2, withdrawn, `${YEAR + 1}-02-25`],
    ] as const) {
      clock.set(new Date(clock.now().getTime() + 60_000));
      await drafters[i]
        .askExtension(campaignId, { requestedDueDate, reason: '党组会议推迟召开' })
        .expect(201);
    }
    const listed = async () => (await office.pendingExtensions().expect(200)).body as Pending[];
    expect((await listed()).map((p) => [p.campaign.id, p.dueDateBefore])).toEqual([
      [withdrawn, `${YEAR + 1}-02-10`],
      [soon, `${YEAR + 1}-02-20`],
      [late, `${YEAR + 1}-02-27`],
    ]);

    // Each names the regulation's date for the unit's report (1 March), which 3月20日 passes: the
    // console warns the office before it grants (a walk, stop 47: nothing did).
    expect((await listed()).map((p) => [p.requestedDueDate, p.regulationDueDate])).toEqual([
      [`${YEAR + 1}-02-25`, `${YEAR + 1}-03-01`],
      [`${YEAR + 1}-03-01`, `${YEAR + 1}-03-01`],
      [`${YEAR + 1}-03-20`, `${YEAR + 1}-03-01`],
    ]);
    const onItsPage = (await office.extensions(late).expect(200)).body as Pending[];
    expect(onItsPage.map((p) => p.regulationDueDate)).toEqual([`${YEAR + 1}-03-01`]);
    // …and the campaign's 公开期限, which a grant may also pass (an external QA engineer, stop 55).
    expect(onItsPage.map((p) => p.disclosureDate)).toEqual([`${YEAR + 1}-04-01`]);
    expect((await listed()).map((p) => p.disclosureDate)).toEqual(Array(3).fill(`${YEAR + 1}-04-01`));

    await office.withdraw(withdrawn, '通知有误，另行下发。').expect(200);
    expect((await listed()).map((p) => p.campaign.id)).toEqual([soon, late]);
    // The prefecture's coordinator reads the office's campaigns but decides none of their requests.
    expect((await above.pendingExtensions().expect(200)).body).toEqual([]);
  });
});
