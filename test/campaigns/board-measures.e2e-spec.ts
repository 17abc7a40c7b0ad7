import ExcelJS from 'exceljs';
import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { dispatchWithSecret, reportOfUnit, unitPeople } from '../reports/disclosure-helpers';
import { at, campaignClient, parseCsv } from './campaign-helpers';

interface MeasuredRow {
  unit: { id: string };
  progress: string;
  submittedOnTime: boolean | null;
  lateness: {
    againstNotice: { dueDate: string; onTime: boolean | null; workingDaysLate: number | null };
    againstExtended: { dueDate: string; onTime: boolean | null; workingDaysLate: number | null };
  };
  disclosure: { column: string; publishedOn: string | null; publishedLate: boolean | null };
}

/**
 * Two units of one campaign (report year 2012, this file's alone): 呼图壁 is granted an extension
 * and submits after the notice's date but within the extension, and never publishes; 玛纳斯 submits
 * and publishes on time. The board, its filter, the CSV and the unit history keep both measures.
 */
describe('the board keeps lateness against the notice and against the extension, and disclosure', () => {
  const clock = new ManualClock(at('2013-01-07'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  let campaignId: string;
  const htbUnit = () => demo.unitIds['htb-transport'];
  const mnsUnit = () => demo.unitIds['mns-transport'];
  const coordinator = async () => campaignClient(api.http, await tokenFor(api.http, 'cj-coordinator'));

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    demo = await loadDemo(api.dataSource);
    const issued = await (
      await coordinator()
    )
      .issue({
        reportYear: 2012,
        title: '关于报送2012年度法治政府建设年度报告的通知',
        documentNumber: '昌州政办通〔2013〕2号',
        issuedOn: '2013-01-07',
        body: '请于2月27日前报送，4月1日前公开。',
        dueDate: '2013-02-27',
        targets: { unitIds: [htbUnit(), mnsUnit()] },
      })
      .expect(201);
    campaignId = issued.body.id;
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('shows both measures, the disclosure columns and the filter, in the board, CSV and history', async () => {
    const mnsReport = await reportOfUnit(api.dataSource, campaignId, mnsUnit());
    const htbReport = await reportOfUnit(api.dataSource, campaignId, htbUnit());

    clock.set(at('2013-02-20'));
    await dispatchWithSecret(await unitPeople(api.http, 'mns'), mnsReport, '2013-02-19');

    clock.set(at('2013-02-25'));
    const htbCampaign = campaignClient(api.http, await tokenFor(api.http, 'htb-drafter'));
    const asked = await htbCampaign
      .askExtension(campaignId, { requestedDueDate: '2013-03-08', reason: '党组会议推迟召开' })
      .expect(201);
    await (
      await coordinator()
    )
      .decide(campaignId, asked.body.id, { decision: 'grant', dueDate: '2013-03-08', comment: '同意' })
      .expect(200);

    clock.set(at('2013-03-05'));
    await dispatchWithSecret(await unitPeople(api.http, 'htb'), htbReport, '2013-03-04');

    clock.set(at('2013-03-25'));
    const mns = await unitPeople(api.http, 'mns');
    await mns.leader.review(mnsReport, { expectedVersion: 0, conclusion: 'cleared' }).expect(200);
    await mns.disclosingDrafter
      .publish(mnsReport, {
        expectedVersion: 1,
        channel: 'government_website',
        url: 'https://www.mns.gov.cn/2012.html',
        publishedOn: '2013-03-25',
      })
      .expect(200);

    clock.set(at('2013-04-02'));
    const cj = await coordinator();
    const board = (await cj.board(campaignId).expect(200)).body as {
      rows: MeasuredRow[];
      measures: Record<string, number | null>;
    };
    const row = (unitId: string) => board.rows.find((r) => r.unit.id === unitId)!;
    // Within the extension, so the status says on time; against the notice it is 4 working days late
    // (28 Feb, 1, 4, 5 March).
    expect(row(htbUnit())).toMatchObject({
      progress: 'submitted_on_time',
      lateness: {
        againstNotice: { dueDate: '2013-02-27', onTime: false, workingDaysLate: 4 },
        againstExtended: { dueDate: '2013-03-08', onTime: true, workingDaysLate: null },
      },
      disclosure: { column: 'overdue_unpublished', publishedOn: null },
    });
    expect(row(mnsUnit())).toMatchObject({
      lateness: { againstNotice: { onTime: true }, againstExtended: { onTime: true } },
      disclosure: { column: 'published', publishedOn: '2013-03-25', publishedLate: false },
    });
    expect(board.measures).toEqual({
      onTimeRateAgainstNotice: 0.5,
      onTimeRateAgainstExtended: 1,
      submittedLateAgainstNotice: 1,
      submittedLateAgainstExtended: 0,
      published: 1,
      publishedLate: 0,
      notPublished: 0,
      overdueUnpublished: 1,
    });

    const overdue = (await cj.board(campaignId, '?disclosure=overdue_unpublished').expect(200)).body;
    expect((overdue.rows as MeasuredRow[]).map((r) => r.unit.id)).toEqual([htbUnit()]);
    expect((await cj.board(campaignId, '?disclosure=nonsense')).status).toBe(400);

    const [headers, ...lines] = parseCsv((await cj.csv(campaignId).expect(200)).body as Buffer);
    const cell = (unitName: string, header: string) =>
      lines.find((l) => l[0] === unitName)![headers.indexOf(header)];
    expect(cell('呼图壁县交通运输局', '是否按时报送')).toBe('是');
    expect(cell('呼图壁县交通运输局', '按通知日期是否按时')).toBe('否');
    expect(cell('呼图壁县交通运输局', '按通知日期逾期工作日')).toBe('4');
    expect(cell('呼图壁县交通运输局', '公开情况')).toBe('逾期未公开');
    expect(cell('玛纳斯县交通运输局', '公开情况')).toBe('已公开');
    expect(cell('玛纳斯县交通运输局', '公开日期')).toBe('2013-03-25');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await cj.xlsx(campaignId).expect(200)).body as ArrayBuffer);
    const summary = workbook.getWorksheet('汇总')!.getSheetValues() as unknown[][];
    const line = (label: string) => summary.find((r) => r?.[1] === label)?.[2];
    expect(line('按时报送率（按通知日期）')).toBe('50.0%');
    expect(line('按时报送率（按延期后日期）')).toBe('100.0%');
    expect(line('逾期未公开')).toBe(1);

    const history = (await cj.history(htbUnit()).expect(200)).body;
    const entry = history.entries.find((e: { campaign: { id: string } }) => e.campaign.id === campaignId);
    expect(entry.lateness.againstNotice).toEqual({
      dueDate: '2013-02-27',
      onTime: false,
      workingDaysLate: 4,
    });
    // The unit's 报送记录 page reads the notice's and the extended date, the issuing office's receipt
    // (dispatched, not yet decided: 待接收) and the disclosure from the history, as the board shows them.
    expect(entry).toMatchObject({
      originalDueDate: '2013-02-27',
      dueDate: '2013-03-08',
      extended: true,
      receipt: 'received',
      returnCount: 0,
      disclosure: { column: 'overdue_unpublished', dueDate: '2013-04-01', publishedOn: null },
    });
    const mnsHistory = (await cj.history(mnsUnit()).expect(200)).body;
    expect(
      mnsHistory.entries.find((e: { campaign: { id: string } }) => e.campaign.id === campaignId),
    ).toMatchObject({
      extended: false,
      disclosure: { column: 'published', publishedOn: '2013-03-25', publishedLate: false },
    });
    const year = history.years.find((y: { reportYear: number }) => y.reportYear === 2012);
    expect(year.submittedLateAgainstNotice).toBeGreaterThanOrEqual(1);
  });
});
