import { ManualClock } from '@app/common';
import type { INestApplicationContext } from '@nestjs/common';
import { drainQueues, startApi, startWorker } from '../support/apps';
import { createUnit, createUser, relaxDutySeparation, uniqueName } from '../support/factories';
import { at, campaignClient, login, submitThroughChain } from '../campaigns/campaign-helpers';
import { findingsOf } from './findings-helpers';
import { reportClient } from './report-helpers';

type Client = ReturnType<typeof reportClient>;

/**
 * Findings recorded with the decision itself (#18 item 6): the 依法治县办 returns one bureau's
 * report and accepts another's, each with its 问题清单 in the same request; an invalid finding
 * refuses the whole decision; a retried request records nothing twice. The open findings then sit
 * in the bureaus' 我的待办 until answered, and the board filters to 待整改 units. Sandbox units;
 * report year 2066 belongs to this file.
 */
describe('findings recorded with accept/return, 我的待办 整改, the board’s 待整改 filter', () => {
  const clock = new ManualClock(at('2067-01-10'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let worker: INestApplicationContext;
  let office: Client;
  let transportDrafter: Client;
  let financeDrafter: Client;
  let educationDrafter: Client;
  let campaignId: string;
  const reportOf: Record<'transport' | 'finance' | 'education', string> = {
    transport: '',
    finance: '',
    education: '',
  };
  let relogin: () => Promise<void>;

  const decide = (decision: 'accept' | 'return', reportId: string, body: object, key?: string) => {
    const { http, auth } = office.raw();
    const request = http().post(`/reports/${reportId}/receipts/${campaignId}/${decision}`).set(auth);
    return (key ? request.set('Idempotency-Key', key) : request).send(body);
  };
  const receiptOf = async (reportId: string) =>
    (await findingsOf(office).receipts(reportId).expect(200)).body[0] as { version: number; status: string };
  const todo = (client: Client) => {
    const { http, auth } = client.raw();
    return http().get('/findings/to-answer').set(auth).expect(200);
  };
  const boardUnits = async (query: string) => {
    const { http, auth } = office.raw();
    const board = await campaignClient(http, auth.Authorization.replace('Bearer ', ''))
      .board(campaignId, query)
      .expect(200);
    return (board.body.rows as Array<{ unit: { name: string } }>).map((r) => r.unit.name).sort();
  };

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    worker = await startWorker({ clock });
    const ds = api.dataSource;
    const prefecture = await createUnit(ds, null, {
      name: uniqueName('昌吉州'),
      kind: 'government',
      level: 'prefecture',
    });
    const county = await createUnit(ds, prefecture, { name: '呼图壁县', kind: 'government' });
    const officeUnit = await createUnit(ds, county, { name: '依法治县办', kind: 'rule_of_law_office' });
    const bureaus = {
      transport: await createUnit(ds, county, { name: '呼图壁县交通运输局' }),
      finance: await createUnit(ds, county, { name: '呼图壁县财政局' }),
      education: await createUnit(ds, county, { name: '呼图壁县教育局' }),
    };
    const as = async (unitId: string, roles: Parameters<typeof createUser>[2]) => {
      const user = await createUser(ds, unitId, roles);
      return () => login(api.http, user.username, user.password).then((t) => reportClient(api.http, t));
    };
    const reviewRoles: Parameters<typeof createUser>[2] = [
      'dept_reviewer',
      'legal_adviser',
      'party_approver',
      'unit_leader',
    ];
    const people = {
      office: await as(officeUnit.id, ['coordinator']),
      transport: await as(bureaus.transport.id, ['drafter']),
      finance: await as(bureaus.finance.id, ['drafter']),
      education: await as(bureaus.education.id, ['drafter']),
    };
    const reviewers = {
      transport: await as(bureaus.transport.id, reviewRoles),
      finance: await as(bureaus.finance.id, reviewRoles),
      education: await as(bureaus.education.id, reviewRoles),
    };
    for (const bureau of Object.values(bureaus)) await relaxDutySeparation(ds, bureau.id);
    relogin = async () => {
      [office, transportDrafter, financeDrafter, educationDrafter] = await Promise.all([
        people.office(),
        people.transport(),
        people.finance(),
        people.education(),
      ]);
    };
    await relogin();

    const { http, auth } = office.raw();
    const issued = await campaignClient(http, auth.Authorization.replace('Bearer ', ''))
      .issue({
        reportYear: 2066,
        title: '关于报送2066年度法治政府建设年度报告的通知',
        documentNumber: '呼法办发〔2067〕1号',
        body: '各部门：请报送本单位2066年度法治政府建设年度报告。',
        dueDate: '2067-02-20',
        targets: { unitIds: Object.values(bureaus).map((b) => b.id) },
        recipients: { main: [county.id] },
      })
      .expect(201);
    campaignId = issued.body.id;
    const drafters = { transport: transportDrafter, finance: financeDrafter, education: educationDrafter };
    for (const name of ['transport', 'finance', 'education'] as const) {
      const [row] = await ds.query(
        'SELECT report_id FROM campaign_targets WHERE campaign_id = ? AND unit_id = ?',
        [campaignId, bureaus[name].id],
      );
      reportOf[name] = row.report_id as string;
      await submitThroughChain(drafters[name], await reviewers[name](), reportOf[name], {
        meetingBody: '党组会议',
        meetingDate: '2067-01-08',
        minutesNumber: '党组会纪要〔2067〕1号',
      });
    }
    clock.set(at('2067-02-01'));
    await relogin();
  });
  afterAll(async () => {
    await worker?.close();
    await api?.app.close();
  });

  it('an invalid finding refuses the whole return, naming its index and field; the receipt stays undecided', async () => {
    const reportId = reportOf.transport;
    const { version } = await receiptOf(reportId);
    const empty = await decide('return', reportId, {
      expectedVersion: version,
      comment: '请整改。',
      findings: [{ text: '第四部分未写明行政复议纠错率' }, { text: '   ' }],
    }).expect(400);
    expect(empty.body).toMatchObject({
      error: 'FINDING_FIELD_INVALID',
      details: { field: 'findings.1.text' },
    });
    const past = await decide('return', reportId, {
      expectedVersion: version,
      comment: '请整改。',
      findings: [{ text: '过去的期限', dueOn: '2067-01-31' }],
    }).expect(400);
    expect(past.body.details.field).toBe('findings.0.dueOn');
    const shapeless = await decide('return', reportId, {
      expectedVersion: version,
      comment: '请整改。',
      findings: [{ dueOn: '2067-03-01' }],
    }).expect(400);
    expect(shapeless.body).toMatchObject({
      error: 'VALIDATION_FAILED',
      message: expect.stringContaining('findings.0.text'),
    });

    expect(await receiptOf(reportId)).toMatchObject({ version, status: 'received' });
    expect((await findingsOf(office).list(reportId).expect(200)).body.items).toEqual([]);
  });

  it('a return with two findings records both in the same request; a retry with its key records nothing twice', async () => {
    const reportId = reportOf.transport;
    const { version } = await receiptOf(reportId);
    const body = {
      expectedVersion: version,
      comment: '请按问题清单整改。',
      findings: [
        { text: '第四部分未写明行政复议纠错率', dueOn: '2067-02-20' },
        { text: '未列明2066年度法治培训人次' },
      ],
    };
    const key = `return-with-findings-${reportId}`;
    const first = await decide('return', reportId, body, key).expect(200);
    expect(first.body.receipt.status).toBe('returned');
    expect(first.body.findings).toEqual([
      expect.objectContaining({ text: '第四部分未写明行政复议纠错率', dueOn: '2067-02-20', status: 'open' }),
      // No date named: 30 days on, as for a finding raised on its own.
      expect.objectContaining({ text: '未列明2066年度法治培训人次', dueOn: '2067-03-03', status: 'open' }),
    ]);

    const retried = await decide('return', reportId, body, key).expect(200);
    expect(retried.body.findings.map((f: { id: string }) => f.id)).toEqual(
      first.body.findings.map((f: { id: string }) => f.id),
    );
    const listed = (await findingsOf(transportDrafter).list(reportId).expect(200)).body.items;
    expect(listed.map((f: { text: string }) => f.text)).toEqual([
      '第四部分未写明行政复议纠错率',
      '未列明2066年度法治培训人次',
    ]);
    // Each finding is a step of the report's hash chain, after the return.
    const { http, auth } = transportDrafter.raw();
    const history = (await http().get(`/reports/${reportId}/history`).set(auth).expect(200)).body;
    const actions = (history.events as Array<{ action: string }>).map((e) => e.action);
    expect(actions.filter((a) => a === 'finding_raised')).toHaveLength(2);
    expect(actions.indexOf('finding_raised')).toBeGreaterThan(actions.indexOf('receipt_returned'));
    expect(history.chain.verified).toBe(true);
    // The drafter's return message names them, each with its date (external QA, stop 57 F9).
    await drainQueues(worker);
    const inbox = (await transportDrafter.notifications().expect(200)).body as Array<{
      kind: string;
      body: string;
    }>;
    expect(inbox.filter((n) => n.kind === 'returned').map((n) => n.body)).toEqual([
      expect.stringContaining(
        '，意见：请按问题清单整改；整改问题 2 项：1. 第四部分未写明行政复议纠错率（2067年2月20日前整改）；' +
          '2. 未列明2066年度法治培训人次（2067年3月3日前整改）',
      ),
    ]);
  });

  it('an accept carries its findings too; a decision without findings records none', async () => {
    const finance = await decide('accept', reportOf.finance, {
      expectedVersion: (await receiptOf(reportOf.finance)).version,
      comment: '同意。',
      findings: [{ text: '公开渠道未注明网址', dueOn: '2067-03-15' }],
    }).expect(200);
    expect(finance.body.receipt.status).toBe('accepted');
    expect(finance.body.findings).toEqual([
      expect.objectContaining({ text: '公开渠道未注明网址', dueOn: '2067-03-15' }),
    ]);
    const education = await decide('accept', reportOf.education, {
      expectedVersion: (await receiptOf(reportOf.education)).version,
    }).expect(200);
    expect(education.body.findings).toEqual([]);
  });

  it('open findings sit in the unit’s 我的待办 with the raising office and time left; answered ones leave it', async () => {
    const transportItems = (await todo(transportDrafter)).body.items;
    expect(transportItems).toEqual([
      expect.objectContaining({
        text: '第四部分未写明行政复议纠错率',
        dueOn: '2067-02-20',
        // 2067-02-01 (Monday) to 02-20: the working days between, on the regional calendar.
        workingDaysLeft: expect.any(Number),
        raisingUnit: expect.objectContaining({ name: '依法治县办' }),
        report: expect.objectContaining({
          id: reportOf.transport,
          unit: expect.objectContaining({ name: '呼图壁县交通运输局' }),
        }),
        reopenedComment: null,
      }),
      expect.objectContaining({ text: '未列明2066年度法治培训人次', dueOn: '2067-03-03' }),
    ]);
    expect(transportItems[0].workingDaysLeft).toBeGreaterThan(0);
    expect(transportItems[0].workingDaysLeft).toBeLessThan(transportItems[1].workingDaysLeft);
    // Nobody else's 整改: the other bureaus see theirs only, the office none.
    expect((await todo(educationDrafter)).body.items).toEqual([]);
    expect((await todo(office)).body.items).toEqual([]);

    const [financeItem] = (await todo(financeDrafter)).body.items;
    expect(financeItem).toMatchObject({ text: '公开渠道未注明网址', report: { id: reportOf.finance } });
    const answered = await findingsOf(financeDrafter)
      .answer(financeItem.id, {
        expectedVersion: financeItem.version,
        measures: '已在门户网站公开并注明网址',
        completedOn: '2067-02-01',
      })
      .expect(200);
    expect((await todo(financeDrafter)).body.items).toEqual([]);

    // Reopened by the office: back in the list, with the reason.
    await findingsOf(office)
      .reopen(financeItem.id, { expectedVersion: answered.body.version, comment: '网址无法访问' })
      .expect(200);
    expect((await todo(financeDrafter)).body.items).toEqual([
      expect.objectContaining({ id: financeItem.id, reopenedComment: '网址无法访问' }),
    ]);
  });

  it('the board filters to the units with open findings (待整改), and to those without', async () => {
    expect(await boardUnits('?openFindings=true')).toEqual(['呼图壁县交通运输局', '呼图壁县财政局']);
    expect(await boardUnits('?openFindings=false')).toEqual(['呼图壁县教育局']);
    const paged = await boardUnits('?openFindings=true&limit=1');
    expect(paged).toHaveLength(1);

    const [financeItem] = (await todo(financeDrafter)).body.items;
    await findingsOf(financeDrafter)
      .answer(financeItem.id, {
        expectedVersion: financeItem.version,
        measures: '网址已修复',
        completedOn: '2067-02-01',
      })
      .expect(200);
    // Answered: the office now checks it; the unit no longer owes 整改.
    expect(await boardUnits('?openFindings=true')).toEqual(['呼图壁县交通运输局']);
  });
});
