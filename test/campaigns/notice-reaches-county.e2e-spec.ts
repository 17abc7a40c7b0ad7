import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { createUnit, createUser, uniqueName } from '../support/factories';
import { reportClient } from '../reports/report-helpers';
import { at, campaignClient, login } from './campaign-helpers';

/**
 * A prefecture's notice to a county government reached nobody in the county: the government has no
 * drafter, and its 依法治县办 and its leader were not told (a civil servant's walk, stop 57). Now the
 * target's principal leader and, for a government, the 经办人 of its level's 依法治X办 hear of it, and of
 * its withdrawal. Sandbox units; report year 2074 belongs to this file.
 */
describe('a notice to a county government reaches its office and its leader', () => {
  const clock = new ManualClock(at('2075-01-06'));
  let api: Awaited<ReturnType<typeof startApi>>;

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('tells the office’s 经办人 and the leader of the government, and the bureau’s drafter, each once', async () => {
    const ds = api.dataSource;
    const prefecture = await createUnit(ds, null, {
      name: uniqueName('昌吉州'),
      kind: 'government',
      level: 'prefecture',
    });
    const county = await createUnit(ds, prefecture, { name: uniqueName('呼图壁县'), kind: 'government' });
    const partyCommittee = await createUnit(ds, county, {
      name: uniqueName('县委'),
      kind: 'party_committee',
    });
    const office = await createUnit(ds, partyCommittee, {
      name: uniqueName('依法治县办'),
      kind: 'rule_of_law_office',
    });
    const justiceBureau = await createUnit(ds, county, {
      name: uniqueName('司法局'),
      kind: 'justice_bureau',
    });
    const bureau = await createUnit(ds, county, { name: uniqueName('交通运输局') });
    const person = async (unitId: string, roles: Parameters<typeof createUser>[2]) => {
      const user = await createUser(ds, unitId, roles);
      return reportClient(api.http, await login(api.http, user.username, user.password));
    };
    const issuer = await createUser(ds, prefecture.id, ['coordinator']);
    const prefectureOffice = campaignClient(
      api.http,
      await login(api.http, issuer.username, issuer.password),
    );
    const officeStaff = await person(justiceBureau.id, [['coordinator', office.id]]);
    const countyLeader = await person(county.id, ['unit_leader']);
    const bureauDrafter = await person(bureau.id, ['drafter']);
    const bureauReviewer = await person(bureau.id, ['dept_reviewer']);

    const issued = await prefectureOffice
      .issue({
        reportYear: 2074,
        title: '关于报送2074年度法治政府建设年度报告的通知',
        body: '请按时报送。',
        dueDate: '2075-02-26',
        targets: { unitIds: [county.id, bureau.id] },
      })
      .expect(201);
    const [countyTarget] = await ds.query(
      'SELECT report_id FROM campaign_targets WHERE campaign_id = ? AND unit_id = ?',
      [issued.body.id, county.id],
    );
    const told = async (client: ReturnType<typeof reportClient>, kind: string) =>
      (
        (await client.notifications().expect(200)).body as Array<{
          kind: string;
          reportId: string | null;
          campaignId: string | null;
          body: string;
        }>
      ).filter((n) => n.kind === kind);
    const toLeader = await told(countyLeader, 'campaign_issued');
    expect(toLeader).toHaveLength(1);
    expect(toLeader[0]).toMatchObject({ reportId: countyTarget.report_id });
    expect(toLeader[0].body).toContain('请于2075年2月26日前报送2074年度法治政府建设年度报告');
    // The office sits below the government and does not read its report: it is sent to the campaign.
    await officeStaff.get(countyTarget.report_id).expect(404);
    const toOffice = await told(officeStaff, 'campaign_issued');
    expect(toOffice).toEqual([
      expect.objectContaining({
        reportId: null,
        campaignId: issued.body.id,
        body: expect.stringContaining(`（报送单位：${county.name}）`),
      }),
    ]);
    expect(await told(bureauDrafter, 'campaign_issued')).toHaveLength(1);
    // A reviewer hears of the notice from the drafter's report, not from the office above.
    expect(await told(bureauReviewer, 'campaign_issued')).toHaveLength(0);

    // The county's own office asking its government (the routing table's line) is not told of its own notice.
    const countyOffice = campaignClient(api.http, officeStaff.raw().auth.Authorization.slice(7));
    const own = await countyOffice.issue({
      reportYear: 2074,
      issuingUnitId: office.id,
      title: '关于报送2074年度法治政府建设情况报告的通知（县）',
      body: '请县政府按时报送。',
      dueDate: '2075-02-20',
      targets: { unitIds: [county.id] },
    });
    expect([own.status, own.body.error]).toEqual([201, undefined]);
    expect((await told(officeStaff, 'campaign_issued')).filter((n) => n.campaignId === own.body.id)).toEqual(
      [],
    );
    expect(
      (await told(countyLeader, 'campaign_issued')).filter((n) => n.campaignId === own.body.id),
    ).toHaveLength(1);

    await prefectureOffice.withdraw(issued.body.id, '通知内容有误，将重新下发').expect(200);
    const withdrawn = await told(officeStaff, 'campaign_withdrawn');
    expect(withdrawn).toHaveLength(1);
    expect(withdrawn[0].body).toMatch(/已撤销，原定2075年2月26日的报送要求不再有效。撤销原因：通知内容有误/);
  });

  it('finds an office placed directly under its government too', async () => {
    const ds = api.dataSource;
    const prefecture = await createUnit(ds, null, {
      name: uniqueName('昌吉州'),
      kind: 'government',
      level: 'prefecture',
    });
    const county = await createUnit(ds, prefecture, { name: uniqueName('玛纳斯县'), kind: 'government' });
    const office = await createUnit(ds, county, {
      name: uniqueName('依法治县办'),
      kind: 'rule_of_law_office',
    });
    const staff = await createUser(ds, office.id, ['coordinator']);
    const issuer = await createUser(ds, prefecture.id, ['coordinator']);
    await campaignClient(api.http, await login(api.http, issuer.username, issuer.password))
      .issue({
        reportYear: 2074,
        title: '关于报送2074年度法治政府建设年度报告的通知',
        body: '请按时报送。',
        dueDate: '2075-02-26',
        targets: { unitIds: [county.id] },
      })
      .expect(201);
    const inbox = reportClient(api.http, await login(api.http, staff.username, staff.password));
    const messages = ((await inbox.notifications().expect(200)).body as Array<{ kind: string }>).filter(
      (n) => n.kind === 'campaign_issued',
    );
    expect(messages).toHaveLength(1);
  });
});
