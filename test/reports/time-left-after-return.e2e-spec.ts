import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { createUnit, createUser, relaxDutySeparation, uniqueName } from '../support/factories';
import { at, campaignClient, login, submitThroughChain } from '../campaigns/campaign-helpers';
import { findingsOf } from './findings-helpers';
import { reportClient } from './report-helpers';

type Client = ReturnType<typeof reportClient>;

interface QueueRow {
  id: string;
  state: string;
  dueAt: string | null;
  workingDaysLeft: number | null;
}

/**
 * The walk's P16: after the issuing office returned a dispatched report, the drafter's 我的待办 said
 * 「截止 2053年3月1日」 (no count) while the board said 「剩余 N 个工作日」 for the same report. The
 * report keeps its first submittedAt after a return, and the work queue took that for "gone up";
 * the board asks whether the report is with its recipients now. Both must count again. Report
 * year 2052 belongs to this file.
 */
describe('working days left after the issuing office returns the report', () => {
  const clock = new ManualClock(at('2053-01-12'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let drafter: Client;
  let reviewer: Client;
  let office: Client;
  let campaignId: string;
  let reportId: string;
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
    const officeUnit = await createUnit(ds, county, { name: '依法治县办', kind: 'rule_of_law_office' });
    const transport = await createUnit(ds, county, { name: '呼图壁县交通运输局' });
    const as = async (unitId: string, roles: Parameters<typeof createUser>[2]) => {
      const user = await createUser(ds, unitId, roles);
      return () => login(api.http, user.username, user.password).then((t) => reportClient(api.http, t));
    };
    const people = {
      drafter: await as(transport.id, ['drafter']),
      reviewer: await as(transport.id, ['dept_reviewer', 'legal_adviser', 'party_approver', 'unit_leader']),
      office: await as(officeUnit.id, ['coordinator']),
    };
    await relaxDutySeparation(ds, transport.id);
    // Tokens expire as the clock moves on: everyone logs in again at each new date.
    relogin = async () => {
      [drafter, reviewer, office] = await Promise.all([people.drafter(), people.reviewer(), people.office()]);
    };
    await relogin();

    const { http, auth } = office.raw();
    const issued = await campaignClient(http, auth.Authorization.replace('Bearer ', ''))
      .issue({
        reportYear: 2052,
        title: '关于报送2052年度法治政府建设年度报告的通知',
        documentNumber: '呼法办发〔2053〕1号',
        body: '各部门：请报送本单位2052年度法治政府建设年度报告。',
        dueDate: '2053-03-01',
        targets: { unitIds: [transport.id] },
        recipients: { main: [county.id] },
      })
      .expect(201);
    campaignId = issued.body.id;
    const [row] = await ds.query('SELECT report_id FROM campaign_targets WHERE campaign_id = ?', [
      campaignId,
    ]);
    reportId = row.report_id as string;
    await submitThroughChain(drafter, reviewer, reportId, {
      meetingBody: '党组会议',
      meetingDate: '2053-01-08',
      minutesNumber: '党组会纪要〔2053〕1号',
    });
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('the returned report shows in 我的待办 and on its page with the working days the board shows', async () => {
    clock.set(at('2053-01-20'));
    await relogin();
    const mine = findingsOf(office);
    const [receipt] = (await mine.receipts(reportId).expect(200)).body;
    // A return without a comment is refused for that, left out or blank alike (one cause, one code).
    for (const body of [{}, { comment: '  ' }]) {
      const refused = await mine
        .returnReceipt(reportId, campaignId, { expectedVersion: receipt.version, ...body })
        .expect(400);
      expect(refused.body.error).toBe('RECEIPT_COMMENT_REQUIRED');
    }
    await mine
      .returnReceipt(reportId, campaignId, { expectedVersion: receipt.version, comment: '请补充执法数据。' })
      .expect(200);

    const { http, auth } = office.raw();
    const board = await campaignClient(http, auth.Authorization.replace('Bearer ', ''))
      .board(campaignId)
      .expect(200);
    const boardRow = board.body.rows.find((r: { reportId: string }) => r.reportId === reportId);
    expect(boardRow).toMatchObject({ state: 'drafting', submitted: false });
    expect(boardRow.workingDaysLeft).toBeGreaterThan(20);

    const queue = (await drafter.workQueue().expect(200)).body as QueueRow[];
    const todo = queue.find((r) => r.id === reportId);
    expect(todo).toMatchObject({ state: 'drafting', workingDaysLeft: boardRow.workingDaysLeft });
    expect(todo?.dueAt).toMatch(/^2053-03-01T15:59:59/);

    const page = await drafter.get(reportId).expect(200);
    expect(page.body.workingDaysLeft).toBe(boardRow.workingDaysLeft);
  });

  it('once dispatched again, the due date is history again on both', async () => {
    await submitThroughChain(drafter, reviewer, reportId);
    const page = await reviewer.get(reportId).expect(200);
    expect(page.body).toMatchObject({ state: 'submitted', workingDaysLeft: null });
  });
});
