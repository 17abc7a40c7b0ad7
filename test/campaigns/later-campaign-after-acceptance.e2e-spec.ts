import type { INestApplicationContext } from '@nestjs/common';
import { ManualClock } from '@app/common';
import { startApi, startWorker } from '../support/apps';
import { createUnit, createUser, relaxDutySeparation, uniqueName } from '../support/factories';
import { reportClient } from '../reports/report-helpers';
import { at, campaignClient, login, MEETING, submitThroughChain } from './campaign-helpers';

type Client = ReturnType<typeof reportClient>;

// This file's report year, used by no other file; its units are its own.
const YEAR = 2134;

/**
 * A scenario test (stop 46): the county's office accepted the bureau's report, and then the
 * department above asked for it too. The report could be sent nowhere (409 DISPATCH_NOT_POSSIBLE),
 * and the prefecture's board waited for it for good. It is now sent the accepted version; the
 * prefecture accepts it, with findings if something must change, and cannot return it, since no
 * step takes an accepted report back to its unit.
 */
describe('a campaign that asks after the report was accepted', () => {
  const clock = new ManualClock(at(`${YEAR + 1}-01-25`));
  let api: Awaited<ReturnType<typeof startApi>>;
  let worker: INestApplicationContext;
  let drafter: Client;
  let department: Client;
  let departmentCampaigns: ReturnType<typeof campaignClient>;
  let lateId: string;
  let reportId: string;

  const raw = (client: Client) => client.raw();
  const lateReceipt = async () => {
    const { http, auth } = raw(department);
    const res = await http().get(`/reports/${reportId}/receipts`).set(auth).expect(200);
    return res.body.find((r: { campaign: { id: string } }) => r.campaign.id === lateId);
  };
  const decide = (decision: 'accept' | 'return', body: object) => {
    const { http, auth } = raw(department);
    return http().post(`/reports/${reportId}/receipts/${lateId}/${decision}`).set(auth).send(body);
  };

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    worker = await startWorker({ clock });
    const ds = api.dataSource;
    const prefecture = await createUnit(ds, null, { name: uniqueName('接收后州'), kind: 'government' });
    const county = await createUnit(ds, prefecture, { name: uniqueName('接收后县'), kind: 'government' });
    const office = await createUnit(ds, county, {
      name: uniqueName('接收后依法治县办'),
      kind: 'rule_of_law_office',
    });
    const bureau = await createUnit(ds, county, { name: uniqueName('接收后县统计局') });
    await relaxDutySeparation(ds, bureau.id);
    const as = async (unitId: string, roles: Parameters<typeof createUser>[2]) => {
      const user = await createUser(ds, unitId, roles);
      return login(api.http, user.username, user.password);
    };
    drafter = reportClient(api.http, await as(bureau.id, ['drafter']));
    const reviewer = reportClient(
      api.http,
      await as(bureau.id, ['dept_reviewer', 'legal_adviser', 'party_approver', 'unit_leader']),
    );
    const officeToken = await as(office.id, ['coordinator']);
    const notice = (title: string, dueDate: string) => ({
      reportYear: YEAR,
      title,
      body: '请报送。',
      dueDate,
      targets: { unitIds: [bureau.id] },
    });
    const first = await campaignClient(api.http, officeToken)
      .issue(notice(`关于报送${YEAR}年度法治政府建设年度报告的通知`, `${YEAR + 1}-02-20`))
      .expect(201);
    const board = await campaignClient(api.http, officeToken).board(first.body.id).expect(200);
    reportId = board.body.rows[0].reportId;
    await submitThroughChain(drafter, reviewer, reportId, { ...MEETING, meetingDate: `${YEAR + 1}-01-20` });
    const office$ = reportClient(api.http, officeToken);
    const { http, auth } = office$.raw();
    const receipts = await http().get(`/reports/${reportId}/receipts`).set(auth).expect(200);
    await http()
      .post(`/reports/${reportId}/receipts/${first.body.id}/accept`)
      .set(auth)
      .send({ expectedVersion: receipts.body[0].version })
      .expect(200);
    expect((await drafter.get(reportId).expect(200)).body.state).toBe('accepted');

    // The prefecture asks too, after the county's office accepted.
    const departmentToken = await as(prefecture.id, ['coordinator']);
    department = reportClient(api.http, departmentToken);
    departmentCampaigns = campaignClient(api.http, departmentToken);
    const late = await departmentCampaigns
      .issue(notice(`关于报送${YEAR}年度各县市法治政府建设情况的通知`, `${YEAR + 1}-02-25`))
      .expect(201);
    lateId = late.body.id;
  });
  afterAll(async () => {
    await worker?.close();
    await api?.app.close();
  });

  it('is offered to the drafter and sent the accepted version with one action', async () => {
    // Before it is sent here, the late campaign's board says so, not 已接收 (a walk, stop 53: the
    // accepted report read as reported to every campaign), and names the drafter to act.
    const before = await departmentCampaigns.board(lateId).expect(200);
    expect(before.body.rows[0]).toMatchObject({
      state: 'sent_elsewhere',
      stage: '未报送本任务',
      submitted: false,
      receipt: null,
      holders: { roles: ['drafter'] },
    });
    const report = await drafter.get(reportId).expect(200);
    const offered = report.body.campaigns.filter((c: { canDispatch: boolean }) => c.canDispatch);
    expect(offered.map((c: { campaignId: string }) => c.campaignId)).toEqual([lateId]);
    // 我的待办 lists it for the drafter, naming the campaign waiting (a walk, stop 57: it was empty).
    const queued = (await drafter.workQueue().expect(200)).body as Array<{
      id: string;
      notSentToCampaigns?: Array<{ campaignId: string }>;
    }>;
    expect(queued.find((item) => item.id === reportId)?.notSentToCampaigns).toEqual([
      expect.objectContaining({ campaignId: lateId }),
    ]);
    const { http, auth } = raw(drafter);
    const sent = await http()
      .post(`/reports/${reportId}/receipts/${lateId}/dispatch`)
      .set(auth)
      .send({ expectedVersion: report.body.version })
      .expect(200);
    expect(sent.body).toMatchObject({ receipt: { status: 'received' }, report: { state: 'accepted' } });
    const board = await departmentCampaigns.board(lateId).expect(200);
    expect(board.body.rows[0]).toMatchObject({ receipt: 'received', submitted: true });
    // Sent: nothing left to do.
    const after = (await drafter.workQueue().expect(200)).body as Array<{ id: string }>;
    expect(after.map((item) => item.id)).not.toContain(reportId);
  });

  it('cannot be returned, and is accepted, with a finding for what must change', async () => {
    const receipt = await lateReceipt();
    // The console offers 接收 only: the receipt says a return is not possible.
    expect(receipt).toMatchObject({ canDecide: true, canReturn: false });
    const returned = await decide('return', {
      expectedVersion: receipt.version,
      comment: '请补充统计执法情况',
    }).expect(409);
    expect(returned.body).toMatchObject({
      error: 'RECEIPT_RETURN_NOT_POSSIBLE',
      details: { reportState: 'accepted' },
    });
    expect(await lateReceipt()).toMatchObject({ status: 'received', version: receipt.version });
    await decide('accept', {
      expectedVersion: receipt.version,
      findings: [{ text: '请补充统计执法情况' }],
    }).expect(200);
    const board = await departmentCampaigns.board(lateId).expect(200);
    expect(board.body.rows[0]).toMatchObject({ receipt: 'accepted', submitted: true });
    expect((await drafter.get(reportId).expect(200)).body.state).toBe('accepted');
  });
});
