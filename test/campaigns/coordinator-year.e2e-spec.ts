import { sheetText } from '../support/xlsx-text';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Test } from 'supertest';
import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { completeSections } from '../support/content';
import { loadDemo, tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD } from '../support/factories';
import { paragraphTexts, readPart } from '../../libs/content/test/docx';
import { disclosureClient } from '../reports/disclosure-helpers';
import { reportClient } from '../reports/report-helpers';
import { findingsOf } from '../reports/findings-helpers';
import { at, campaignClient, MEETING, reviewChainUser, submitThroughChain } from './campaign-helpers';

/**
 * The coordinator's year on the Changji scenario (#18, "What must be shown"), the worked example of
 * docs/campaigns.md: 依法治州办 (cj-coordinator) asks six county transport bureaus for their 2138
 * reports (this file's year alone), due Thursday 26 February 2139, to be published by 1 April.
 *
 *   昌吉市     on time, published 10 March                                    nothing to say
 *   阜康市     on time, but items 2 and 3 left empty (the reviewer overrode the completeness check)
 *   呼图壁县   extension to 6 March, submits Tuesday 3 March: late against the notice, on time against the extension
 *   玛纳斯县   no extension, submits Thursday 5 March: late
 *   奇台县     on time; 保密审查 cleared 30 March, published only on 3 April
 *   吉木萨尔县 returned twice by the 依法治州办, accepted the third time
 *
 * 2139 falls on the same weekdays as 2026, so the test enters the State Council schedule the product
 * ships for 2026 (config/calendar/cn-2026.json) as 2139's, through the administrators' calendar
 * (节假日安排). Its worked Saturday, 28 February (调休 for 春节), counts as a working day: counted
 * Monday to Friday the two late bureaus would be a day less late.
 *
 * Every expectation below is worked out by hand from this story and the documented default
 * scoring rule (docs/campaigns.md, Scores), never by the product's own functions.
 */
const YEAR = 2138;
const DAY = (monthDay: string) => `2139-${monthDay}`;
const COUNTIES = ['cjs', 'fk', 'htb', 'mns', 'qt', 'jmse'] as const;
type County = (typeof COUNTIES)[number];
const NAME: Record<County, string> = {
  cjs: '昌吉市交通运输局',
  fk: '阜康市交通运输局',
  htb: '呼图壁县交通运输局',
  mns: '玛纳斯县交通运输局',
  qt: '奇台县交通运输局',
  jmse: '吉木萨尔县交通运输局',
};
const ITEM_2 = '第二项（存在的不足和原因）';
const ITEM_3 = '第三项（党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况）';

interface Measure {
  dueDate: string;
  onTime: boolean | null;
  workingDaysLate: number | null;
}
interface BoardRow {
  unit: { id: string; name: string };
  progress: string;
  returnCount: number;
  lateness: { againstNotice: Measure; againstExtended: Measure };
  disclosure: { column: string; publishedOn: string | null; publishedLate: boolean | null };
  score: number;
  scoreReasons: string[];
}

/** The 2026 schedule as shipped, moved to 2139 (same weekdays: both years begin on a Thursday). */
function shipped2026As2139() {
  const file = JSON.parse(readFileSync(join(__dirname, '../../config/calendar/cn-2026.json'), 'utf8')) as {
    holidays: Array<{ date: string; name: string }>;
    workdays: Array<{ date: string; name: string }>;
  };
  const move = (entries: Array<{ date: string; name: string }>) =>
    entries.map((e) => ({ date: e.date.replace(/^2026-/, '2139-'), name: e.name }));
  return {
    year: 2139,
    source: {
      title: '国务院办公厅关于2139年部分节假日安排的通知',
      note: 'the 2026 schedule shipped in config/calendar/cn-2026.json, moved to 2139 for this test',
    },
    holidays: move(file.holidays),
    workdays: move(file.workdays),
  };
}

/** Reads a download as raw bytes. */
function bytes(req: Test): Test {
  return req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

describe('the coordinator’s year on the Changji scenario: board, XLSX, scores and 通报', () => {
  const clock = new ManualClock(at(DAY('01-05')));
  let api: Awaited<ReturnType<typeof startApi>>;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  let campaignId: string;
  const reportOf = {} as Record<County, string>;
  const chainUser = {} as Record<County, { username: string; password: string }>;
  const unitOf = (county: County) => demo.unitIds[`${county}-transport`];

  const removeCalendar = () => api.dataSource.query('DELETE FROM calendar_schedules WHERE year = 2139');
  // A fresh login each time: the clock jumps by weeks, past any token's lifetime.
  const coordinatorToken = () => tokenFor(api.http, 'cj-coordinator');
  const coordinator = async () => campaignClient(api.http, await coordinatorToken());
  const drafterOf = async (county: County) =>
    reportClient(api.http, await tokenFor(api.http, `${county}-drafter`));
  const reviewerOf = async (county: County) =>
    reportClient(api.http, await tokenFor(api.http, chainUser[county].username, chainUser[county].password));
  const meetingOn = (date: string) => ({ ...MEETING, meetingDate: date });

  /** Drafts a complete report (or the given sections) and takes it through the unit's review chain. */
  async function submit(
    county: County,
    meetingDate: string,
    sections = completeSections(NAME[county], YEAR),
  ) {
    const drafter = await drafterOf(county);
    const reviewer = await reviewerOf(county);
    const current = (await drafter.get(reportOf[county]).expect(200)).body;
    if (current.currentRevision === 0)
      await drafter.save(reportOf[county], { basedOnRevision: 0, sections }).expect(201);
    await submitThroughChain(drafter, reviewer, reportOf[county], meetingOn(meetingDate));
  }

  /** 保密审查 (cleared) by the unit's leader, then, when a date is given, the publication. */
  async function disclose(county: County, reviewedOn: string, publishedOn: string | null) {
    const leader = disclosureClient(
      api.http,
      await tokenFor(api.http, chainUser[county].username, chainUser[county].password),
    );
    clock.set(at(reviewedOn));
    await leader.review(reportOf[county], { expectedVersion: 0, conclusion: 'cleared' }).expect(200);
    if (publishedOn === null) return;
    clock.set(at(publishedOn));
    await leader
      .publish(reportOf[county], {
        expectedVersion: 1,
        channel: 'government_website',
        url: `https://www.example.gov.cn/${county}/${YEAR}.html`,
        publishedOn,
      })
      .expect(200);
  }

  async function receiptDecision(decision: 'accept' | 'return', county: County, comment?: string) {
    const receipts = findingsOf(reportClient(api.http, await coordinatorToken()));
    const receipt = (
      (await receipts.receipts(reportOf[county]).expect(200)).body as Array<{
        campaign: { id: string };
        version: number;
      }>
    ).find((r) => r.campaign.id === campaignId)!;
    await api
      .http()
      .post(`/reports/${reportOf[county]}/receipts/${campaignId}/${decision}`)
      .set({ Authorization: `Bearer ${await coordinatorToken()}` })
      .send({ expectedVersion: receipt.version, ...(comment ? { comment } : {}) })
      .expect(200);
  }

  const board = async (query = '') =>
    (await (await coordinator()).board(campaignId, query).expect(200)).body as {
      rows: BoardRow[];
      measures: Record<string, number | null>;
    };

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    demo = await loadDemo(api.dataSource);
    for (const county of COUNTIES)
      chainUser[county] = await reviewChainUser(api.dataSource, unitOf(county), `cy-${county}-chain`);

    // The year's schedule, entered by an administrator of a top-level unit (this file's rows only).
    await removeCalendar();
    const root = await createUnit(api.dataSource, null, { kind: 'government', level: 'province' });
    const admin = await createUser(api.dataSource, root.id, ['admin']);
    await api
      .http()
      .put('/admin/calendar/national/2139')
      .set({ Authorization: `Bearer ${await tokenFor(api.http, admin.username, FACTORY_PASSWORD)}` })
      .send(shipped2026As2139())
      .expect(200);

    const issued = await (
      await coordinator()
    )
      .issue({
        reportYear: YEAR,
        title: `关于报送${YEAR}年度法治政府建设年度报告的通知`,
        documentNumber: '昌州政办通〔2139〕1号',
        issuedOn: DAY('01-05'),
        body: '请于2月26日前报送，4月1日前向社会公开。',
        dueDate: DAY('02-26'),
        targets: { unitIds: COUNTIES.map(unitOf) },
      })
      .expect(201);
    campaignId = issued.body.id;
    expect(issued.body).toMatchObject({ dueDate: DAY('02-26'), disclosureDate: DAY('04-01') });
    const rows = (await api.dataSource.query(
      'SELECT unit_id, report_id FROM campaign_targets WHERE campaign_id = ?',
      [campaignId],
    )) as Array<{ unit_id: string; report_id: string }>;
    for (const county of COUNTIES)
      reportOf[county] = rows.find((r) => r.unit_id === unitOf(county))!.report_id;

    // 吉木萨尔: dispatched 2 February, returned twice, accepted on 12 February.
    clock.set(at(DAY('02-02')));
    await submit('jmse', DAY('01-30'));
    clock.set(at(DAY('02-03')));
    await receiptDecision('return', 'jmse', '请补充行政复议案件办理数据。');
    clock.set(at(DAY('02-05')));
    await submit('jmse', DAY('01-30'));
    clock.set(at(DAY('02-06')));
    await receiptDecision('return', 'jmse', '第三部分未写明主要负责人履职情况。');
    clock.set(at(DAY('02-10')));
    await submit('jmse', DAY('01-30'));
    clock.set(at(DAY('02-12')));
    await receiptDecision('accept', 'jmse');

    // 昌吉市 on 9 February; 阜康市 on 11 February without items 2 and 3, the reviewer overriding the check.
    clock.set(at(DAY('02-09')));
    await submit('cjs', DAY('02-06'));
    clock.set(at(DAY('02-11')));
    const fkDrafter = await drafterOf('fk');
    await fkDrafter
      .save(reportOf.fk, {
        basedOnRevision: 0,
        sections: { ...completeSections(NAME.fk, YEAR), shortcomings: '', leadersDuty: '' },
      })
      .expect(201);
    const fkReviewer = await reviewerOf('fk');
    await fkReviewer
      .raw()
      .http()
      .post(`/reports/${reportOf.fk}/check-override`)
      .set(fkReviewer.raw().auth)
      .send({ reason: '领导要求先行报送，后续补充' })
      .expect(201);
    await submit('fk', DAY('02-10'));

    // 呼图壁 asks on 24 February for 6 March and is granted it; 奇台 submits on 25 February.
    clock.set(at(DAY('02-24')));
    const asked = await campaignClient(api.http, await tokenFor(api.http, 'htb-drafter'))
      .askExtension(campaignId, { requestedDueDate: DAY('03-06'), reason: '党组会议推迟召开' })
      .expect(201);
    await (
      await coordinator()
    )
      .decide(campaignId, asked.body.id, { decision: 'grant', dueDate: DAY('03-06'), comment: '同意' })
      .expect(200);
    clock.set(at(DAY('02-25')));
    await submit('qt', DAY('02-24'));

    // After the notice's date: 呼图壁 on Tuesday 3 March (within its extension), 玛纳斯 on Thursday 5 March.
    clock.set(at(DAY('03-03')));
    await submit('htb', DAY('03-02'));
    clock.set(at(DAY('03-05')));
    await submit('mns', DAY('03-04'));

    // Publication, each after its 保密审查; 奇台 is cleared on 30 March but has not published by 1 April.
    await disclose('cjs', DAY('03-09'), DAY('03-10'));
    await disclose('fk', DAY('03-11'), DAY('03-11'));
    await disclose('jmse', DAY('03-12'), DAY('03-12'));
    await disclose('htb', DAY('03-19'), DAY('03-20'));
    await disclose('mns', DAY('03-24'), DAY('03-25'));
    await disclose('qt', DAY('03-30'), null);

    clock.set(at(DAY('04-02')));
  });
  afterAll(async () => {
    if (api) await removeCalendar();
    await api?.app.close();
  });

  it('shows on the board both lateness measures, in working days of the year’s schedule, and disclosure', async () => {
    const { rows, measures } = await board();
    const byName = Object.fromEntries(
      rows.map((r) => [
        r.unit.name,
        [
          r.progress,
          r.lateness.againstNotice.onTime,
          r.lateness.againstNotice.workingDaysLate,
          r.lateness.againstExtended.dueDate,
          r.lateness.againstExtended.onTime,
          r.lateness.againstExtended.workingDaysLate,
          r.disclosure.column,
          r.disclosure.publishedOn,
          r.returnCount,
        ],
      ]),
    );
    // progress follows the extended date; 工作日: 2/27 (Fri), 2/28 (worked Saturday), 3/2, 3/3, 3/4, 3/5.
    // prettier-ignore
    expect(byName).toEqual({
      //          progress              notice: on time, days   extended: date,       on time, days  disclosure                               returns
      [NAME.cjs]:  ['submitted_on_time', true,  null,         DAY('02-26'), true,  null,   'published',           DAY('03-10'), 0],
      [NAME.fk]:   ['submitted_on_time', true,  null,         DAY('02-26'), true,  null,   'published',           DAY('03-11'), 0],
      [NAME.htb]:  ['submitted_on_time', false, 4,            DAY('03-06'), true,  null,   'published',           DAY('03-20'), 0],
      [NAME.mns]:  ['submitted_late',    false, 6,            DAY('02-26'), false, 6,      'published',           DAY('03-25'), 0],
      [NAME.qt]:   ['submitted_on_time', true,  null,         DAY('02-26'), true,  null,   'overdue_unpublished', null,         0],
      [NAME.jmse]: ['submitted_on_time', true,  null,         DAY('02-26'), true,  null,   'published',           DAY('03-12'), 2],
    });
    for (const row of rows) expect(row.lateness.againstNotice.dueDate).toBe(DAY('02-26'));
    expect(measures).toEqual({
      // 4 of 6 and 5 of 6, to four places.
      onTimeRateAgainstNotice: 0.6667,
      onTimeRateAgainstExtended: 0.8333,
      submittedLateAgainstNotice: 2,
      submittedLateAgainstExtended: 1,
      published: 5,
      publishedLate: 0,
      notPublished: 0,
      overdueUnpublished: 1,
    });
    const overdue = await board('?disclosure=overdue_unpublished');
    expect(overdue.rows.map((r) => r.unit.name)).toEqual([NAME.qt]);
  });

  it('scores each unit by the documented default rule, with its reasons', async () => {
    const { rows } = await board();
    const scores = Object.fromEntries(rows.map((r) => [r.unit.name, [r.score, r.scoreReasons]]));
    expect(scores).toEqual({
      [NAME.cjs]: [100, []],
      // 2 items × 2 points.
      [NAME.fk]: [96, [`缺少${ITEM_2}，扣2分`, `缺少${ITEM_3}，扣2分`]],
      // 4 working days × 2 points, against the notice: the extension does not excuse it.
      [NAME.htb]: [92, ['逾期报送4个工作日（按通知日期），扣8分']],
      // 6 × 2 = 12, but lateness never costs more than not submitting (10).
      [NAME.mns]: [90, ['逾期报送6个工作日（按通知日期），扣10分']],
      [NAME.qt]: [95, ['4月1日前未公开，扣5分']],
      // One point for the return beyond the first.
      [NAME.jmse]: [99, ['被退回2次，扣1分']],
    });
  });

  it('exports the board and the scoresheet as XLSX with the same facts', async () => {
    const boardBook = new ExcelJS.Workbook();
    await boardBook.xlsx.load((await (await coordinator()).xlsx(campaignId).expect(200)).body as ArrayBuffer);
    // Counts and dates are typed cells (a walk, stop 49), read back as text to compare.
    const [header, ...lines] = sheetText(boardBook.getWorksheet('报送进度')!);
    const columns = [
      '报送情况',
      '是否按时报送',
      '本任务退回次数',
      '延期情况',
      '按通知日期是否按时',
      '按通知日期逾期工作日',
      '按延期后日期是否按时',
      '按延期后日期逾期工作日',
      '公开情况',
      '公开日期',
    ];
    expect(header).toEqual(expect.arrayContaining(columns));
    const cells = Object.fromEntries(
      lines.map((line) => [line[0], columns.map((c) => line[header.indexOf(c)] ?? '')]),
    );
    // prettier-ignore
    expect(cells).toEqual({
      [NAME.cjs]:  ['按时报送', '是', '0', '',                           '是', '',  '是', '',  '已公开',     DAY('03-10')],
      [NAME.fk]:   ['按时报送', '是', '0', '',                           '是', '',  '是', '',  '已公开',     DAY('03-11')],
      [NAME.htb]:  ['按时报送', '是', '0', `已延期（原${DAY('02-26')}）`, '否', '4', '是', '',  '已公开',     DAY('03-20')],
      [NAME.mns]:  ['逾期报送', '否', '0', '',                           '否', '6', '否', '6', '已公开',     DAY('03-25')],
      [NAME.qt]:   ['按时报送', '是', '0', '',                           '是', '',  '是', '',  '逾期未公开', ''],
      [NAME.jmse]: ['按时报送', '是', '2', '',                           '是', '',  '是', '',  '已公开',     DAY('03-12')],
    });
    const summary = boardBook.getWorksheet('汇总')!.getSheetValues() as unknown[][];
    const total = (label: string) => summary.find((r) => r?.[1] === label)?.[2];
    expect([
      total('应报单位数'),
      total('按时报送率（按通知日期）'),
      total('按时报送率（按延期后日期）'),
      total('逾期报送（按通知日期）'),
      total('逾期报送（按延期后日期）'),
      total('逾期未公开'),
    ]).toEqual([6, '66.7%', '83.3%', 2, 1, 1]);

    const scoreBook = new ExcelJS.Workbook();
    await scoreBook.xlsx.load(
      (
        await bytes(
          api
            .http()
            .get(`/campaigns/${campaignId}/scoresheet.xlsx`)
            .set({ Authorization: `Bearer ${await coordinatorToken()}` }),
        ).expect(200)
      ).body as ArrayBuffer,
    );
    const sheet = (scoreBook.getWorksheet('评分表')!.getSheetValues() as unknown[][])
      .filter(Boolean)
      .map((r) => r.slice(1));
    // Lowest score first.
    // prettier-ignore
    expect(sheet).toEqual([
      ['单位', '报送情况', '按通知日期逾期工作日', '按延期后日期逾期工作日', '公开情况', '缺少事项', '本任务退回次数', '得分', '扣分原因'],
      [NAME.mns,  '逾期报送',           '6', '6', '已公开（3月25日）', '',                   '0', 90,  '逾期报送6个工作日（按通知日期），扣10分'],
      [NAME.htb,  '逾期报送（已延期）', '4', '',  '已公开（3月20日）', '',                   '0', 92,  '逾期报送4个工作日（按通知日期），扣8分'],
      [NAME.qt,   '按时报送',           '',  '',  '逾期未公开',        '',                   '0', 95,  '4月1日前未公开，扣5分'],
      [NAME.fk,   '按时报送',           '',  '',  '已公开（3月11日）', `${ITEM_2}、${ITEM_3}`, '0', 96,  `缺少${ITEM_2}，扣2分；缺少${ITEM_3}，扣2分`],
      [NAME.jmse, '按时报送',           '',  '',  '已公开（3月12日）', '',                   '2', 99,  '被退回2次，扣1分'],
      [NAME.cjs,  '按时报送',           '',  '',  '已公开（3月10日）', '',                   '0', 100, ''],
    ]);
  });

  it('drafts the 通报 naming the late, the unpublished, the incomplete and the twice-returned, with the facts, as a 公文', async () => {
    const auth = { Authorization: `Bearer ${await coordinatorToken()}` };
    const stored = await api.http().post(`/campaigns/${campaignId}/notice`).set(auth).expect(201);
    const lateLine = `${NAME.htb}（逾期4个工作日，在延期时限内报送）、${NAME.mns}（逾期6个工作日）。`;
    const facts = [
      '一、总体情况',
      '截至2139年4月2日，按时报送4个，逾期报送2个，逾期未报送0个。',
      // The scores of the 评分表 above, best first.
      '二、各单位得分情况',
      `按本次报送任务的评分规则（满分100分），各单位得分：${NAME.cjs}100分、${NAME.jmse}99分、${NAME.fk}96分、${NAME.qt}95分、${NAME.htb}92分、${NAME.mns}90分。`,
      '三、逾期报送的单位',
      lateLine,
      '四、未按期向社会公开的单位',
      `${NAME.qt}（4月1日前未公开）。`,
      '五、报告内容不完整的单位',
      `${NAME.fk}（缺少${ITEM_2}、${ITEM_3}）。`,
      '六、报告多次被退回的单位',
      `${NAME.jmse}（被退回2次）。`,
      '请上述被通报单位认真查找原因，切实加以改进，并将整改情况按要求报送。',
    ];
    expect(stored.body.paragraphs).toEqual([
      `根据《关于报送${YEAR}年度法治政府建设年度报告的通知》（昌州政办通〔2139〕1号）要求，6个单位应报送${YEAR}年度法治政府建设年度报告。现将报送情况通报如下：`,
      ...facts,
    ]);
    expect((stored.body.namedUnits as Array<{ name: string }>).map((u) => u.name).sort()).toEqual(
      [NAME.htb, NAME.mns, NAME.qt, NAME.fk, NAME.jmse].sort(),
    );

    const docx = await bytes(api.http().get(`/campaigns/${campaignId}/notice.docx`).set(auth)).expect(200);
    const paragraphs = paragraphTexts(await readPart(docx.body as Buffer, 'word/document.xml'));
    expect(paragraphs[0]).toBe(`关于${YEAR}年度法治政府建设年度报告报送情况的通报`);
    // The facts as printed, in order (the 公文 print keeps full-width punctuation).
    const from = paragraphs.indexOf('一、总体情况');
    expect(paragraphs.slice(from, from + facts.length)).toEqual(facts);
    // 昌吉市 did everything on time: it is among the scores only.
    expect(paragraphs.filter((p) => p.includes(NAME.cjs))).toHaveLength(1);
  });

  it('turns 奇台 from 逾期未公开 into 逾期公开 on the board, the score and the 通报 once it publishes after 1 April', async () => {
    const leader = disclosureClient(
      api.http,
      await tokenFor(api.http, chainUser.qt.username, chainUser.qt.password),
    );
    clock.set(at(DAY('04-03')));
    await leader
      .publish(reportOf.qt, {
        expectedVersion: 1,
        channel: 'government_website',
        url: `https://www.example.gov.cn/qt/${YEAR}.html`,
        publishedOn: DAY('04-03'),
      })
      .expect(200);
    const row = (await board()).rows.find((r) => r.unit.name === NAME.qt)!;
    expect([row.disclosure, row.score, row.scoreReasons]).toEqual([
      expect.objectContaining({ column: 'published', publishedOn: DAY('04-03'), publishedLate: true }),
      95,
      ['逾期公开（4月3日公开，应于4月1日前公开），扣5分'],
    ]);
    // The 通报 generated today says it was published late, in the same place.
    const draft = await api
      .http()
      .get(`/campaigns/${campaignId}/notice-draft`)
      .set({ Authorization: `Bearer ${await coordinatorToken()}` })
      .expect(200);
    const paragraphs = draft.body.paragraphs as string[];
    expect(paragraphs[paragraphs.indexOf('四、未按期向社会公开的单位') + 1]).toBe(
      `${NAME.qt}（4月3日公开，晚于4月1日）。`,
    );
  });
});
