import type { INestApplicationContext } from '@nestjs/common';
import { ManualClock } from '@app/common';
import { drainQueues, startApi, startWorker } from '../support/apps';
import { completeSections } from '../support/content';
import { createUnit, createUser, relaxDutySeparation, uniqueName } from '../support/factories';
import { dispatchNotices, reportClient } from '../reports/report-helpers';
import { at, campaignClient, login, submitThroughChain } from './campaign-helpers';

type Client = ReturnType<typeof reportClient>;

/**
 * The unit's internal path from drafting to dispatch (state `submitted`). The internal stages
 * belong to the deliberation work: when they change, only this function follows.
 */
async function dispatchFromDrafting(drafter: Client, reviewer: Client, reportId: string) {
  await submitThroughChain(drafter, reviewer, reportId);
}

/**
 * 呼图壁县交通运输局 is asked by two bodies: the county's 依法治县办 (主送 县委、县政府) and the
 * prefecture's 州交通运输局. It writes one report, dispatches it once to both, and each recipient
 * decides its own receipt; a return from one reopens the report, the fix reaches it again, and the
 * one that had accepted is told of the correction (更正).
 */
describe('one report per unit and year, answering every campaign that asks for it', () => {
  const clock = new ManualClock(at('2026-01-25'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let worker: INestApplicationContext;
  const units = {} as Record<
    | 'prefecture'
    | 'prefTransport'
    | 'county'
    | 'partyCommittee'
    | 'office'
    | 'transport'
    | 'otherCounty'
    | 'otherTransport',
    { id: string; path: string; name: string }
  >;
  let drafter: Client;
  let reviewer: Client;
  let officeCoordinator: ReturnType<typeof campaignClient>;
  let prefCoordinator: ReturnType<typeof campaignClient>;
  let officeReports: Client;
  let prefReports: Client;
  let partyLeader: Client;
  let otherDrafter: Client;
  let countyCoordinator: Client;
  let officeCampaign: { id: string; title: string };
  let prefCampaign: { id: string; title: string };
  let reportId: string;
  /** The county's campaign that asked after the dispatch, and its coordinator. */
  let lateCampaign: { id: string; reports: Client };

  const receipts = (client: Client, id: string) => {
    const { http, auth } = client.raw();
    return http().get(`/reports/${id}/receipts`).set(auth);
  };
  const decide = (client: Client, id: string, campaignId: string, decision: string, body: object) => {
    const { http, auth } = client.raw();
    return http().post(`/reports/${id}/receipts/${campaignId}/${decision}`).set(auth).send(body);
  };
  const openQueue = (client: Client) => {
    const { http, auth } = client.raw();
    return http().get('/receipts/open').set(auth);
  };
  const receiptOf = async (client: Client, campaignId: string) => {
    const res = await receipts(client, reportId).expect(200);
    return res.body.find((r: { campaign: { id: string } }) => r.campaign.id === campaignId);
  };

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    worker = await startWorker({ clock });
    const ds = api.dataSource;
    units.prefecture = await createUnit(ds, null, {
      name: uniqueName('昌吉州'),
      kind: 'government',
      level: 'prefecture',
    });
    units.prefTransport = await createUnit(ds, units.prefecture, {
      name: '州交通运输局',
      level: 'prefecture',
    });
    units.county = await createUnit(ds, units.prefecture, { name: '呼图壁县', kind: 'government' });
    units.partyCommittee = await createUnit(ds, units.county, {
      name: '中共呼图壁县委员会',
      kind: 'party_committee',
    });
    units.office = await createUnit(ds, units.county, { name: '依法治县办', kind: 'rule_of_law_office' });
    units.transport = await createUnit(ds, units.county, { name: '呼图壁县交通运输局' });
    units.otherCounty = await createUnit(ds, units.prefecture, { name: '玛纳斯县', kind: 'government' });
    units.otherTransport = await createUnit(ds, units.otherCounty, { name: '玛纳斯县交通运输局' });

    const as = async (unitId: string, roles: Parameters<typeof createUser>[2]) => {
      const user = await createUser(ds, unitId, roles);
      return login(api.http, user.username, user.password);
    };
    drafter = reportClient(api.http, await as(units.transport.id, ['drafter']));
    reviewer = reportClient(
      api.http,
      await as(units.transport.id, ['dept_reviewer', 'legal_adviser', 'party_approver', 'unit_leader']),
    );
    await relaxDutySeparation(ds, units.transport.id);
    const officeToken = await as(units.office.id, ['coordinator']);
    officeCoordinator = campaignClient(api.http, officeToken);
    officeReports = reportClient(api.http, officeToken);
    const prefToken = await as(units.prefTransport.id, ['coordinator']);
    prefCoordinator = campaignClient(api.http, prefToken);
    prefReports = reportClient(api.http, prefToken);
    partyLeader = reportClient(api.http, await as(units.partyCommittee.id, ['unit_leader']));
    otherDrafter = reportClient(api.http, await as(units.otherTransport.id, ['drafter']));
    countyCoordinator = reportClient(api.http, await as(units.county.id, ['coordinator']));
  });
  afterAll(async () => {
    await worker?.close();
    await api?.app.close();
  });

  it('lets the 依法治县办 and the 州交通运输局 each ask the county bureau, naming their recipients', async () => {
    const issued = await officeCoordinator
      .issue({
        reportYear: 2025,
        title: '关于报送2025年度法治政府建设年度报告的通知',
        documentNumber: '呼法办发〔2026〕1号',
        body: '各部门：请报送本单位2025年度法治政府建设年度报告。',
        dueDate: '2026-02-20',
        targets: { unitIds: [units.transport.id] },
        recipients: { main: [units.partyCommittee.id, units.county.id] },
      })
      .expect(201);
    officeCampaign = { id: issued.body.id, title: issued.body.notice.title };
    expect(issued.body.recipients).toEqual({
      main: [
        { id: units.partyCommittee.id, name: units.partyCommittee.name },
        { id: units.county.id, name: units.county.name },
      ],
      copy: [],
      external: { main: [], copy: [] },
      perTarget: null,
    });

    const fromPrefecture = await prefCoordinator
      .issue({
        reportYear: 2025,
        title: '关于报送交通运输系统2025年度法治政府建设报告的通知',
        documentNumber: '昌州交发〔2026〕3号',
        body: '各县市交通运输局：请报送2025年度法治政府建设年度报告。',
        dueDate: '2026-02-25',
        targets: { unitIds: [units.transport.id] },
      })
      .expect(201);
    prefCampaign = { id: fromPrefecture.body.id, title: fromPrefecture.body.notice.title };
    // Without recipients named, the issuing unit receives.
    expect(fromPrefecture.body.recipients.main).toEqual([
      { id: units.prefTransport.id, name: '州交通运输局' },
    ]);

    const [officeBoard, prefBoard] = await Promise.all([
      officeCoordinator.board(officeCampaign.id).expect(200),
      prefCoordinator.board(prefCampaign.id).expect(200),
    ]);
    reportId = officeBoard.body.rows[0].reportId;
    // One report answers both campaigns.
    expect(prefBoard.body.rows[0].reportId).toBe(reportId);
    expect(officeBoard.body.rows[0]).toMatchObject({ state: 'drafting', receipt: null, submitted: false });

    // The bureau's drafter sees both due dates, the earlier first, each with the office that asks:
    // the report's one due date was the first campaign's alone.
    const mine = await drafter.get(reportId).expect(200);
    expect(
      (
        mine.body.campaigns as Array<{ campaignId: string; dueDate: string; issuingUnit: { id: string } }>
      ).map((c) => [c.campaignId, c.dueDate, c.issuingUnit.id]),
    ).toEqual([
      [officeCampaign.id, '2026-02-20', units.office.id],
      [prefCampaign.id, '2026-02-25', units.prefTransport.id],
    ]);

    // A second report made by hand beside it (it went to the unit above by the old routing, around
    // the campaigns: an external QA engineer, stop 50) is refused, naming the one to write.
    const second = await drafter.create({ unitId: units.transport.id, reportYear: 2025 });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ error: 'REPORT_EXISTS', details: { reportId } });
    expect(second.body.message).toContain(reportId);
  });

  it('refuses recipients the issuer may not name, and names the bad id', async () => {
    const res = await officeCoordinator
      .issue({
        reportYear: 2025,
        title: '收件单位有误的通知',
        body: '请报送。',
        dueDate: '2026-02-20',
        targets: { unitIds: [units.transport.id] },
        recipients: { main: [units.otherCounty.id], copy: [units.transport.id] },
      })
      .expect(400);
    expect(res.body).toMatchObject({
      error: 'RECIPIENT_INVALID',
      details: { unitIds: [units.otherCounty.id, units.transport.id] },
    });
  });

  it('refuses issuing the same campaign twice, naming the one already issued', async () => {
    const again = await officeCoordinator
      .issue({
        reportYear: 2025,
        title: '关于报送2025年度法治政府建设年度报告的通知（重发）',
        body: '请报送。',
        dueDate: '2026-02-20',
        targets: { unitIds: [units.transport.id] },
      })
      .expect(409);
    expect(again.body).toMatchObject({
      error: 'CAMPAIGN_DUPLICATE',
      details: { campaignId: officeCampaign.id, documentNumber: '呼法办发〔2026〕1号' },
    });
    expect(again.body.message).toContain(officeCampaign.title);
    // The recipients preview says so while the units are chosen, given the year (a walk, stop 55:
    // the refusal came only at 确认下发); another year asks nobody twice.
    const preview = (reportYear: number) =>
      api
        .http()
        .post('/campaigns/default-recipients')
        .set(officeCoordinator.auth)
        .send({ reportYear, targets: { unitIds: [units.transport.id] } })
        .expect(200);
    expect((await preview(2025)).body.alreadyAsked).toEqual({
      campaignId: officeCampaign.id,
      title: officeCampaign.title,
      documentNumber: '呼法办发〔2026〕1号',
      units: [{ id: units.transport.id, name: units.transport.name }],
    });
    expect((await preview(2024)).body.alreadyAsked).toBeNull();
  });

  it('dispatches the one report to both campaigns; main recipients read it, the issuers decide', async () => {
    await dispatchFromDrafting(drafter, reviewer, reportId);
    const both = await receipts(drafter, reportId).expect(200);
    expect(
      both.body.map((r: { campaign: { id: string }; status: string }) => [r.campaign.id, r.status]).sort(),
    ).toEqual(
      [
        [officeCampaign.id, 'received'],
        [prefCampaign.id, 'received'],
      ].sort(),
    );
    // The office's queue holds its receipt; the issuers read the report; 县委 reads its copy.
    const queue = await openQueue(officeReports).expect(200);
    expect(queue.body.map((q: { reportId: string }) => q.reportId)).toContain(reportId);
    // With the time to decide it, the report's stage deadline in 已报送 (a walk, stop 48).
    const waiting = queue.body.find((q: { reportId: string }) => q.reportId === reportId);
    expect(waiting.decideBy).toBe((await drafter.get(reportId).expect(200)).body.stageDueAt);
    expect(waiting.decideBy).toEqual(expect.any(String));
    await prefReports.get(reportId).expect(200);
    const copy = await partyLeader.get(reportId).expect(200);
    expect(copy.body.state).toBe('submitted');
    // What it was sent, not which campaigns ask the bureau for what.
    expect(copy.body.campaigns).toEqual([]);
    // A plain report action would bypass the other campaign's receipt: not offered, and refused.
    const current = await prefReports.get(reportId).expect(200);
    expect(current.body.allowedActions).toEqual([]);
    const workQueue = await prefReports.workQueue().expect(200);
    expect(workQueue.body.map((w: { id: string }) => w.id)).not.toContain(reportId);
    const bypass = await prefReports
      .act(reportId, { action: 'accept', expectedVersion: current.body.version })
      .expect(409);
    expect(bypass.body.error).toBe('RECEIPT_DECISION_REQUIRED');
    // Another county's drafter still cannot see it.
    await otherDrafter.get(reportId).expect(404);
    // A main recipient other than the issuer reads but never decides.
    const readerTries = await decide(partyLeader, reportId, officeCampaign.id, 'accept', {
      expectedVersion: 1,
    });
    expect(readerTries.status).toBe(404);
    // The 主送 县委 finds it among the reports it received as 主送; the issuing office, named on no
    // list of its notice, as 报送 under its own campaign (a walk, stop 49: it read 主送); neither as 抄送.
    for (const [reader, receivedAs] of [
      [officeReports, 'issuer'],
      [partyLeader, 'main'],
    ] as const) {
      const { http, auth } = reader.raw();
      const received = await http().get('/reports/copies').set(auth).expect(200);
      expect(received.body).toEqual([expect.objectContaining({ id: reportId, receivedAs })]);
      const copiesOnly = await http().get('/reports/copies?receivedAs=copy').set(auth).expect(200);
      expect(copiesOnly.body).toEqual([]);
    }
    // Each reader is told which notice addressed it (来文依据): the 州交通运输局 its own, though the
    // report was made under the office's (scenario test, stop 48: every row named that one).
    const addressedBy = async (reader: Client) => {
      const { http, auth } = reader.raw();
      const [row] = (await http().get('/reports/copies').set(auth).expect(200)).body as Array<{
        campaigns: unknown[];
      }>;
      return row.campaigns;
    };
    expect(await addressedBy(prefReports)).toEqual([
      {
        id: prefCampaign.id,
        title: prefCampaign.title,
        documentNumber: '昌州交发〔2026〕3号',
        receivedAs: 'main',
        // It issued the campaign too, so it decides the report (a walk, stop 57).
        issuedByYou: true,
      },
    ]);
    expect(await addressedBy(partyLeader)).toEqual([
      {
        id: officeCampaign.id,
        title: officeCampaign.title,
        documentNumber: '呼法办发〔2026〕1号',
        receivedAs: 'main',
        issuedByYou: false,
      },
    ]);
    // The 县委's head is told it was sent to the unit as 主送, not that it was copied.
    await drainQueues(worker);
    // The office deciding the receipt gets one message saying what came and what to do, not a 待办
    // and a 收到报告 for one dispatch (a walk, stop 48).
    const officeTold = (await officeReports.notifications().expect(200)).body as Array<{
      kind: string;
      reportId: string;
      body: string;
    }>;
    // As the office whose notice asked for it, whatever the notice named it (a walk, stop 49: 已抄送
    //你单位…；请接收或退回).
    expect(officeTold.filter((n) => n.reportId === reportId)).toEqual([
      expect.objectContaining({
        kind: 'copied',
        body: expect.stringMatching(
          /已报送你单位（你单位下发的报送任务），可在“收到的报告”中查阅；请接收或退回/,
        ),
      }),
    ]);
    expect(await dispatchNotices(partyLeader, reportId)).toEqual([
      expect.objectContaining({
        title: expect.stringMatching(/^收到报告：/),
        body: expect.stringContaining('已报送你单位（主送），可在“收到的报告”中查阅'),
      }),
    ]);
  });

  it('says who may decide each receipt by the endpoint’s own rule: the issuing office, not a coordinator above it', async () => {
    const office = await receiptOf(officeReports, officeCampaign.id);
    expect(office).toMatchObject({ status: 'received', canDecide: true });
    // The county government's coordinator reads the office's receipt but answers for another office.
    const above = await receipts(countyCoordinator, reportId).expect(200);
    const seenAbove = above.body.find(
      (r: { campaign: { id: string } }) => r.campaign.id === officeCampaign.id,
    );
    expect(seenAbove).toMatchObject({ status: 'received', canDecide: false });
    const refused = await decide(countyCoordinator, reportId, officeCampaign.id, 'accept', {
      expectedVersion: seenAbove.version,
    });
    expect(refused.status).toBe(403);
    const drafterView = await receipts(drafter, reportId).expect(200);
    expect(drafterView.body.map((r: { canDecide: boolean }) => r.canDecide)).toEqual([false, false]);
  });

  it('the 依法治县办 accepts; the 州交通运输局 returns with a comment and the report reopens', async () => {
    const officeReceipt = await receiptOf(officeReports, officeCampaign.id);
    const accepted = await decide(officeReports, reportId, officeCampaign.id, 'accept', {
      expectedVersion: officeReceipt.version,
    }).expect(200);
    expect(accepted.body).toMatchObject({ receipt: { status: 'accepted' }, report: { state: 'submitted' } });
    // The office has acted: the unit can no longer take the dispatch back (scenario test, stop 46).
    const sent = await drafter.get(reportId).expect(200);
    expect(sent.body.allowedActions.map((a: { action: string }) => a.action)).not.toContain('withdraw');
    const withdraw = await drafter
      .act(reportId, { action: 'withdraw', expectedVersion: sent.body.version })
      .expect(409);
    expect(withdraw.body).toMatchObject({
      error: 'WITHDRAW_NOT_ALLOWED',
      details: { currentState: 'submitted', acceptedBy: [units.office.name] },
    });
    expect(withdraw.body.message).toContain(units.office.name);
    // The office does not decide the prefecture bureau's receipt.
    const notTheirs = await decide(officeReports, reportId, prefCampaign.id, 'accept', {
      expectedVersion: 1,
    });
    expect(notTheirs.status).toBe(404);

    const prefReceipt = await receiptOf(prefReports, prefCampaign.id);
    await decide(prefReports, reportId, prefCampaign.id, 'return', {
      expectedVersion: prefReceipt.version,
    }).expect(400);
    const stale = await decide(prefReports, reportId, prefCampaign.id, 'return', {
      expectedVersion: prefReceipt.version + 5,
      comment: '第二部分请补充原因分析。',
    }).expect(409);
    expect(stale.body.error).toBe('RECEIPT_STALE_VERSION');
    const returned = await decide(prefReports, reportId, prefCampaign.id, 'return', {
      expectedVersion: prefReceipt.version,
      comment: '第二部分请补充原因分析。',
    }).expect(200);
    expect(returned.body).toMatchObject({ receipt: { status: 'returned' }, report: { state: 'drafting' } });
    // The drafter's message names the office whose receipt was returned.
    await drainQueues(worker);
    const inbox = (await drafter.notifications().expect(200)).body as Array<{ kind: string; body: string }>;
    expect(inbox.find((n) => n.kind === 'returned')?.body).toMatch(
      /^州交通运输局退回了.+的报告，现处于“起草中”/,
    );

    const history = await drafter.history(reportId).expect(200);
    const decisions = history.body.events.filter((e: { action: string }) => e.action.startsWith('receipt_'));
    expect(
      decisions.map(
        (e: {
          action: string;
          fields: { recipientUnitName: string };
          actorUnit: { name: string } | null;
        }) => [
          e.action,
          e.fields.recipientUnitName,
          // The drafter cannot list a higher office's units: the history names the actor's unit itself.
          e.actorUnit?.name,
        ],
      ),
    ).toEqual([
      ['receipt_accepted', '依法治县办', '依法治县办'],
      ['receipt_returned', '州交通运输局', '州交通运输局'],
    ]);
    expect(history.body.chain.verified).toBe(true);

    const [officeBoard, prefBoard] = await Promise.all([
      officeCoordinator.board(officeCampaign.id).expect(200),
      prefCoordinator.board(prefCampaign.id).expect(200),
    ]);
    // Each board counts its own campaign's returns (退回次数), which its 通报 and scores use.
    expect(officeBoard.body.rows[0]).toMatchObject({
      receipt: 'accepted',
      state: 'accepted',
      submitted: true,
      returnCount: 0,
    });
    expect(prefBoard.body.rows[0]).toMatchObject({
      receipt: 'returned',
      state: 'drafting',
      submitted: false,
      returnCount: 1,
    });
  });

  it('re-dispatches the fix: it reaches the 州交通运输局 again and the 依法治县办 is told of the correction', async () => {
    const current = await drafter.get(reportId).expect(200);
    const sections = completeSections(units.transport.name, 2025);
    await drafter
      .save(reportId, {
        basedOnRevision: current.body.currentRevision,
        sections: { shortcomings: `${sections.shortcomings}\n原因分析：执法力量配置与任务量不匹配。` },
      })
      .expect(201);
    await dispatchFromDrafting(drafter, reviewer, reportId);
    await drainQueues(worker);

    const prefReceipt = await receiptOf(prefReports, prefCampaign.id);
    const officeReceipt = await receiptOf(officeReports, officeCampaign.id);
    expect(prefReceipt).toMatchObject({ status: 'received', revision: 2, dispatchCount: 2 });
    expect(officeReceipt).toMatchObject({ status: 'accepted', revision: 2, acceptedRevision: 1 });
    // Deciding again is refused as what it is: an acceptance that stays, not a wait for a dispatch that
    // has just come (scenario test, stop 53: it said "until the report is dispatched again").
    const again = await decide(officeReports, reportId, officeCampaign.id, 'accept', {
      expectedVersion: officeReceipt.version,
    }).expect(409);
    expect(again.body).toMatchObject({
      error: 'RECEIPT_ALREADY_DECIDED',
      details: { currentStatus: 'accepted' },
    });
    expect(again.body.message).toMatch(/was accepted \(revision 1\) and stays accepted/);
    // The report's own unit lists the receipt, so it is told whose decision it is, not "not found"
    // (scenario test, stop 53: the unit's leader got 404 RECEIPT_NOT_FOUND).
    const ownUnit = await decide(drafter, reportId, officeCampaign.id, 'accept', {
      expectedVersion: officeReceipt.version,
    }).expect(403);
    expect(ownUnit.body).toMatchObject({ error: 'ROLE_REQUIRED', details: { needed: ['coordinator'] } });

    const told = await officeReports.notifications().expect(200);
    const correction = told.body.items
      ? told.body.items.find((n: { kind: string }) => n.kind === 'correction')
      : told.body.find((n: { kind: string }) => n.kind === 'correction');
    expect(correction).toMatchObject({ reportId, title: expect.stringContaining('更正') });
    // …and only of the 更正: not also 收到报告 of the same dispatch (scenario test, stop 48).
    expect(await dispatchNotices(officeReports, reportId)).toHaveLength(1);
    // The office that returned it hears that the version it holds was replaced, not of a new report.
    const [updated] = await dispatchNotices(prefReports, reportId);
    expect(updated).toMatchObject({
      title: expect.stringMatching(/^报告已更新：/),
      body: expect.stringContaining('（第 2 版）已报送你单位（你单位下发的报送任务），替换此前收到的第 1 版'),
    });

    // The accepted side can open the difference between what it accepted and the correction.
    const { http, auth } = officeReports.raw();
    const diff = await http().get(`/reports/${reportId}/diff?from=1&to=2`).set(auth).expect(200);
    expect(JSON.stringify(diff.body)).toContain('原因分析');

    const prefBoard = await prefCoordinator.board(prefCampaign.id).expect(200);
    expect(prefBoard.body.rows[0]).toMatchObject({
      receipt: 'received',
      state: 'submitted',
      submitted: true,
    });
  });

  it('sends the dispatched version to a campaign that asked after the dispatch, with one action', async () => {
    const countyToken = await login(
      api.http,
      ...(await createUser(api.dataSource, units.county.id, ['coordinator']).then(
        (u) => [u.username, u.password] as const,
      )),
    );
    const countyCoordinator = campaignClient(api.http, countyToken);
    const countyReports = reportClient(api.http, countyToken);
    const late = await countyCoordinator
      .issue({
        reportYear: 2025,
        title: '县政府关于报送2025年度法治政府建设年度报告的通知',
        body: '请报送。',
        dueDate: '2026-02-26',
        targets: { unitIds: [units.transport.id] },
      })
      .expect(201);
    const before = await countyCoordinator.board(late.body.id).expect(200);
    expect(before.body.rows[0]).toMatchObject({ reportId, receipt: null, submitted: false });

    const current = await drafter.get(reportId).expect(200);
    // The report says which campaign the drafter may send it to (the console's 报送至该任务).
    const canDispatch = (body: { campaigns: Array<{ campaignId: string; canDispatch: boolean }> }) =>
      body.campaigns.filter((c) => c.canDispatch).map((c) => c.campaignId);
    expect(canDispatch(current.body)).toEqual([late.body.id]);
    expect(canDispatch((await reviewer.get(reportId).expect(200)).body)).toEqual([]);
    const { http, auth } = drafter.raw();
    const sent = await http()
      .post(`/reports/${reportId}/receipts/${late.body.id}/dispatch`)
      .set(auth)
      .send({ expectedVersion: current.body.version })
      .expect(200);
    expect(sent.body).toMatchObject({
      receipt: { status: 'received', revision: 2 },
      report: { state: 'submitted' },
    });
    const twice = await http()
      .post(`/reports/${reportId}/receipts/${late.body.id}/dispatch`)
      .set(auth)
      .send({ expectedVersion: sent.body.report.version })
      .expect(409);
    expect(twice.body.error).toBe('RECEIPT_EXISTS');
    expect(canDispatch((await drafter.get(reportId).expect(200)).body)).toEqual([]);
    const after = await countyCoordinator.board(late.body.id).expect(200);
    expect(after.body.rows[0]).toMatchObject({ receipt: 'received', state: 'submitted', submitted: true });
    // The office that asked later hears of it as a first dispatch's recipients do (scenario test,
    // stop 46: nothing told it), once.
    await drainQueues(worker);
    await drainQueues(worker);
    expect(await dispatchNotices(countyReports, reportId)).toEqual([
      expect.objectContaining({
        title: expect.stringMatching(/^收到报告：/),
        body: expect.stringContaining('已报送你单位（主送），内容与此前收到的第 2 版相同'),
      }),
    ]);
    // Nothing was corrected: the 依法治县办, told of the 更正 once, is not told again (review, stop 46).
    const office = await officeReports.notifications().expect(200);
    const items: Array<{ kind: string; reportId: string }> = office.body.items ?? office.body;
    expect(items.filter((n) => n.kind === 'correction' && n.reportId === reportId)).toHaveLength(1);
    expect(await receiptOf(countyReports, late.body.id)).toMatchObject({
      status: 'received',
      canDecide: true,
    });
    lateCampaign = { id: late.body.id, reports: countyReports };
  });

  it('lets nobody decide a receipt while the unit has withdrawn its dispatch, until it dispatches again', async () => {
    // Pen test, stop 44: the issuer accepted after the withdrawal, and the report was left in 已报送
    // with no action open to anyone.
    const before = await drafter.get(reportId).expect(200);
    await drafter.act(reportId, { action: 'withdraw', expectedVersion: before.body.version }).expect(200);
    const receipt = await receiptOf(prefReports, prefCampaign.id);
    expect(receipt).toMatchObject({ status: 'received', dispatchWithdrawn: true, canDecide: false });
    const refused = await decide(prefReports, reportId, prefCampaign.id, 'accept', {
      expectedVersion: receipt.version,
    }).expect(409);
    expect(refused.body).toMatchObject({
      error: 'RECEIPT_ALREADY_DECIDED',
      details: { reportState: 'dispatching' },
    });
    expect(refused.body.message).toMatch(/withdrew its dispatch/);
    const queue = await openQueue(prefReports).expect(200);
    expect(queue.body.map((q: { reportId: string }) => q.reportId)).not.toContain(reportId);
    expect((await drafter.get(reportId).expect(200)).body.state).toBe('dispatching');
    // The campaign's board no longer counts it as sent: the unit has to act, not the office (scenario
    // test, stop 46: it kept 已报送, on time).
    const board = await prefCoordinator.board(prefCampaign.id).expect(200);
    expect(board.body.rows[0]).toMatchObject({ receipt: null, submitted: false, state: 'dispatching' });

    const withdrawn = await drafter.get(reportId).expect(200);
    await drafter
      .act(reportId, {
        action: 'dispatch',
        expectedVersion: withdrawn.body.version,
        fields: { documentNumber: '昌交发〔2026〕2号' },
      })
      .expect(200);
    expect(await receiptOf(prefReports, prefCampaign.id)).toMatchObject({
      status: 'received',
      dispatchWithdrawn: false,
      canDecide: true,
    });
    const again = await prefCoordinator.board(prefCampaign.id).expect(200);
    expect(again.body.rows[0]).toMatchObject({ receipt: 'received', submitted: true, state: 'submitted' });
    // The same version sent again is said to be sent again, not a new report (scenario test, stop 47:
    // the readers were told 收到报告 a second time).
    await drainQueues(worker);
    const notices = await dispatchNotices(prefReports, reportId);
    expect(notices[0]).toMatchObject({
      title: expect.stringMatching(/^重新报送：/),
      body: expect.stringContaining(
        '（第 2 版）再次报送你单位（你单位下发的报送任务），内容与此前收到的第 2 版相同',
      ),
    });
    expect(notices.filter((n) => n.title.startsWith('重新报送'))).toHaveLength(1);
  });

  it('accepts the report once every receipt is accepted', async () => {
    const late = await receiptOf(lateCampaign.reports, lateCampaign.id);
    const lateAccepted = await decide(lateCampaign.reports, reportId, lateCampaign.id, 'accept', {
      expectedVersion: late.version,
    }).expect(200);
    expect(lateAccepted.body.report.state).toBe('submitted');
    const prefReceipt = await receiptOf(prefReports, prefCampaign.id);
    const { http, auth } = prefReports.raw();
    const acceptOnce = () =>
      http()
        .post(`/reports/${reportId}/receipts/${prefCampaign.id}/accept`)
        .set(auth)
        .set('Idempotency-Key', 'receipt-accept-0001')
        .send({ expectedVersion: prefReceipt.version });
    const accepted = await acceptOnce().expect(200);
    expect(accepted.body.report.state).toBe('accepted');
    // A retried request (same Idempotency-Key) gets the first answer, not a 409.
    const retried = await acceptOnce().expect(200);
    expect(retried.body.report).toEqual(accepted.body.report);
    const queue = await openQueue(prefReports).expect(200);
    expect(queue.body.map((q: { reportId: string }) => q.reportId)).not.toContain(reportId);
  });

  it('never counts a withdrawn campaign as not submitted in the unit’s history', async () => {
    const issued = await prefCoordinator
      .issue({
        reportYear: 2025,
        title: '撤回的通知',
        body: '请报送。',
        dueDate: '2026-02-25',
        targets: { unitIds: [units.otherTransport.id] },
      })
      .expect(201);
    await prefCoordinator.withdraw(issued.body.id, '重复下发，撤回').expect(200);
    const { http, auth } = otherDrafter.raw();
    const history = await http()
      .get(`/units/${units.otherTransport.id}/submission-history`)
      .set(auth)
      .expect(200);
    expect(history.body.years).toEqual([
      {
        reportYear: 2025,
        campaigns: 0,
        submittedOnTime: 0,
        submittedLate: 0,
        submittedOnTimeAgainstNotice: 0,
        submittedLateAgainstNotice: 0,
        notSubmitted: 0,
        withdrawn: 1,
      },
    ]);
  });

  it('takes a report the unit began by hand as its report when a campaign then asks for that year', async () => {
    // Begun before the notice arrived: it stayed beside the campaign's, routed by the old rule to the
    // unit above with no due date (an external QA engineer, stop 52).
    const early = await drafter.create({ unitId: units.transport.id, reportYear: 2026 }).expect(201);
    const sections = completeSections(units.transport.name, 2026);
    await drafter.save(early.body.id, { basedOnRevision: 0, sections }).expect(201);
    // A second by hand for the same year names the first.
    const again = await drafter.create({ unitId: units.transport.id, reportYear: 2026 }).expect(409);
    expect(again.body).toMatchObject({ error: 'REPORT_EXISTS', details: { reportId: early.body.id } });

    const issued = await officeCoordinator
      .issue({
        reportYear: 2026,
        title: '关于报送2026年度法治政府建设年度报告的通知',
        body: '各部门：请报送本单位2026年度法治政府建设年度报告。',
        dueDate: '2027-02-20',
        targets: { unitIds: [units.transport.id] },
        recipients: { main: [units.partyCommittee.id, units.county.id] },
      })
      .expect(201);
    const board = await officeCoordinator.board(issued.body.id).expect(200);
    expect(board.body.rows.map((r: { reportId: string }) => r.reportId)).toEqual([early.body.id]);
    // The drafter's text is the campaign's report, due when the campaign says, and goes to its recipients.
    const mine = await drafter.get(early.body.id).expect(200);
    expect(mine.body.currentRevision).toBe(1);
    expect(mine.body.sections.measures).toBe(sections.measures);
    expect(
      mine.body.campaigns.map((c: { campaignId: string; dueDate: string }) => [c.campaignId, c.dueDate]),
    ).toEqual([[issued.body.id, '2027-02-20']]);
    const { http, auth } = drafter.raw();
    const addressees = await http().get(`/reports/${early.body.id}/addressees`).set(auth).expect(200);
    expect(addressees.body.main).toEqual([units.partyCommittee.name, `${units.county.name}人民政府`]);
    // It goes up to the issuer now, not to the unit above by the old routing (review, stop 52).
    expect(mine.body.receivingUnitId).toBe(units.office.id);

    // Once adopted it is that campaign's report: a later campaign attaches it too, and it keeps going
    // to the first issuer (penetration test, stop 52: the next campaign found it "hand-made" again).
    const later = await prefCoordinator
      .issue({
        reportYear: 2026,
        title: '关于报送交通运输系统2026年度法治政府建设报告的通知',
        body: '各县市交通运输局：请报送2026年度法治政府建设年度报告。',
        dueDate: '2027-02-25',
        targets: { unitIds: [units.transport.id] },
      })
      .expect(201);
    const laterBoard = await prefCoordinator.board(later.body.id).expect(200);
    expect(laterBoard.body.rows.map((r: { reportId: string }) => r.reportId)).toEqual([early.body.id]);
    const after = (await drafter.get(early.body.id).expect(200)).body;
    expect(after.receivingUnitId).toBe(units.office.id);
    expect(after.campaigns.map((c: { campaignId: string }) => c.campaignId)).toEqual([
      issued.body.id,
      later.body.id,
    ]);
  });

  it('leaves a report begun by hand and already sent where it went: the campaign makes its own', async () => {
    // Early 2028, the 2027 report (this file's last test: the clock moves on for it alone).
    clock.set(at('2028-01-10'));
    const userOf = async (unitId: string, roles: Parameters<typeof createUser>[2]) => {
      const user = await createUser(api.dataSource, unitId, roles);
      return login(api.http, user.username, user.password);
    };
    const writer = reportClient(api.http, await userOf(units.otherTransport.id, ['drafter']));
    const chain = reportClient(
      api.http,
      await userOf(units.otherTransport.id, [
        'dept_reviewer',
        'legal_adviser',
        'party_approver',
        'unit_leader',
      ]),
    );
    await relaxDutySeparation(api.dataSource, units.otherTransport.id);
    const early = await writer.create({ unitId: units.otherTransport.id, reportYear: 2027 }).expect(201);
    await writer
      .save(early.body.id, {
        basedOnRevision: 0,
        sections: completeSections(units.otherTransport.name, 2027),
      })
      .expect(201);
    await submitThroughChain(writer, chain, early.body.id, {
      meetingBody: '党组会议',
      meetingDate: '2028-01-05',
      minutesNumber: '党组会纪要〔2028〕1号',
    });
    const sentTo = (await writer.get(early.body.id).expect(200)).body.receivingUnitId as string;

    const coordinator = campaignClient(api.http, await userOf(units.prefTransport.id, ['coordinator']));
    const issued = await coordinator
      .issue({
        reportYear: 2027,
        title: '关于报送2027年度法治政府建设年度报告的通知',
        body: '请报送2027年度法治政府建设年度报告。',
        dueDate: '2028-02-25',
        targets: { unitIds: [units.otherTransport.id] },
      })
      .expect(201);
    const [row] = (await coordinator.board(issued.body.id).expect(200)).body.rows as Array<{
      reportId: string;
    }>;
    // Its own report: the one sent stays with the unit that received it and decides it (review, stop 52).
    expect(row.reportId).not.toBe(early.body.id);
    const kept = (await writer.get(early.body.id).expect(200)).body;
    expect(kept).toMatchObject({ state: 'submitted', receivingUnitId: sentTo, campaigns: [] });
  });
});
