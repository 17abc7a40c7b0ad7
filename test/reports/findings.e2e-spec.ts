import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { createUnit, createUser, relaxDutySeparation, uniqueName } from '../support/factories';
import { at, campaignClient, login, submitThroughChain } from '../campaigns/campaign-helpers';
import { findingsOf } from './findings-helpers';
import { reportClient } from './report-helpers';

type Client = ReturnType<typeof reportClient>;

/**
 * 问题清单 and 整改 on sandbox units: the 依法治县办 returns the county bureau's report and records
 * its findings; the bureau answers each; the office closes one and reopens the other. Only the
 * bureau (and the offices above it) and the raising office see them; another county's drafter and
 * the 抄送 recipient get 404. Report year 2042 belongs to this file.
 */
describe('findings (问题清单) and 整改', () => {
  const clock = new ManualClock(at('2043-01-10'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let drafter: Client;
  let reviewer: Client;
  let office: Client;
  let copyReader: Client;
  let otherDrafter: Client;
  let otherCoordinator: Client;
  let campaignId: string;
  let transportId: string;
  let officeId: string;
  let reportId: string;
  const raised: Array<{ id: string; version: number }> = [];
  let relogin: () => Promise<void>;

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    const ds = api.dataSource;
    const prefecture = await createUnit(ds, null, {
      name: uniqueName('昌吉州'),
      kind: 'government',
      level: 'prefecture',
    });
    const county = await createUnit(ds, prefecture, { name: '呼图壁县', kind: 'government' });
    const partyCommittee = await createUnit(ds, county, {
      name: '中共呼图壁县委员会',
      kind: 'party_committee',
    });
    const officeUnit = await createUnit(ds, county, { name: '依法治县办', kind: 'rule_of_law_office' });
    // The office's 经办人 belong to the 司法局 that houses it and act for the office.
    const justiceBureau = await createUnit(ds, county, { name: '呼图壁县司法局', kind: 'justice_bureau' });
    const transport = await createUnit(ds, county, { name: '呼图壁县交通运输局' });
    const otherCounty = await createUnit(ds, prefecture, { name: '玛纳斯县', kind: 'government' });
    const otherTransport = await createUnit(ds, otherCounty, { name: '玛纳斯县交通运输局' });
    const otherOffice = await createUnit(ds, otherCounty, {
      name: '玛纳斯县依法治县办',
      kind: 'rule_of_law_office',
    });
    const as = async (unitId: string, roles: Parameters<typeof createUser>[2]) => {
      const user = await createUser(ds, unitId, roles);
      return () => login(api.http, user.username, user.password).then((t) => reportClient(api.http, t));
    };
    const people = {
      drafter: await as(transport.id, ['drafter']),
      reviewer: await as(transport.id, ['dept_reviewer', 'legal_adviser', 'party_approver', 'unit_leader']),
      office: await as(justiceBureau.id, [['coordinator', officeUnit.id]]),
      copyReader: await as(partyCommittee.id, ['unit_leader']),
      otherDrafter: await as(otherTransport.id, ['drafter']),
      otherCoordinator: await as(otherOffice.id, ['coordinator']),
    };
    await relaxDutySeparation(ds, transport.id);
    transportId = transport.id;
    officeId = officeUnit.id;
    // Tokens expire as the clock moves on: everyone logs in again at each new date.
    relogin = async () => {
      [drafter, reviewer, office, copyReader, otherDrafter, otherCoordinator] = await Promise.all([
        people.drafter(),
        people.reviewer(),
        people.office(),
        people.copyReader(),
        people.otherDrafter(),
        people.otherCoordinator(),
      ]);
    };
    await relogin();

    const { http, auth } = office.raw();
    const issued = await campaignClient(http, auth.Authorization.replace('Bearer ', ''))
      .issue({
        reportYear: 2042,
        title: '关于报送2042年度法治政府建设年度报告的通知',
        documentNumber: '呼法办发〔2043〕1号',
        body: '各部门：请报送本单位2042年度法治政府建设年度报告。',
        dueDate: '2043-02-20',
        targets: { unitIds: [transport.id] },
        recipients: { main: [county.id], copy: [partyCommittee.id] },
      })
      .expect(201);
    campaignId = issued.body.id;
    const [row] = await ds.query('SELECT report_id FROM campaign_targets WHERE campaign_id = ?', [
      campaignId,
    ]);
    reportId = row.report_id as string;
    await submitThroughChain(drafter, reviewer, reportId, {
      meetingBody: '党组会议',
      meetingDate: '2043-01-08',
      minutesNumber: '党组会纪要〔2043〕1号',
    });
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('the office returns the report and records two findings; the default 整改 date is 30 days on', async () => {
    clock.set(at('2043-02-01'));
    await relogin();
    const mine = findingsOf(office);
    const [receipt] = (await mine.receipts(reportId).expect(200)).body;
    await mine
      .returnReceipt(reportId, campaignId, {
        expectedVersion: receipt.version,
        comment: '请按问题清单整改。',
      })
      .expect(200);

    // Only the issuer's coordinators raise; the unit's own drafter may not.
    const byDrafter = await findingsOf(drafter).raise(reportId, { text: '自查' }).expect(403);
    expect(byDrafter.body.error).toBe('ROLE_REQUIRED');
    const empty = await mine.raise(reportId, { text: '  ' }).expect(400);
    expect(empty.body).toMatchObject({ error: 'FINDING_FIELD_INVALID', details: { field: 'text' } });
    const past = await mine.raise(reportId, { text: '过去', dueOn: '2043-01-31' }).expect(400);
    expect(past.body.details.field).toBe('dueOn');

    // A malformed key is refused before anything is recorded (the list below holds two findings only).
    const badKey = await mine
      .raise(reportId, { text: '键不合规' }, { 'Idempotency-Key': 'no spaces' })
      .expect(400);
    expect(badKey.body).toMatchObject({
      error: 'VALIDATION_FAILED',
      message: expect.stringContaining('Idempotency-Key'),
    });
    const key = { 'Idempotency-Key': `finding-${reportId}` };
    const first = await mine
      .raise(reportId, { campaignId, text: '第四部分未写明行政复议纠错率' }, key)
      .expect(201);
    expect(first.body).toMatchObject({
      status: 'open',
      version: 1,
      dueOn: '2043-03-03',
      campaignId,
      answer: null,
    });
    // A retried request gets the first answer and records nothing more.
    const again = await mine
      .raise(reportId, { campaignId, text: '第四部分未写明行政复议纠错率' }, key)
      .expect(201);
    expect(again.body.id).toBe(first.body.id);
    const second = await mine
      .raise(reportId, { text: '未列明下一年度工作安排', dueOn: '2043-02-28' })
      .expect(201);
    raised.push(first.body, second.body);

    const list = await findingsOf(drafter).list(reportId).expect(200);
    expect(list.body.items.map((f: { text: string }) => f.text)).toEqual([
      '第四部分未写明行政复议纠错率',
      '未列明下一年度工作安排',
    ]);
    // Time left is stated in working days, like every due date: the later date has more left.
    const [toMarch3, toFeb28] = list.body.items.map((f: { workingDaysLeft: number }) => f.workingDaysLeft);
    expect(toFeb28).toBeGreaterThan(0);
    expect(toMarch3).toBeGreaterThan(toFeb28);
    const board = await mine.board(campaignId).expect(200);
    expect(board.body.items).toEqual([
      { reportId, open: 2, answered: 0, closed: 0, earliestOpenDueOn: '2043-02-28' },
    ]);
  });

  it('another county and the 抄送 recipient see nothing of the findings', async () => {
    // The copy recipient reads the dispatched report, but the findings are between the unit and the raiser.
    await copyReader.get(reportId).expect(200);
    await findingsOf(copyReader).list(reportId).expect(404);
    await findingsOf(otherDrafter).list(reportId).expect(404);
    await findingsOf(otherCoordinator).list(reportId).expect(404);
    await findingsOf(otherCoordinator).board(campaignId).expect(404);
    const [finding] = raised;
    const answer = { expectedVersion: 1, measures: '已补充', completedOn: '2043-02-10' };
    expect((await findingsOf(otherDrafter).answer(finding!.id, answer).expect(404)).body.error).toBe(
      'FINDING_NOT_FOUND',
    );
    await findingsOf(copyReader).close(finding!.id, { expectedVersion: 1 }).expect(404);
  });

  it('the unit answers with measures and a date; the office closes one and reopens the other', async () => {
    clock.set(at('2043-02-10'));
    await relogin();
    const unit = findingsOf(drafter);
    const [first, second] = raised;
    // The unit cannot close its own finding.
    expect((await unit.close(first!.id, { expectedVersion: 1 }).expect(403)).body.error).toBe(
      'ROLE_REQUIRED',
    );
    const answered = await unit
      .answer(first!.id, {
        expectedVersion: 1,
        measures: '已补充行政复议纠错率并修订第四部分',
        completedOn: '2043-02-09',
      })
      .expect(200);
    expect(answered.body).toMatchObject({
      status: 'answered',
      version: 2,
      answer: { measures: '已补充行政复议纠错率并修订第四部分', completedOn: '2043-02-09' },
    });
    const stale = await unit
      .answer(first!.id, { expectedVersion: 1, measures: '再次', completedOn: '2043-02-09' })
      .expect(409);
    expect(stale.body).toMatchObject({ error: 'FINDING_STALE_VERSION', details: { currentVersion: 2 } });
    // Closing needs an answer first.
    const early = await findingsOf(office).close(second!.id, { expectedVersion: 1 }).expect(409);
    expect(early.body).toMatchObject({ error: 'FINDING_WRONG_STATUS', details: { status: 'open' } });

    const closed = await findingsOf(office)
      .close(first!.id, { expectedVersion: 2, comment: '整改到位' })
      .expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', version: 3, decision: { comment: '整改到位' } });

    await unit
      .answer(second!.id, { expectedVersion: 1, measures: '已列明2043年工作安排', completedOn: '2043-02-10' })
      .expect(200);
    const silent = await findingsOf(office)
      .reopen(second!.id, { expectedVersion: 2, comment: '' })
      .expect(400);
    expect(silent.body.details.field).toBe('comment');
    const reopened = await findingsOf(office)
      .reopen(second!.id, { expectedVersion: 2, comment: '工作安排过于笼统', dueOn: '2043-03-15' })
      .expect(200);
    expect(reopened.body).toMatchObject({
      status: 'open',
      dueOn: '2043-03-15',
      answer: { measures: '已列明2043年工作安排' },
      decision: { comment: '工作安排过于笼统' },
    });

    const board = await findingsOf(office).board(campaignId).expect(200);
    expect(board.body.items).toEqual([
      { reportId, open: 1, answered: 0, closed: 1, earliestOpenDueOn: '2043-03-15' },
    ]);
  });

  it('every step is in the report history, and the hash chain verifies', async () => {
    const history = await drafter.history(reportId).expect(200);
    const actions = history.body.events
      .map((e: { action: string }) => e.action)
      .filter((a: string) => a.startsWith('finding_'));
    expect(actions).toEqual([
      'finding_raised',
      'finding_raised',
      'finding_answered',
      'finding_closed',
      'finding_answered',
      'finding_reopened',
    ]);
    expect(history.body.chain.verified).toBe(true);
    // Each step names the unit it was taken for: the office's (not its 经办人's 司法局), the answers
    // the bureau's; so does the report's creation by the campaign.
    const unitsOf = (prefix: string) =>
      history.body.events
        .filter((e: { action: string }) => e.action.startsWith(prefix))
        .map((e: { actorUnitId: string }) => e.actorUnitId);
    expect(unitsOf('create')).toEqual([officeId]);
    expect(unitsOf('finding_raised')).toEqual([officeId, officeId]);
    expect(unitsOf('finding_answered')).toEqual([transportId, transportId]);
    expect([...unitsOf('finding_closed'), ...unitsOf('finding_reopened')]).toEqual([officeId, officeId]);
  });

  it("next year's follow-through check lists last year's findings with their status and answer", async () => {
    clock.set(at('2044-01-10'));
    await relogin();
    const { http, auth } = office.raw();
    const nextYear = await campaignClient(http, auth.Authorization.replace('Bearer ', ''))
      .issue({
        reportYear: 2043,
        title: '关于报送2043年度法治政府建设年度报告的通知',
        documentNumber: '呼法办发〔2044〕1号',
        body: '各部门：请报送本单位2043年度法治政府建设年度报告。',
        dueDate: '2044-02-20',
        targets: { unitIds: [transportId] },
      })
      .expect(201);
    const [row] = await api.dataSource.query('SELECT report_id FROM campaign_targets WHERE campaign_id = ?', [
      nextYear.body.id,
    ]);
    const { http: h, auth: a } = drafter.raw();
    const check = await h().get(`/reports/${row.report_id}/follow-through`).set(a).expect(200);
    expect(
      check.body.lastYearFindings.map((f: { text: string; status: string }) => [f.text, f.status]),
    ).toEqual([
      ['第四部分未写明行政复议纠错率', 'closed'],
      ['未列明下一年度工作安排', 'open'],
    ]);
    expect(check.body.lastYearFindings[0].answer.measures).toBe('已补充行政复议纠错率并修订第四部分');
  });
});
