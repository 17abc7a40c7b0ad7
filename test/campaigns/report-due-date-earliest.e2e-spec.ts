import type { INestApplicationContext } from '@nestjs/common';
import { ManualClock } from '@app/common';
import { drainQueues, startApi, startWorker } from '../support/apps';
import { createUnit, createUser, uniqueName } from '../support/factories';
import { reportClient } from '../reports/report-helpers';
import { at, campaignClient, login, reviewChainUser, submitThroughChain } from './campaign-helpers';

/**
 * A county bureau answers two campaigns with one report: the 州交通运输局's (25 February) and then its
 * 依法治县办's (20 February). The report, its deadline and 我的待办 followed the first campaign alone, so
 * the bureau was reminded of the later day and missed the earlier (a civil servant's walk, stop 40).
 * The report's due date is the earliest of its active campaigns' dates, through issuing, an extension
 * and a withdrawal.
 */
describe("a report asked for by two campaigns is due by the earlier one's date", () => {
  const clock = new ManualClock(at('2026-01-25'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let worker: INestApplicationContext;
  let drafter: ReturnType<typeof reportClient>;
  let drafterAsks: ReturnType<typeof campaignClient>;
  let office: ReturnType<typeof campaignClient>;
  let prefTransport: ReturnType<typeof campaignClient>;
  let bureauId: string;
  let reportId: string;
  let officeCampaign: string;
  let prefCampaign: string;

  /** The report's due date as the drafter's page and 我的待办 show it, and its open deadline's. */
  const dueDates = async () => {
    await drainQueues(worker);
    const report = await drafter.get(reportId).expect(200);
    const queue = await drafter.workQueue().expect(200);
    const queued = (queue.body as Array<{ id: string; dueAt: string | null }>).find((r) => r.id === reportId);
    const [deadline] = (await api.dataSource.query(
      "SELECT due_at FROM deadlines WHERE report_id = ? AND kind = 'due' AND closed_at IS NULL",
      [reportId],
    )) as Array<{ due_at: Date }>;
    return {
      report: report.body.dueAt as string | null,
      todo: queued?.dueAt ?? null,
      deadline: deadline ? new Date(deadline.due_at).toISOString() : null,
    };
  };
  /** The end of a day in China, as the API writes it. */
  const endOf = (day: string) => new Date(`${day}T23:59:59.999+08:00`).toISOString();

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    worker = await startWorker({ clock });
    const ds = api.dataSource;
    const prefecture = await createUnit(ds, null, {
      name: uniqueName('昌吉州'),
      kind: 'government',
      level: 'prefecture',
    });
    const prefTransportUnit = await createUnit(ds, prefecture, { name: '州交通运输局', level: 'prefecture' });
    const county = await createUnit(ds, prefecture, { name: '呼图壁县', kind: 'government' });
    const officeUnit = await createUnit(ds, county, { name: '依法治县办', kind: 'rule_of_law_office' });
    const bureau = await createUnit(ds, county, { name: '呼图壁县交通运输局' });
    bureauId = bureau.id;
    const as = async (unitId: string, roles: Parameters<typeof createUser>[2]) => {
      const user = await createUser(ds, unitId, roles);
      return login(api.http, user.username, user.password);
    };
    const drafterToken = await as(bureau.id, ['drafter']);
    drafter = reportClient(api.http, drafterToken);
    drafterAsks = campaignClient(api.http, drafterToken);
    office = campaignClient(api.http, await as(officeUnit.id, ['coordinator']));
    prefTransport = campaignClient(api.http, await as(prefTransportUnit.id, ['coordinator']));
  });
  afterAll(async () => {
    await worker?.close();
    await api?.app.close();
  });

  it('takes the earlier date of a campaign that asks later, with the reason in its history', async () => {
    const first = await prefTransport
      .issue({
        reportYear: 2025,
        title: '关于报送交通运输系统2025年度法治政府建设报告的通知',
        body: '请报送。',
        dueDate: '2026-02-25',
        targets: { unitIds: [bureauId] },
      })
      .expect(201);
    prefCampaign = first.body.id;
    const board = await prefTransport.board(prefCampaign).expect(200);
    reportId = board.body.rows[0].reportId;
    expect(await dueDates()).toEqual({
      report: endOf('2026-02-25'),
      todo: endOf('2026-02-25'),
      deadline: endOf('2026-02-25'),
    });

    const second = await office
      .issue({
        reportYear: 2025,
        title: '关于报送2025年度法治政府建设年度报告的通知',
        body: '请报送。',
        dueDate: '2026-02-20',
        targets: { unitIds: [bureauId] },
      })
      .expect(201);
    officeCampaign = second.body.id;
    expect(await dueDates()).toEqual({
      report: endOf('2026-02-20'),
      todo: endOf('2026-02-20'),
      deadline: endOf('2026-02-20'),
    });
    const history = await drafter.history(reportId).expect(200);
    const moved = (history.body.events as Array<{ action: string; fields: Record<string, unknown> }>).filter(
      (e) => e.action === 'due_date_changed',
    );
    expect(moved.map((e) => e.fields)).toEqual([
      expect.objectContaining({
        dueDateBefore: '2026-02-25',
        dueDate: '2026-02-20',
        kind: 'campaign_asked',
        campaignId: officeCampaign,
      }),
    ]);
  });

  it('an extension of the earlier campaign moves the report only as far as the other campaign allows', async () => {
    const asked = await drafterAsks
      .askExtension(officeCampaign, { requestedDueDate: '2026-03-06', reason: '党组会推迟' })
      .expect(201);
    // The office deciding sees the other campaign's date, past which its grant moves nothing (stop 57).
    expect(asked.body.otherCampaignsDueDate).toBe('2026-02-25');
    const pending = (await office.extensions(officeCampaign).expect(200)).body as Array<{
      id: string;
      otherCampaignsDueDate: string | null;
    }>;
    expect(pending.find((x) => x.id === asked.body.id)?.otherCampaignsDueDate).toBe('2026-02-25');
    await office.decide(officeCampaign, asked.body.id, { decision: 'grant' }).expect(200);
    // The office's campaign now says 6 March; the 州交通运输局's still 25 February.
    expect((await dueDates()).report).toBe(endOf('2026-02-25'));
    // …and the unit is told so, not only that its date moved to 6 March (scenario test, stop 48).
    const told = (
      (await drafter.notifications().expect(200)).body as Array<{ kind: string; body: string }>
    ).find((n) => n.kind === 'extension_decided');
    expect(told?.body).toContain('本任务的报送截止日期由2026年2月20日延至2026年3月6日。');
    expect(told?.body).toContain('其他报送任务要求更早报送，本报告仍须于2026年2月25日前报送。');
  });

  it('withdrawing one campaign leaves the report due by the other, not without a date', async () => {
    await prefTransport.withdraw(prefCampaign, '任务合并至县依法治办统一报送').expect(200);
    expect(await dueDates()).toEqual({
      report: endOf('2026-03-06'),
      todo: endOf('2026-03-06'),
      deadline: endOf('2026-03-06'),
    });
  });

  it('tells the office when a request still waiting is for a report already sent', async () => {
    const asked = await drafterAsks
      .askExtension(officeCampaign, { requestedDueDate: '2026-03-10', reason: '党组会议推迟召开' })
      .expect(201);
    expect(asked.body.sentAt).toBeNull();
    const reviewer = await reviewChainUser(api.dataSource, bureauId, uniqueName('一并审核'));
    await submitThroughChain(
      drafter,
      reportClient(api.http, await login(api.http, reviewer.username, reviewer.password)),
      reportId,
    );
    // A walk (stop 48) granted it without knowing the report was in.
    const listed = (await office.extensions(officeCampaign).expect(200)).body as Array<{
      id: string;
      status: string;
      sentAt: string | null;
    }>;
    expect(listed.find((e) => e.id === asked.body.id)).toMatchObject({
      status: 'pending',
      sentAt: expect.any(String),
    });
    const waiting = (await office.pendingExtensions().expect(200)).body as Array<{
      id: string;
      sentAt: string | null;
    }>;
    expect(waiting.find((e) => e.id === asked.body.id)?.sentAt).toEqual(expect.any(String));
  });
});
