import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { loadDemo } from '../support/demo';
import { reportClient } from '../reports/report-helpers';
import { at, campaignClient, login, MEETING, reviewChainUser, submitThroughChain } from './campaign-helpers';

/**
 * 逐级下发: the region (新疆) issues to the prefecture transport bureau; 昌吉州 cascades to its
 * counties with an earlier date; the region's board rolls the counties' progress up. It reports on
 * 2033, a year no other file asks for (the changji campaign asks the same county bureaus for 2025,
 * campaign-input for 2025 and 2027-2029, the browser journeys for the current year), a unit has one report per year answering every
 * campaign, and the same issuer may not ask the same unit twice for one year.
 */
describe('cascading a campaign province -> prefecture -> counties', () => {
  const clock = new ManualClock(at('2034-01-06'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  let province: ReturnType<typeof campaignClient>;
  let prefecture: ReturnType<typeof campaignClient>;
  let parentId: string;
  let childId: string;

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000', REFRESH_TTL_DAYS: '90' } });
    demo = await loadDemo(api.dataSource);
    province = campaignClient(api.http, await login(api.http, 'xj-coordinator'));
    prefecture = campaignClient(api.http, await login(api.http, 'cj-coordinator'));
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('lets the prefecture cascade the campaign it received with an earlier date, never a later one', async () => {
    const parent = await province
      .issue({
        reportYear: 2033,
        title: '关于做好2033年度法治政府建设年度报告工作的通知',
        documentNumber: '新政办发〔2034〕2号',
        body: '各地州交通运输局：请于2034年2月20日前报送。',
        dueDate: '2034-02-20',
        targets: { unitIds: [demo.unitIds['cj-transport']] },
      })
      .expect(201);
    parentId = parent.body.id;

    // The prefecture sees it as received, reads the notice, but not the province's board.
    const listed = await prefecture.list('?reportYear=2033').expect(200);
    expect(listed.body.find((c: { id: string }) => c.id === parentId)).toMatchObject({
      relation: 'received',
    });
    await prefecture.get(parentId).expect(200);
    await prefecture.board(parentId).expect(404);

    const tooLate = await prefecture
      .issue({
        parentId,
        title: '转发：关于做好2033年度法治政府建设年度报告工作的通知',
        body: '请各县市交通运输局于2034年2月25日前报送。',
        dueDate: '2034-02-25',
        targets: { select: { kinds: ['department'], levels: ['county'], nameContains: '交通运输局' } },
      })
      .expect(400);
    expect(tooLate.body).toMatchObject({
      error: 'DUE_DATE_AFTER_PARENT',
      message: expect.stringContaining('2034-02-25 is later than the parent campaign'),
      details: { dueDate: '2034-02-25', parentDueDate: '2034-02-20' },
    });
    const [{ n }] = await api.dataSource.query('SELECT COUNT(*) AS n FROM campaigns WHERE parent_id = ?', [
      parentId,
    ]);
    expect(Number(n)).toBe(0);

    // 伊犁 never received it: cascading it is as if it did not exist.
    const yl = campaignClient(api.http, await login(api.http, 'yl-coordinator'));
    const foreign = await yl
      .issue({
        parentId,
        title: '转发',
        body: '-',
        dueDate: '2034-02-10',
        targets: { select: { levels: ['county'] } },
      })
      .expect(404);
    expect(foreign.body.error).toBe('CAMPAIGN_NOT_FOUND');

    // The province asked the 州交通运输局 only: the prefecture passes that on to the county bureaus
    // of the same function, not to every county department (pen test, stop 44).
    const beyond = await prefecture
      .issue({
        parentId,
        title: '转发：关于做好2033年度法治政府建设年度报告工作的通知',
        body: '请各县市各部门于2034年2月13日前报送。',
        dueDate: '2034-02-13',
        targets: { select: { kinds: ['department'], levels: ['county'] } },
      })
      .expect(400);
    expect(beyond.body).toMatchObject({ error: 'CASCADE_BEYOND_PARENT' });
    expect(beyond.body.details.unitNames.length).toBeGreaterThan(0);
    expect(beyond.body.details.unitNames.every((name: string) => !name.endsWith('交通运输局'))).toBe(true);
    expect(beyond.body.message).toMatch(/issue a campaign of your own for them instead/);

    const child = await prefecture
      .issue({
        parentId,
        reportYear: 2033,
        title: '转发：关于做好2033年度法治政府建设年度报告工作的通知',
        documentNumber: '昌州政办通〔2034〕3号',
        body: '请各县市交通运输局于2034年2月13日前报送。',
        dueDate: '2034-02-13',
        targets: { select: { kinds: ['department'], levels: ['county'], nameContains: '交通运输局' } },
      })
      .expect(201);
    childId = child.body.id;
    expect(child.body).toMatchObject({ parentId, reportYear: 2033, targetCount: 7, dueDate: '2034-02-13' });
    const parentView = await province.get(parentId).expect(200);
    expect(parentView.body.children).toEqual([
      expect.objectContaining({ id: childId, issuingUnitId: demo.unitIds.cj }),
    ]);
  });

  it('refuses at once an extension past the date the campaign above gives, naming the latest', async () => {
    // Asked past the province's 20 February, it could never be granted here (a scenario test, stop 49:
    // it waited as pending, and the grant was refused with a message about issuing a campaign).
    const unit = campaignClient(api.http, await login(api.http, 'fk-drafter'));
    const beyond = await unit
      .askExtension(childId, { requestedDueDate: '2034-02-25', reason: '人员变动，需延期' })
      .expect(400);
    expect(beyond.body).toMatchObject({
      error: 'EXTENSION_TOO_LATE',
      details: { field: 'requestedDueDate', latestDate: '2034-02-20', parentDueDate: '2034-02-20' },
    });
    expect(beyond.body.message).toContain('may run to 2034-02-20 at the latest');
    // Asked within it: a grant beyond it says what may be granted.
    const asked = await unit
      .askExtension(childId, { requestedDueDate: '2034-02-18', reason: '人员变动，需延期' })
      .expect(201);
    const grant = await prefecture
      .decide(childId, asked.body.id, { decision: 'grant', dueDate: '2034-02-24' })
      .expect(400);
    expect(grant.body).toMatchObject({
      error: 'DUE_DATE_AFTER_PARENT',
      details: { field: 'dueDate', dueDate: '2034-02-24', parentDueDate: '2034-02-20' },
    });
    expect(grant.body.message).toContain('grant 2034-02-20 at the latest');
    // Refused, so the roll-up below counts every county against 13 February.
    await prefecture
      .decide(childId, asked.body.id, { decision: 'refuse', comment: '请按原定日期报送。' })
      .expect(200);
  });

  it("rolls the counties' progress up into the province's board", async () => {
    clock.set(at('2034-02-10'));
    for (const county of ['htb', 'mns'] as const) {
      const drafter = reportClient(api.http, await login(api.http, `${county}-drafter`));
      const chain = await reviewChainUser(
        api.dataSource,
        demo.unitIds[`${county}-transport`],
        `cmp-${county}-chain`,
      );
      const reviewer = reportClient(api.http, await login(api.http, chain.username, chain.password));
      const childBoard = await prefecture.board(childId).expect(200);
      const row = childBoard.body.rows.find(
        (r: { unit: { id: string } }) => r.unit.id === demo.unitIds[`${county}-transport`],
      );
      await submitThroughChain(drafter, reviewer, row.reportId, { ...MEETING, meetingDate: '2034-01-20' });
    }

    const top = await province.board(parentId).expect(200);
    expect(top.body.rows).toHaveLength(1);
    expect(top.body.rows[0]).toMatchObject({ unit: { id: demo.unitIds['cj-transport'] }, state: 'drafting' });
    expect(top.body.children).toEqual([
      expect.objectContaining({
        id: childId,
        issuingUnit: { id: demo.unitIds.cj, name: '昌吉回族自治州' },
        dueDate: '2034-02-13',
        totals: expect.objectContaining({ targets: 7, submitted: 2, submittedOnTime: 2, overdue: 0 }),
      }),
    ]);
    // 13 Feb is three working days away (11, 12, 13 Feb): the five still drafting are yellow.
    expect(top.body.children[0].totals.byLight).toEqual({ green: 2, yellow: 5, red: 0 });
    expect(top.body.rollup).toMatchObject({
      targets: 8,
      submitted: 2,
      byState: { drafting: 6, submitted: 2 },
    });
    // The province also reads the prefecture's own board (a coordinator above it).
    const below = await province.board(childId).expect(200);
    expect(below.body.totals).toMatchObject({ targets: 7, submitted: 2 });
  });

  it('withdraws the cascade with its parent, keeps the reports, and records why', async () => {
    // The prefecture reads the campaign it received, so it is told the role it lacks in the issuing unit.
    const notMine = await prefecture.withdraw(parentId, '不是我的任务').expect(403);
    expect(notMine.body).toMatchObject({ error: 'ROLE_REQUIRED', details: { needed: ['coordinator'] } });

    const withdrawn = await province.withdraw(parentId, '通知内容有误，将重新下发').expect(200);
    expect(withdrawn.body).toMatchObject({
      status: 'withdrawn',
      withdrawn: { reason: '通知内容有误，将重新下发' },
    });
    const child = await prefecture.get(childId).expect(200);
    expect(child.body.status).toBe('withdrawn');

    const reports = await api.dataSource.query(
      'SELECT r.due_at FROM campaign_targets t JOIN reports r ON r.id = t.report_id WHERE t.campaign_id IN (?, ?)',
      [parentId, childId],
    );
    expect(reports).toHaveLength(8);
    expect(reports.every((r: { due_at: unknown }) => r.due_at === null)).toBe(true);
    const events = await prefecture.events(childId).expect(200);
    // (The extension asked and refused above is in the record too.)
    expect(events.body.map((e: { action: string }) => e.action)).toEqual([
      'issued',
      'extension_requested',
      'extension_refused',
      'withdrawn',
    ]);
    expect(events.body[3].details).toMatchObject({ withParent: parentId });

    const inbox = await campaignClient(api.http, await login(api.http, 'ml-drafter'))
      .notifications()
      .expect(200);
    expect(inbox.body.map((m: { kind: string }) => m.kind)).toContain('campaign_withdrawn');
    // Nobody is asked to act on a withdrawn campaign's report any more.
    const queue = await api
      .http()
      .get('/work-queue')
      .set('Authorization', `Bearer ${await login(api.http, 'ml-drafter')}`)
      .expect(200);
    const withdrawnReports: Array<{ report_id: string }> = await api.dataSource.query(
      'SELECT report_id FROM campaign_targets WHERE campaign_id IN (?, ?)',
      [parentId, childId],
    );
    const ids = new Set(withdrawnReports.map((r) => r.report_id));
    expect(queue.body.filter((r: { id: string }) => ids.has(r.id))).toEqual([]);

    const again = await province.withdraw(parentId, '再次撤回').expect(409);
    expect(again.body.error).toBe('CAMPAIGN_WITHDRAWN');
    const add = await prefecture.addTargets(childId, { unitIds: [demo.unitIds['cjs-justice']] }).expect(409);
    expect(add.body.error).toBe('CAMPAIGN_WITHDRAWN');
  });
});
