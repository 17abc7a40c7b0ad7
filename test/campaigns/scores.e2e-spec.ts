import ExcelJS from 'exceljs';
import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { dispatchWithSecret, reportOfUnit, unitPeople } from '../reports/disclosure-helpers';
import { at, campaignClient } from './campaign-helpers';

interface ScoredRow {
  unit: { id: string };
  score: number;
  scoreReasons: string[];
  scorePending: boolean;
}

const RULE = {
  basePoints: 100,
  perWorkingDayLate: 3,
  notSubmitted: 20,
  notPublishedByDisclosureDate: 10,
  perMissingItem: 2,
  perReturnBeyondFirst: 1,
};

/**
 * Two units of one campaign (report year 2037, this file's alone; no holiday data for 2038, so
 * Monday to Friday): 呼图壁 is granted an extension to 8 March, submits on Thursday 4 March, 4
 * working days after the notice's Friday 26 February, and never publishes; 玛纳斯 submits and
 * publishes on time. On 2 April the board scores them by the default rule, then by the office's own.
 */
describe('the board scores each unit by the campaign’s rule, and the scoresheet says why', () => {
  const clock = new ManualClock(at('2038-01-07'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  let campaignId: string;
  /** The board on 19 February, a week before the due date: 玛纳斯 has reported, 呼图壁 not yet. */
  let beforeDue: ScoredRow[];
  const htbUnit = () => demo.unitIds['htb-transport'];
  const mnsUnit = () => demo.unitIds['mns-transport'];
  const coordinator = async () => campaignClient(api.http, await tokenFor(api.http, 'cj-coordinator'));
  const scoringRule = (token: string, body?: object) => {
    const auth = { Authorization: `Bearer ${token}` };
    const path = `/campaigns/${campaignId}/scoring-rule`;
    return body ? api.http().put(path).set(auth).send(body) : api.http().get(path).set(auth);
  };

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    demo = await loadDemo(api.dataSource);
    const issued = await (
      await coordinator()
    )
      .issue({
        reportYear: 2037,
        title: '关于报送2037年度法治政府建设年度报告的通知',
        documentNumber: '昌州政办通〔2038〕2号',
        issuedOn: '2038-01-07',
        body: '请于2月26日前报送，4月1日前公开。',
        dueDate: '2038-02-26',
        targets: { unitIds: [htbUnit(), mnsUnit()] },
      })
      .expect(201);
    campaignId = issued.body.id;

    const mnsReport = await reportOfUnit(api.dataSource, campaignId, mnsUnit());
    const htbReport = await reportOfUnit(api.dataSource, campaignId, htbUnit());
    clock.set(at('2038-02-19'));
    await dispatchWithSecret(await unitPeople(api.http, 'mns'), mnsReport, '2038-02-18');
    beforeDue = ((await (await coordinator()).board(campaignId).expect(200)).body as { rows: ScoredRow[] })
      .rows;

    clock.set(at('2038-02-24'));
    const asked = await campaignClient(api.http, await tokenFor(api.http, 'htb-drafter'))
      .askExtension(campaignId, { requestedDueDate: '2038-03-08', reason: '党组会议推迟召开' })
      .expect(201);
    await (
      await coordinator()
    )
      .decide(campaignId, asked.body.id, { decision: 'grant', dueDate: '2038-03-08', comment: '同意' })
      .expect(200);
    clock.set(at('2038-03-04'));
    await dispatchWithSecret(await unitPeople(api.http, 'htb'), htbReport, '2038-03-03');

    clock.set(at('2038-03-25'));
    const mns = await unitPeople(api.http, 'mns');
    await mns.leader.review(mnsReport, { expectedVersion: 0, conclusion: 'cleared' }).expect(200);
    await mns.disclosingDrafter
      .publish(mnsReport, {
        expectedVersion: 1,
        channel: 'government_website',
        url: 'https://www.mns.gov.cn/2037.html',
        publishedOn: '2038-03-25',
      })
      .expect(200);
    clock.set(at('2038-04-02'));
  });
  afterAll(async () => {
    await api?.app.close();
  });

  const scores = async () => {
    const board = (await (await coordinator()).board(campaignId).expect(200)).body as { rows: ScoredRow[] };
    const row = (unitId: string) => board.rows.find((r) => r.unit.id === unitId)!;
    return { htb: row(htbUnit()), mns: row(mnsUnit()) };
  };

  it('does not score a unit that has sent nothing before its due date (暂不评分, not full marks)', async () => {
    const early = (unitId: string) => beforeDue.find((r) => r.unit.id === unitId)!;
    expect(early(htbUnit())).toMatchObject({ scorePending: true, scoreReasons: [] });
    expect(early(mnsUnit())).toMatchObject({ scorePending: false, score: 100 });
    const { htb } = await scores();
    expect(htb.scorePending).toBe(false);
  });

  it('scores by the documented default until the office sets its own rule', async () => {
    const { htb, mns } = await scores();
    // 4 working days late against the notice (−8, the extension does not excuse it), not published (−5).
    expect(htb).toMatchObject({
      score: 87,
      scoreReasons: ['逾期报送4个工作日（按通知日期），扣8分', '4月1日前未公开，扣5分'],
    });
    expect(mns).toMatchObject({ score: 100, scoreReasons: [] });
    const token = await tokenFor(api.http, 'cj-coordinator');
    expect((await scoringRule(token)).body).toMatchObject({
      isDefault: true,
      version: 0,
      rule: { basePoints: 100 },
    });
  });

  it('lets only the issuing coordinator set a rule, within bounds and on the version read', async () => {
    const drafter = await tokenFor(api.http, 'htb-drafter');
    // A target unit's drafter reads the notice, so is told the role it lacks.
    await scoringRule(drafter, { ...RULE, expectedVersion: 0 }).expect(403);

    const token = await tokenFor(api.http, 'cj-coordinator');
    const invalid = await scoringRule(token, {
      ...RULE,
      perMissingItem: 1.5,
      notSubmitted: 120,
      expectedVersion: 0,
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error).toBe('SCORING_RULE_INVALID');
    expect(invalid.body.details.violations).toEqual([
      'notSubmitted must be a whole number from 0 to 100, not 120',
      'perMissingItem must be a whole number from 0 to 100, not 1.5',
    ]);

    const set = await scoringRule(token, { ...RULE, expectedVersion: 0 }).expect(200);
    expect(set.body).toEqual({ rule: RULE, isDefault: false, version: 1 });
    const stale = await scoringRule(token, { ...RULE, basePoints: 90, expectedVersion: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: 'SCORING_RULE_STALE_VERSION', details: { currentVersion: 1 } });

    const events = (await (await coordinator()).events(campaignId).expect(200)).body as Array<{
      action: string;
    }>;
    expect(events.filter((e) => e.action === 'scoring_rule_set')).toHaveLength(1);

    // 4 days × 3 = 12, not published 10.
    const { htb, mns } = await scores();
    expect(htb).toMatchObject({
      score: 78,
      scoreReasons: ['逾期报送4个工作日（按通知日期），扣12分', '4月1日前未公开，扣10分'],
    });
    expect(mns.score).toBe(100);
  });

  it('exports the scoresheet with the facts, the score, the reasons and the rule', async () => {
    const token = await tokenFor(api.http, 'cj-coordinator');
    const res = await api
      .http()
      .get(`/campaigns/${campaignId}/scoresheet.xlsx`)
      .set({ Authorization: `Bearer ${token}` })
      .buffer(true)
      .parse((stream, done) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as ArrayBuffer);
    const sheet = workbook.getWorksheet('评分表')!;
    const lines = (sheet.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    expect(lines).toEqual([
      [
        '单位',
        '报送情况',
        '按通知日期逾期工作日',
        '按延期后日期逾期工作日',
        '公开情况',
        '缺少事项',
        '本任务退回次数',
        '得分',
        '扣分原因',
      ],
      [
        '呼图壁县交通运输局',
        '逾期报送（已延期）',
        '4',
        '',
        '逾期未公开',
        '',
        '0',
        78,
        '逾期报送4个工作日（按通知日期），扣12分；4月1日前未公开，扣10分',
      ],
      ['玛纳斯县交通运输局', '按时报送', '', '', '已公开（3月25日）', '', '0', 100, ''],
    ]);
    const rules = workbook.getWorksheet('评分规则')!.getSheetValues() as unknown[][];
    expect(rules.find((r) => r?.[1] === '逾期报送（每个工作日，按通知日期）')?.[2]).toBe(-3);
  });

  it('drafts the 通报 naming the late and unpublished unit with its facts, and not the one without', async () => {
    const token = await tokenFor(api.http, 'cj-coordinator');
    const draft = await api
      .http()
      .get(`/campaigns/${campaignId}/notice-draft`)
      .set({ Authorization: `Bearer ${token}` })
      .expect(200);
    expect(draft.body).toEqual({
      title: '关于2037年度法治政府建设年度报告报送情况的通报',
      paragraphs: [
        '根据《关于报送2037年度法治政府建设年度报告的通知》（昌州政办通〔2038〕2号）要求，2个单位应报送2037年度法治政府建设年度报告。现将报送情况通报如下：',
        '一、总体情况',
        '截至2038年4月2日，按时报送1个，逾期报送1个，逾期未报送0个。',
        // The scores under the campaign's own rule, as the board and the 评分表 give them.
        '二、各单位得分情况',
        '按本次报送任务的评分规则（满分100分），各单位得分：玛纳斯县交通运输局100分、呼图壁县交通运输局78分。',
        '三、逾期报送的单位',
        '呼图壁县交通运输局（逾期4个工作日，在延期时限内报送）。',
        '四、未按期向社会公开的单位',
        '呼图壁县交通运输局（4月1日前未公开）。',
        '请上述被通报单位认真查找原因，切实加以改进，并将整改情况按要求报送。',
      ],
      namedUnitIds: [htbUnit()],
    });
    const drafter = await tokenFor(api.http, 'htb-drafter');
    await api
      .http()
      .get(`/campaigns/${campaignId}/notice-draft`)
      .set({ Authorization: `Bearer ${drafter}` })
      .expect(404);
  });
});
