import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { completeSections } from '../support/content';
import { createUnit, createUser, relaxDutySeparation, uniqueName } from '../support/factories';
import { reportClient, step } from '../reports/report-helpers';
import { at, campaignClient, login, MEETING, submitThroughChain } from './campaign-helpers';

type Campaigns = ReturnType<typeof campaignClient>;

/**
 * Campaign-stored chain rules (内部审核流程要求, issue #17 item 5). A county bureau has chosen a chain
 * without the legal adviser (without-legal-review). The 依法治县办's campaign for 2106 requires
 * 法律顾问审查: the bureau's report follows the campaign's path, and the unit's chain page names
 * the campaign and what is missing. Its campaign for 2107 does not require it: the bureau's own
 * chain is used. A campaign naming the old default v2 (with the 公开 step) still runs it to 已公开,
 * while new reports end at 已接收. Sandbox units; report years 2106-2107 belong to this file.
 */
describe('chain rules stored on the campaign', () => {
  const clock = new ManualClock(at('2107-01-10'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let office: Campaigns;
  let drafter: ReturnType<typeof reportClient>;
  let officeReports: ReturnType<typeof reportClient>;
  let adminAuth: Record<string, string>;
  let bureauId: string;

  const issue = (reportYear: number, body: object) =>
    office.issue({
      title: `关于报送${reportYear}年度法治政府建设年度报告的通知`,
      reportYear,
      body: `请报送本单位${reportYear}年度法治政府建设年度报告。`,
      dueDate: `${reportYear + 1}-02-20`,
      targets: { unitIds: [bureauId] },
      ...body,
    });
  const workflowOfReportFor = async (campaignId: string) => {
    const board = await office.board(campaignId).expect(200);
    const reportId = board.body.rows[0].reportId as string;
    return (await drafter.get(reportId).expect(200)).body.workflow as { id: string; version: number };
  };
  const reviewChainPage = () => api.http().get(`/units/${bureauId}/review-chain`).set(adminAuth);

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    const ds = api.dataSource;
    const pref = await createUnit(ds, null, {
      name: uniqueName('昌吉州'),
      kind: 'government',
      level: 'prefecture',
    });
    const county = await createUnit(ds, pref, { name: '呼图壁县', kind: 'government' });
    const officeUnit = await createUnit(ds, county, { name: '依法治县办', kind: 'rule_of_law_office' });
    const bureau = await createUnit(ds, county, { name: '呼图壁县交通运输局' });
    bureauId = bureau.id;
    const as = async (unitId: string, roles: Parameters<typeof createUser>[2]) => {
      const user = await createUser(ds, unitId, roles);
      return login(api.http, user.username, user.password);
    };
    office = campaignClient(api.http, await as(officeUnit.id, ['coordinator']));
    drafter = reportClient(api.http, await as(bureau.id, ['drafter']));
    officeReports = reportClient(api.http, await as(officeUnit.id, ['coordinator']));
    adminAuth = { Authorization: `Bearer ${await as(bureau.id, ['admin'])}` };
    await api
      .http()
      .put(`/units/${bureauId}/review-chain`)
      .set(adminAuth)
      .send({ reviewChain: 'without-legal-review' })
      .expect(200);
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('refuses to switch off 集体审议 or 签发, naming each field, and issues nothing', async () => {
    const refused = await issue(2106, {
      chainRules: { deliberation: false, legalReview: true, signOff: false },
    }).expect(400);
    expect(refused.body.details.fields).toEqual(['chainRules.deliberation', 'chainRules.signOff']);
    expect(refused.body.message).toContain('集体审议 cannot be switched off');
    expect((await office.list('?reportYear=2106').expect(200)).body).toEqual([]);
  });

  it('a campaign requiring 法律顾问审查 gives the bureau, whose chain skips it, the campaign’s path', async () => {
    const issued = await issue(2106, {
      chainRules: { deliberation: true, legalReview: true, signOff: true },
    }).expect(201);
    expect(issued.body.chainRules).toEqual({ deliberation: true, legalReview: true, signOff: true });
    expect(await workflowOfReportFor(issued.body.id)).toEqual(issued.body.workflow);

    const page = (await reviewChainPage().expect(200)).body;
    expect(page.reviewChain).toBe('without-legal-review');
    expect(page.shortfalls).toEqual([
      {
        campaignId: issued.body.id,
        title: '关于报送2106年度法治政府建设年度报告的通知',
        reportYear: 2106,
        issuingUnitName: '依法治县办',
        missing: [{ rule: 'legalReview', label: '法律顾问审查' }],
      },
    ]);
    // The paths the admin may pick instead: the ones with 法律顾问审查 keep this campaign's rules.
    const shortOf = Object.fromEntries(
      page.choices.map((c: { id: string; campaignsShortOf: number }) => [c.id, c.campaignsShortOf]),
    );
    expect(shortOf).toEqual({
      default: 0,
      'with-division-leader': 0,
      'without-legal-review': 1,
      'with-division-leader-without-legal-review': 1,
    });
    const withDivisionLeader = page.choices.find((c: { id: string }) => c.id === 'with-division-leader');
    expect(withDivisionLeader.states.map((s: { label: string }) => s.label)).toEqual(
      expect.arrayContaining(['法律顾问审查']),
    );
  });

  it('a campaign not requiring it gives the bureau its own chain, and its page names no shortfall for it', async () => {
    const issued = await issue(2107, { chainRules: { legalReview: false } }).expect(201);
    expect(issued.body.chainRules).toEqual({ deliberation: true, legalReview: false, signOff: true });
    expect(await workflowOfReportFor(issued.body.id)).toEqual({ id: 'without-legal-review', version: 2 });
    const page = (await reviewChainPage().expect(200)).body;
    expect(page.shortfalls.map((s: { reportYear: number }) => s.reportYear)).toEqual([2106]);
  });

  it('a report on the old version (default v2) is still decided against it, 公开 included', async () => {
    // A second bureau, without a chosen chain, asked for 2106 on the old version.
    const ds = api.dataSource;
    const [county] = await ds.query('SELECT parent_id AS id FROM units WHERE id = ?', [bureauId]);
    const parent = (await ds.query('SELECT id, path FROM units WHERE id = ?', [county.id]))[0];
    const second = await createUnit(ds, parent, { name: '呼图壁县水利局' });
    await relaxDutySeparation(ds, second.id);
    const secondUser = async (roles: Parameters<typeof createUser>[2]) => {
      const user = await createUser(ds, second.id, roles);
      return reportClient(api.http, await login(api.http, user.username, user.password));
    };
    const secondDrafter = await secondUser(['drafter']);
    const secondReviewer = await secondUser([
      'dept_reviewer',
      'legal_adviser',
      'party_approver',
      'unit_leader',
    ]);
    const issued = await office
      .issue({
        title: '关于报送2106年度法治政府建设年度报告的补充通知',
        reportYear: 2106,
        body: '请报送本单位2106年度法治政府建设年度报告。',
        dueDate: '2107-02-20',
        targets: { unitIds: [second.id] },
        workflow: { id: 'default', version: 2 },
      })
      .expect(201);
    const board = await office.board(issued.body.id).expect(200);
    const reportId = board.body.rows[0].reportId as string;
    expect((await secondDrafter.get(reportId).expect(200)).body.workflow).toEqual({
      id: 'default',
      version: 2,
    });
    await secondDrafter
      .save(reportId, { basedOnRevision: 0, sections: completeSections('呼图壁县水利局', 2106) })
      .expect(201);
    await submitThroughChain(secondDrafter, secondReviewer, reportId, {
      ...MEETING,
      meetingDate: '2107-01-05',
    });
    const { http, auth } = officeReports.raw();
    const receipt = (await http().get(`/reports/${reportId}/receipts`).set(auth).expect(200)).body[0];
    await http()
      .post(`/reports/${reportId}/receipts/${issued.body.id}/accept`)
      .set(auth)
      .send({ expectedVersion: receipt.version })
      .expect(200);
    const accepted = (await secondDrafter.get(reportId).expect(200)).body;
    expect(accepted.state).toBe('accepted');
    expect(accepted.allowedActions.map((a: { action: string }) => a.action)).toEqual(['publish']);
    await step(secondDrafter, reportId, 'publish');
    expect((await secondDrafter.get(reportId).expect(200)).body.state).toBe('published');
  });
});
