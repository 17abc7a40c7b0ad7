import type { INestApplicationContext } from '@nestjs/common';
import { ManualClock } from '@app/common';
import { drainQueues, startApi, startWorker } from '../support/apps';
import { createUnit, createUser, relaxDutySeparation, uniqueName } from '../support/factories';
import { reportClient, step, submitDraft } from '../reports/report-helpers';
import { at, campaignClient, login, MEETING } from './campaign-helpers';

type Client = ReturnType<typeof reportClient>;

// This file's report year, used by no other file; its units are its own.
const YEAR = 2131;

/**
 * A unit that withdraws its dispatch (撤回报送) leaves no receipt to decide, whatever path its report
 * follows. Until stop 46 a withdrawal was read from the report's state: back in 编号发文 with the
 * revision sent. On a path where the leader's sign-off is the dispatch (with-leader-signoff v1), a
 * withdrawal lands in 主要负责人签发 instead: the office could still accept, and the report, signed
 * off again, stood in 已报送 with every receipt accepted and no action open to anyone.
 */
describe('a withdrawn dispatch leaves nothing to decide, on any review path', () => {
  const clock = new ManualClock(at(`${YEAR + 1}-01-25`));
  let api: Awaited<ReturnType<typeof startApi>>;
  let worker: INestApplicationContext;
  let countyLeader: ReturnType<typeof reportClient>;
  let drafter: Client;
  let leader: Client;
  let office: Client;
  let campaignId: string;
  let reportId: string;

  const raw = (client: Client) => client.raw();
  const receipt = async () => {
    const { http, auth } = raw(office);
    const res = await http().get(`/reports/${reportId}/receipts`).set(auth).expect(200);
    return res.body.find((r: { campaign: { id: string } }) => r.campaign.id === campaignId);
  };
  const decide = (decision: 'accept' | 'return', body: object) => {
    const { http, auth } = raw(office);
    return http().post(`/reports/${reportId}/receipts/${campaignId}/${decision}`).set(auth).send(body);
  };
  const queue = async () => {
    const { http, auth } = raw(office);
    const res = await http().get('/receipts/open').set(auth).expect(200);
    return res.body.map((q: { reportId: string }) => q.reportId);
  };

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    worker = await startWorker({ clock });
    const ds = api.dataSource;
    const county = await createUnit(ds, null, { name: uniqueName('撤回报送县'), kind: 'government' });
    const officeUnit = await createUnit(ds, county, {
      name: uniqueName('撤回报送依法治县办'),
      kind: 'rule_of_law_office',
    });
    const bureau = await createUnit(ds, county, { name: uniqueName('撤回报送县统计局') });
    await relaxDutySeparation(ds, bureau.id);
    const as = async (unitId: string, roles: Parameters<typeof createUser>[2]) => {
      const user = await createUser(ds, unitId, roles);
      return login(api.http, user.username, user.password);
    };
    drafter = reportClient(api.http, await as(bureau.id, ['drafter']));
    leader = reportClient(
      api.http,
      await as(bureau.id, ['dept_reviewer', 'legal_adviser', 'party_approver', 'unit_leader']),
    );
    const officeToken = await as(officeUnit.id, ['coordinator']);
    office = reportClient(api.http, officeToken);
    // The county government, which the report is sent to (主送) besides the office that decides it.
    countyLeader = reportClient(api.http, await as(county.id, ['unit_leader']));
    const issued = await campaignClient(api.http, officeToken)
      .issue({
        reportYear: YEAR,
        title: `关于报送${YEAR}年度法治政府建设年度报告的通知`,
        body: '请报送。',
        dueDate: `${YEAR + 1}-02-20`,
        workflow: { id: 'with-leader-signoff', version: 1 },
        targets: { unitIds: [bureau.id] },
      })
      .expect(201);
    campaignId = issued.body.id;
    const board = await campaignClient(api.http, officeToken).board(campaignId).expect(200);
    reportId = board.body.rows[0].reportId;

    await submitDraft(drafter, reportId);
    await step(leader, reportId, 'approve');
    await step(leader, reportId, 'approve', { fields: { opinion: '经审查，报告内容合法合规。' } });
    await step(leader, reportId, 'approve', { fields: { ...MEETING, meetingDate: `${YEAR + 1}-01-20` } });
    // The leader's approval is the dispatch on this path.
    await step(leader, reportId, 'approve');
    expect((await drafter.get(reportId).expect(200)).body.state).toBe('submitted');
  });
  afterAll(async () => {
    await worker?.close();
    await api?.app.close();
  });

  it('the leader withdraws the sign-off that sent it: the office can neither accept nor return', async () => {
    expect(await receipt()).toMatchObject({ status: 'received', dispatchWithdrawn: false, canDecide: true });
    expect(await queue()).toContain(reportId);

    const sent = await leader.get(reportId).expect(200);
    await leader.act(reportId, { action: 'withdraw', expectedVersion: sent.body.version }).expect(200);
    expect((await leader.get(reportId).expect(200)).body.state).toBe('leader_signoff');

    const withdrawn = await receipt();
    expect(withdrawn).toMatchObject({ status: 'received', dispatchWithdrawn: true, canDecide: false });
    const accept = await decide('accept', { expectedVersion: withdrawn.version }).expect(409);
    expect(accept.body.message).toMatch(/withdrew its dispatch/);
    await decide('return', { expectedVersion: withdrawn.version, comment: '请补充数据' }).expect(409);
    expect(await queue()).not.toContain(reportId);
    expect((await receipt()).status).toBe('received');
    // The office that had it to decide is told it was taken back (scenario test, stop 47: nobody was).
    await drainQueues(worker);
    const told = (await office.notifications().expect(200)).body as Array<{
      kind: string;
      reportId: string;
      body: string;
    }>;
    expect(told.filter((n) => n.reportId === reportId && n.kind === 'withdrawn')).toEqual([
      expect.objectContaining({ body: expect.stringContaining('撤回了报送的报告（第 1 版）') }),
    ]);
    // So is every unit it was sent to, once (scenario test, stop 49: the 县政府 and 县委 kept only
    // 收到报告 of a document recalled for a wrong 文号).
    const toCounty = (await countyLeader.notifications().expect(200)).body as Array<{
      kind: string;
      reportId: string;
      body: string;
    }>;
    expect(toCounty.filter((n) => n.reportId === reportId).map((n) => n.kind)).toEqual([
      'withdrawn',
      'copied',
    ]);
    expect(toCounty.find((n) => n.kind === 'withdrawn')!.body).toContain(
      '撤回了报送你单位的报告（第 1 版），重新报送后以新报送的版本为准',
    );
  });

  it('signed off again, the report reaches the office to decide, and accepting it closes the year', async () => {
    const signed = await leader.get(reportId).expect(200);
    await leader.act(reportId, { action: 'approve', expectedVersion: signed.body.version }).expect(200);
    const open = await receipt();
    expect(open).toMatchObject({
      status: 'received',
      dispatchWithdrawn: false,
      canDecide: true,
      dispatchCount: 2,
    });
    expect(await queue()).toContain(reportId);
    const accepted = await decide('accept', { expectedVersion: open.version }).expect(200);
    expect(accepted.body.report.state).toBe('accepted');
  });
});
