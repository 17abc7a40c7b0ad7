import { sheetText } from '../support/xlsx-text';
import ExcelJS from 'exceljs';
import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { loadDemo } from '../support/demo';
import { reportClient } from '../reports/report-helpers';
import { at, campaignClient, login, parseCsv, reviewChainUser, submitThroughChain } from './campaign-helpers';

/**
 * 昌吉州 issues the 2025 annual-report campaign to its seven county transport bureaus. Four submit on
 * time, one late, one is granted an extension and submits within it, one never submits. Report
 * year 2025 is due in 2026, a year the holiday calendar covers (2026-02-28 is a worked Saturday).
 */
const COUNTIES = ['cjs', 'fk', 'htb', 'mns', 'qt', 'jmse', 'ml'] as const;
type County = (typeof COUNTIES)[number];

interface BoardRowBody {
  unit: { id: string; name: string };
  reportId: string;
  state: string;
  stage: string;
  holders: { roles: string[]; names: string[] };
  dueDate: string;
  originalDueDate: string;
  extended: boolean;
  pendingExtensionId: string | null;
  light: string;
  progress: string;
  workingDaysLeft: number | null;
  workingDaysOverdue: number | null;
  submittedOnTime: boolean | null;
  returnCount: number;
}

describe('a prefecture campaign to its seven county transport bureaus', () => {
  const clock = new ManualClock(at('2026-01-05'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  let coordinator: ReturnType<typeof campaignClient>;
  const drafters = {} as Record<County, ReturnType<typeof reportClient>>;
  const reviewers = {} as Record<County, ReturnType<typeof reportClient>>;
  let campaignId: string;
  const reportOf = {} as Record<County, string>;

  const board = async (query = '') => {
    const res = await coordinator.board(campaignId, query).expect(200);
    return res.body as { rows: BoardRowBody[]; totals: Record<string, unknown>; filteredCount: number };
  };
  const rowOf = (rows: BoardRowBody[], county: County) =>
    rows.find((r) => r.unit.id === demo.unitIds[`${county}-transport`])!;

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000', REFRESH_TTL_DAYS: '90' } });
    demo = await loadDemo(api.dataSource);
    coordinator = campaignClient(api.http, await login(api.http, 'cj-coordinator'));
    for (const county of COUNTIES) {
      drafters[county] = reportClient(api.http, await login(api.http, `${county}-drafter`));
      const chain = await reviewChainUser(
        api.dataSource,
        demo.unitIds[`${county}-transport`],
        `cmp-${county}-chain`,
      );
      reviewers[county] = reportClient(api.http, await login(api.http, chain.username, chain.password));
    }
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('issues one report per county transport bureau, in drafting, and tells their drafters', async () => {
    const issued = await coordinator
      .issue({
        reportYear: 2025,
        title: '关于报送2025年度法治政府建设年度报告的通知',
        documentNumber: '昌州政办通〔2026〕1号',
        issuedOn: '2026-01-05',
        body: '各县市交通运输局：请于2026年2月27日前报送本单位2025年度法治政府建设年度报告。',
        dueDate: '2026-02-27',
        stageLimits: { dept_review: 3, legal_review: 3, party_approval: 5 },
        reminderPolicy: { dueBefore: [5, 3, 1] },
        targets: { select: { kinds: ['department'], levels: ['county'], nameContains: '交通运输局' } },
      })
      .expect(201);
    campaignId = issued.body.id;
    expect(issued.body).toMatchObject({
      reportYear: 2025,
      targetCount: 7,
      dueDate: '2026-02-27',
      disclosureDate: '2026-04-01',
      status: 'active',
      issuingUnit: { id: demo.unitIds.cj },
      workflow: { id: 'default', version: 3 },
      notice: { documentNumber: '昌州政办通〔2026〕1号' },
      reminderPolicy: expect.objectContaining({ dueBefore: [5, 3, 1], stageBefore: [3, 1] }),
    });

    const initial = await board();
    expect(initial.rows).toHaveLength(7);
    for (const county of COUNTIES) {
      const row = rowOf(initial.rows, county);
      reportOf[county] = row.reportId;
      // Nothing written yet: 未起草, not 起草中 (a walk, stop 53).
      expect(row).toMatchObject({
        state: 'drafting',
        stage: '未起草',
        light: 'green',
        dueDate: '2026-02-27',
      });
      expect(row.holders.roles).toEqual(['drafter']);
    }
    expect(rowOf(initial.rows, 'ml').holders.names).toContain('木垒起草');

    // The report itself carries the campaign's settings: receiving unit, due date, stage limits.
    const report = await drafters.htb.get(reportOf.htb).expect(200);
    expect(report.body).toMatchObject({ campaignId, receivingUnitId: demo.unitIds.cj, state: 'drafting' });
    const [stored] = await api.dataSource.query('SELECT due_at, stage_limits FROM reports WHERE id = ?', [
      reportOf.htb,
    ]);
    expect(new Date(stored.due_at).toISOString()).toBe('2026-02-27T15:59:59.999Z');

    const inbox = await campaignClient(api.http, await login(api.http, 'ml-drafter'))
      .notifications()
      .expect(200);
    expect(inbox.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'campaign_issued',
          reportId: reportOf.ml,
          body: expect.stringContaining('请于2026年2月27日前报送'),
        }),
      ]),
    );
    // The notice names the issuer as its office (#19), as the console shows it, not the 州政府.
    const issuedNotice = inbox.body.find(
      (n: { kind: string; reportId: string }) => n.kind === 'campaign_issued' && n.reportId === reportOf.ml,
    );
    expect(issuedNotice.body).toMatch(/^昌吉回族自治州依法治州办下发《/);
    // A target unit reads its campaign's notice, but not the board.
    await campaignClient(api.http, await login(api.http, 'ml-drafter'))
      .get(campaignId)
      .expect(200);
    await campaignClient(api.http, await login(api.http, 'ml-drafter'))
      .board(campaignId)
      .expect(404);

    // Before any due date the export gives no on-time rate, as the console does (scenario test,
    // stop 47: 按时报送率 75.0% three months early read as a quarter late).
    const early = new ExcelJS.Workbook();
    await early.xlsx.load((await coordinator.xlsx(campaignId).expect(200)).body as ArrayBuffer);
    const summary = new Map(
      (early.getWorksheet('汇总')!.getSheetValues() as unknown[][])
        .filter(Boolean)
        .map((r) => [String(r[1]), r[2]]),
    );
    expect(summary.get('按时报送率')).toBe('未到期（已报送 0/7）');
    expect(summary.get('按时报送率（按通知日期）')).toBe('未到期');
  });

  it('follows four on-time submissions, a yellow light three working days out, and an extension', async () => {
    clock.set(at('2026-02-10'));
    for (const county of ['cjs', 'fk', 'htb', 'mns'] as const) {
      await submitThroughChain(drafters[county], reviewers[county], reportOf[county]);
    }

    clock.set(at('2026-02-25'));
    const soon = await board('?light=yellow');
    expect(soon.rows.map((r) => r.unit.id).sort()).toEqual(
      (['qt', 'jmse', 'ml'] as const).map((c) => demo.unitIds[`${c}-transport`]).sort(),
    );
    // 26, 27 February: two working days left.
    expect(soon.rows.every((r) => r.workingDaysLeft === 2 && r.progress === 'due_soon')).toBe(true);

    const qt = campaignClient(api.http, await login(api.http, 'qt-drafter'));
    const asked = await qt
      .askExtension(campaignId, {
        requestedDueDate: '2026-03-06',
        reason: '党组会议因主要负责人外出学习推迟召开',
      })
      .expect(201);
    expect(asked.body).toMatchObject({ status: 'pending', dueDateBefore: '2026-02-27' });
    const again = await qt
      .askExtension(campaignId, { requestedDueDate: '2026-03-09', reason: '再次申请' })
      .expect(409);
    expect(again.body).toMatchObject({ error: 'EXTENSION_PENDING', details: { extensionId: asked.body.id } });

    const pending = await board();
    expect(rowOf(pending.rows, 'qt').pendingExtensionId).toBe(asked.body.id);
    // 我的待办 of the issuing office lists it with its campaign; nobody else's does.
    const waiting = (await coordinator.pendingExtensions().expect(200)).body as Array<
      Record<string, unknown>
    >;
    expect(waiting).toContainEqual(
      expect.objectContaining({
        id: asked.body.id,
        unitName: expect.stringContaining('奇台'),
        requestedDueDate: '2026-03-06',
        campaign: { id: campaignId, title: expect.any(String) },
      }),
    );
    // The office's message names the campaign, so the console opens its 延期申请 tab (walk, stop 47).
    const messages = (await api.http().get('/notifications').set(coordinator.auth).expect(200))
      .body as Array<{
      kind: string;
      campaignId: string | null;
      body: string;
    }>;
    expect(messages).toContainEqual(
      expect.objectContaining({
        kind: 'extension_requested',
        campaignId,
        body: expect.stringContaining('党组会议因主要负责人外出学习推迟召开'),
      }),
    );
    expect((await qt.pendingExtensions().expect(200)).body).toEqual([]);
    // Only the issuing office decides it: not the region's coordinators above, not the 依法治州办
    // housed in the same 司法局, not another prefecture.
    for (const username of ['xj-coordinator', 'cj-fzb', 'yl-coordinator']) {
      const other = campaignClient(api.http, await login(api.http, username));
      expect((await other.pendingExtensions().expect(200)).body).not.toContainEqual(
        expect.objectContaining({ id: asked.body.id }),
      );
    }
    const before = await drafters.qt.get(reportOf.qt).expect(200);

    const granted = await coordinator
      .decide(campaignId, asked.body.id, {
        decision: 'grant',
        dueDate: '2026-03-05',
        comment: '同意延至3月5日',
      })
      .expect(200);
    expect(granted.body).toMatchObject({ status: 'granted', grantedDueDate: '2026-03-05' });
    expect((await coordinator.pendingExtensions().expect(200)).body).not.toContainEqual(
      expect.objectContaining({ id: asked.body.id }),
    );

    // The report's due date moved, its version went up, and the worker is told to re-plan.
    const after = await drafters.qt.get(reportOf.qt).expect(200);
    expect(after.body.version).toBe(before.body.version + 1);
    const [moved] = await api.dataSource.query('SELECT due_at FROM reports WHERE id = ?', [reportOf.qt]);
    expect(new Date(moved.due_at).toISOString()).toBe('2026-03-05T15:59:59.999Z');
    const jobs = await api.dataSource.query(
      "SELECT job_id FROM outbox WHERE job_name = 'deadlines-changed' AND job_id = ?",
      [`deadlines-changed-${reportOf.qt}-v${after.body.version}`],
    );
    expect(jobs).toHaveLength(1);

    const extended = rowOf((await board()).rows, 'qt');
    expect(extended).toMatchObject({
      dueDate: '2026-03-05',
      originalDueDate: '2026-02-27',
      extended: true,
      light: 'green',
      pendingExtensionId: null,
    });
    const decidedTwice = await coordinator
      .decide(campaignId, asked.body.id, { decision: 'refuse', comment: '不同意' })
      .expect(409);
    expect(decidedTwice.body.error).toBe('EXTENSION_ALREADY_DECIDED');
  });

  it('shows exactly who was on time, late, extended and missing, and the exports say the same', async () => {
    clock.set(at('2026-03-03'));
    await submitThroughChain(drafters.qt, reviewers.qt, reportOf.qt);
    await submitThroughChain(drafters.jmse, reviewers.jmse, reportOf.jmse);

    clock.set(at('2026-03-04'));
    const final = await board();
    const summary = Object.fromEntries(
      COUNTIES.map((c) => {
        const r = rowOf(final.rows, c);
        return [c, [r.state, r.light, r.progress, r.submittedOnTime, r.workingDaysOverdue]];
      }),
    );
    expect(summary).toEqual({
      cjs: ['submitted', 'green', 'submitted_on_time', true, null],
      fk: ['submitted', 'green', 'submitted_on_time', true, null],
      htb: ['submitted', 'green', 'submitted_on_time', true, null],
      mns: ['submitted', 'green', 'submitted_on_time', true, null],
      qt: ['submitted', 'green', 'submitted_on_time', true, null],
      // Due 27 Feb, in on 3 Mar: 28 Feb (a worked Saturday in 2026), 2 and 3 March.
      jmse: ['submitted', 'red', 'submitted_late', false, 3],
      // Still missing on 4 March: four working days overdue.
      ml: ['drafting', 'red', 'overdue', null, 4],
    });
    expect(final.totals).toMatchObject({
      targets: 7,
      submitted: 6,
      submittedOnTime: 5,
      submittedLate: 1,
      overdue: 1,
      onTimeRate: 0.7143,
      byState: { drafting: 1, submitted: 6, dept_review: 0, accepted: 0 },
      byLight: { green: 5, yellow: 0, red: 2 },
    });
    expect(rowOf(final.rows, 'htb').holders).toEqual({
      roles: ['coordinator'],
      names: expect.arrayContaining(['昌吉州司法局协调员']),
    });

    const overdue = await board('?overdue=true');
    expect(overdue.rows.map((r) => r.unit.name)).toEqual(['木垒哈萨克自治县交通运输局']);
    const urgent = await board('?sort=urgency');
    expect(urgent.rows.slice(0, 2).map((r) => r.unit.name)).toEqual([
      '木垒哈萨克自治县交通运输局',
      '吉木萨尔县交通运输局',
    ]);

    const csv = await coordinator.csv(campaignId).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvRows = parseCsv(csv.body);
    expect(csvRows[0].slice(0, 9)).toEqual([
      '单位',
      '单位类型',
      '信号灯',
      '报送情况',
      '当前环节',
      '办理人',
      '环节期限',
      '截止日期',
      '剩余/逾期工作日',
    ]);
    expect(csvRows).toHaveLength(8);
    const byName = (rows: string[][]) => new Map(rows.slice(1).map((r) => [r[0], r]));
    const fromCsv = byName(csvRows);
    expect(fromCsv.get('吉木萨尔县交通运输局')).toEqual(
      expect.arrayContaining(['红', '逾期报送', '已报送', '2026-02-27', '逾期3', '否', '0']),
    );
    expect(fromCsv.get('奇台县交通运输局')).toEqual(
      expect.arrayContaining(['绿', '按时报送', '2026-03-05', '是', '已延期（原2026-02-27）']),
    );
    expect(fromCsv.get('木垒哈萨克自治县交通运输局')).toEqual(
      expect.arrayContaining(['红', '已逾期', '未起草', '逾期4', '']),
    );
    expect(csvRows.slice(1).map((r) => r[0])).toEqual(final.rows.map((r) => r.unit.name));

    const xlsx = await coordinator.xlsx(campaignId).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as ArrayBuffer);
    const sheet = workbook.getWorksheet('报送进度')!;
    // Counts and dates are typed cells (a walk, stop 49), read back as the text the CSV has.
    const xlsxRows = sheetText(sheet);
    const padded = csvRows.map((r) => r.map((c) => c));
    expect(xlsxRows.map((r) => r.concat(Array(padded[0].length - r.length).fill('')))).toEqual(padded);
    expect(workbook.getWorksheet('汇总')!.getCell('B7').value).toBe('71.4%');
  });

  it('keeps the record and the unit history across years', async () => {
    const events = await coordinator.events(campaignId).expect(200);
    expect(events.body.map((e: { action: string }) => e.action)).toEqual([
      'issued',
      'extension_requested',
      'extension_granted',
    ]);
    const history = await campaignClient(api.http, await login(api.http, 'qt-drafter'))
      .history(demo.unitIds['qt-transport'])
      .expect(200);
    expect(history.body.entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          reportYear: 2025,
          campaign: expect.objectContaining({ id: campaignId }),
          submittedOnTime: true,
          extended: true,
          dueDate: '2026-03-05',
        }),
      ]),
    );
    // Another county sees nothing of qt's history.
    await campaignClient(api.http, await login(api.http, 'ml-drafter'))
      .history(demo.unitIds['qt-transport'])
      .expect(404);
  });

  it('withdraws only before the due date', async () => {
    const late = await coordinator.withdraw(campaignId, '测试').expect(409);
    expect(late.body.error).toBe('CAMPAIGN_PAST_DUE');
  });
});
