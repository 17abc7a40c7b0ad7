import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { createUnit, createUser, relaxDutySeparation } from '../support/factories';
import { reportClient, step, submitDraft } from '../reports/report-helpers';
import { at, campaignClient, login, submitThroughChain } from './campaign-helpers';

/**
 * A civil servant's walk (stop 39): a report answering two campaigns was returned by one while the
 * other's receipt was still open; back in the unit, its own reviewers had no 退回, as if the report
 * still waited above. The issuers decide receipts only while the report is sent (已报送); inside the
 * unit, 退回 is its reviewers' again.
 */
describe('inside the unit, its reviewers may return a report another campaign still has open', () => {
  const clock = new ManualClock(at('2026-01-25'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let drafter: ReturnType<typeof reportClient>;
  let reviewer: ReturnType<typeof reportClient>;
  let prefReports: ReturnType<typeof reportClient>;
  let reportId: string;
  let officeId: string;
  let prefCampaignId: string;
  let officeCampaignId: string;
  let officeReports: ReturnType<typeof reportClient>;

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    const ds = api.dataSource;
    const prefecture = await createUnit(ds, null, { kind: 'government', level: 'prefecture' });
    // Named as places name them: the 州's bureau asks its counterpart, the county's 交通运输局.
    const prefTransport = await createUnit(ds, prefecture, {
      name: `${prefecture.name}交通运输局`,
      level: 'prefecture',
    });
    const county = await createUnit(ds, prefecture, { kind: 'government' });
    const office = await createUnit(ds, county, { kind: 'rule_of_law_office' });
    officeId = office.id;
    const transport = await createUnit(ds, county, { name: `${county.name}交通运输局` });
    const as = async (unitId: string, roles: Parameters<typeof createUser>[2]) => {
      const user = await createUser(ds, unitId, roles);
      return login(api.http, user.username, user.password);
    };
    drafter = reportClient(api.http, await as(transport.id, ['drafter']));
    reviewer = reportClient(
      api.http,
      await as(transport.id, ['dept_reviewer', 'legal_adviser', 'party_approver', 'unit_leader']),
    );
    await relaxDutySeparation(ds, transport.id);
    // The office's 经办人 are 司法局 staff holding coordinator in the office, as in the demo.
    const justice = await createUnit(ds, county, { kind: 'justice_bureau' });
    const officeToken = await as(justice.id, [['coordinator', office.id]]);
    const prefToken = await as(prefTransport.id, ['coordinator']);
    officeReports = reportClient(api.http, officeToken);
    prefReports = reportClient(api.http, prefToken);
    const ask = async (token: string) => {
      const issued = await campaignClient(api.http, token)
        .issue({
          reportYear: 2025,
          title: '关于报送2025年度法治政府建设年度报告的通知',
          body: '请报送。',
          dueDate: '2026-02-20',
          targets: { unitIds: [transport.id] },
        })
        .expect(201);
      return issued.body.id as string;
    };
    officeCampaignId = await ask(officeToken);
    prefCampaignId = await ask(prefToken);
    const board = await campaignClient(api.http, officeToken).board(officeCampaignId).expect(200);
    reportId = board.body.rows[0].reportId;
    await submitThroughChain(drafter, reviewer, reportId);
  });
  afterAll(async () => {
    await api?.app.close();
  });

  const receiptOf = async (client: ReturnType<typeof reportClient>, campaignId: string) => {
    const { http, auth } = client.raw();
    const res = await http().get(`/reports/${reportId}/receipts`).set(auth).expect(200);
    return res.body.find((r: { campaign: { id: string } }) => r.campaign.id === campaignId);
  };

  it('offers the unit’s reviewer 退回 while the other receipt stays open, and the return goes through', async () => {
    // The county office returns; the prefecture bureau's receipt stays open.
    const { http, auth } = officeReports.raw();
    const receipt = await receiptOf(officeReports, officeCampaignId);
    await http()
      .post(`/reports/${reportId}/receipts/${officeCampaignId}/return`)
      .set(auth)
      .send({ expectedVersion: receipt.version, comment: '第二部分请补充原因分析。' })
      .expect(200);
    expect(await receiptOf(prefReports, prefCampaignId)).toMatchObject({ status: 'received' });
    // The office still reads what it returned (it got 404, its staff belonging to the 司法局).
    const asReturned = await officeReports.get(reportId).expect(200);
    expect(asReturned.body.currentRevision).toBe(1);
    // The history names the office that returned it, not the 司法局 its staff sit in (QA, stop 50).
    const history = await drafter.history(reportId).expect(200);
    const decisions = (
      history.body.events as Array<{ action: string; actorUnit: { id: string; name: string } | null }>
    ).filter((e) => e.action === 'receipt_returned' || e.action === 'return');
    expect(decisions.map((e) => [e.action, e.actorUnit?.id])).toEqual([
      ['receipt_returned', officeId],
      ['return', officeId],
    ]);

    await submitDraft(drafter, reportId);
    const inReview = await reviewer.get(reportId).expect(200);
    // A return that asks for no new deliberation goes straight to the leader's sign-off.
    expect(inReview.body.state).toBe('leader_signoff');
    expect(inReview.body.allowedActions.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['sign_off', 'return']),
    );
    const returned = await step(reviewer, reportId, 'return', { comment: '数据需核实。' });
    expect(returned.event).toMatchObject({ action: 'return', toState: 'drafting' });
  });
});
