import JSZip from 'jszip';
import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { createUnit, createUser, relaxDutySeparation, uniqueName } from '../support/factories';
import { at, campaignClient, login, submitThroughChain } from '../campaigns/campaign-helpers';
import { findingsOf } from '../reports/findings-helpers';
import { reportClient } from '../reports/report-helpers';

type Client = ReturnType<typeof reportClient>;

/** What XML 1.0 cannot hold (its Char production) and the noncharacters: none may reach a part. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]|\p{Noncharacter_Code_Point}/u;

/**
 * Four findings of this session's penetration test, each reproduced as the tester did it (sandbox
 * units; report year 2168 belongs to this file):
 * 1. an issuing office kept raising, closing and reopening findings after withdrawing its campaign,
 *    and still downloaded the 素材汇编 and changed the scoring rule;
 * 2. a noncharacter (U+FFFF) was accepted and broke every Word/Excel export holding it;
 * 3. a regional admin answered a county unit's 整改, recorded in the chain as "drafter";
 * 4. a finding's completion date took 1900-01-01 and 9999-12-31.
 */
describe('pen test: findings after withdrawal, noncharacters, who answers 整改, completion dates', () => {
  const clock = new ManualClock(at('2169-01-10'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let drafter: Client;
  let reviewer: Client;
  let office: Client;
  let regionalAdmin: Client;
  let unitAdmin: Client;
  let campaignId: string;
  let reportId: string;
  let answered: { id: string; version: number };
  let open: { id: string; version: number };

  const officeCampaigns = () => {
    const { http, auth } = office.raw();
    return campaignClient(http, auth.Authorization.replace('Bearer ', ''));
  };

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
      return login(api.http, user.username, user.password).then((t) => reportClient(api.http, t));
    };
    drafter = await as(transport.id, ['drafter']);
    reviewer = await as(transport.id, ['dept_reviewer', 'legal_adviser', 'party_approver', 'unit_leader']);
    office = await as(officeUnit.id, ['coordinator']);
    regionalAdmin = await as(prefecture.id, ['admin']);
    unitAdmin = await as(transport.id, ['admin']);
    await relaxDutySeparation(ds, transport.id);

    const issued = await officeCampaigns()
      .issue({
        reportYear: 2168,
        title: '关于报送2168年度法治政府建设年度报告的通知',
        documentNumber: '呼法办发〔2169〕1号',
        body: '各部门：请报送本单位2168年度法治政府建设年度报告。',
        dueDate: '2169-02-20',
        targets: { unitIds: [transport.id] },
      })
      .expect(201);
    campaignId = issued.body.id;
    const [row] = await ds.query('SELECT report_id FROM campaign_targets WHERE campaign_id = ?', [
      campaignId,
    ]);
    reportId = row.report_id as string;
    await submitThroughChain(drafter, reviewer, reportId, {
      meetingBody: '党组会议',
      meetingDate: '2169-01-09',
      minutesNumber: '党组会纪要〔2169〕1号',
    });
    const first = await findingsOf(office)
      .raise(reportId, { text: '第四部分未写明行政复议纠错率' })
      .expect(201);
    const second = await findingsOf(office).raise(reportId, { text: '未列明下一年度工作安排' }).expect(201);
    answered = first.body;
    open = second.body;
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('only the unit’s own drafter answers 整改, and the history records the role used (finding 3)', async () => {
    const answer = { expectedVersion: 1, measures: '已补充行政复议纠错率', completedOn: '2169-01-20' };
    // The region's admin manages people; it never acts in the workflow, nor does the unit's own admin.
    for (const admin of [regionalAdmin, unitAdmin]) {
      const refused = await findingsOf(admin).answer(answered.id, answer).expect(403);
      expect(refused.body).toMatchObject({ error: 'ROLE_REQUIRED', details: { needed: ['drafter'] } });
    }
    const done = await findingsOf(drafter).answer(answered.id, answer).expect(200);
    answered = done.body;
    const history = await drafter.history(reportId).expect(200);
    const answers = history.body.events.filter((e: { action: string }) => e.action === 'finding_answered');
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ actorRole: 'drafter' });
    // The admin's to-do list holds no 整改 of the unit either.
    const { http, auth } = unitAdmin.raw();
    expect((await http().get('/findings/to-answer').set(auth).expect(200)).body.items).toEqual([]);
  });

  it('refuses a completion date before the finding was raised or more than a year ahead (finding 4)', async () => {
    for (const completedOn of ['1900-01-01', '2169-01-09', '9999-12-31', '2170-01-12']) {
      const refused = await findingsOf(drafter)
        .answer(open.id, { expectedVersion: 1, measures: '已列明', completedOn })
        .expect(400);
      expect(refused.body).toMatchObject({
        error: 'FINDING_FIELD_INVALID',
        details: { field: 'completedOn' },
      });
      expect(refused.body.message).toContain(completedOn);
    }
    const farDue = await findingsOf(office)
      .raise(reportId, { text: '远期', dueOn: '9999-12-31' })
      .expect(400);
    expect(farDue.body).toMatchObject({ error: 'FINDING_FIELD_INVALID', details: { field: 'dueOn' } });
  });

  it('refuses noncharacters wherever text comes in, naming the code point and the field (finding 2)', async () => {
    const { http, auth } = drafter.raw();
    const officeHttp = office.raw();
    const refusals = [
      await http()
        .post(`/reports/${reportId}/revisions`)
        .set(auth)
        .send({ basedOnRevision: 1, sections: { measures: '一、加强组织领导\uffff' } }),
      await http().post('/content/import').set(auth).send({ text: '一、主要举措\n制定制度\ufffe' }),
      await findingsOf(office).raise(reportId, { text: '问题\ufdd0' }),
      await officeHttp
        .http()
        .put(`/campaigns/${campaignId}/notice`)
        .set(officeHttp.auth)
        .send({ expectedVersion: 1, title: '通报\uffff', paragraphs: ['一、总体情况'] }),
      await officeCampaigns().issue({
        reportYear: 2169,
        title: '关于报送2169年度报告的通知\u{10FFFF}',
        documentNumber: '呼法办发〔2169〕2号',
        body: '请报送。',
        dueDate: '2169-02-20',
        targets: { unitIds: [] },
      }),
    ];
    const codes = ['U+FFFF', 'U+FFFE', 'U+FDD0', 'U+FFFF', 'U+10FFFF'];
    const fields = ['sections.measures', 'text', 'text', 'title', 'title'];
    refusals.forEach((res, i) => {
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('VALIDATION_FAILED');
      expect(res.body.message).toContain(`${fields[i]}: noncharacter ${codes[i]} is not allowed`);
    });
  });

  it('exports a report and a board whose stored text already holds U+FFFF as readable files (finding 2)', async () => {
    // Stored before the check existed: put there by SQL, as an old row would be.
    await api.dataSource.query(
      'UPDATE report_revisions SET measures = CONCAT(measures, ?) WHERE report_id = ?',
      ['加强组织领导\uffff（续）', reportId],
    );
    await api.dataSource.query('UPDATE campaigns SET title = CONCAT(title, ?) WHERE id = ?', [
      '\uffff',
      campaignId,
    ]);
    const { http, auth } = drafter.raw();
    const docx = await http()
      .get(`/reports/${reportId}/export.docx`)
      .set(auth)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const documentXml = await (
      await JSZip.loadAsync(docx.body as Buffer)
    )
      .file('word/document.xml')!
      .async('string');
    expect(documentXml).not.toMatch(NOT_XML);
    expect(documentXml).toContain('加强组织领导（续）');

    const xlsx = await officeCampaigns().xlsx(campaignId).expect(200);
    const zip = await JSZip.loadAsync(xlsx.body as Buffer);
    const shared = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(shared).not.toMatch(NOT_XML);
    expect(shared).toContain('关于报送2168年度法治政府建设年度报告的通知');
  });

  it('after withdrawing its campaign the office raises, closes and reopens nothing (finding 1)', async () => {
    // The unit answers the second finding first, so there is something to close.
    const second = await findingsOf(drafter)
      .answer(open.id, { expectedVersion: 1, measures: '已列明2169年工作安排', completedOn: '2169-01-15' })
      .expect(200);
    await officeCampaigns().withdraw(campaignId, '通知有误，重新下发').expect(200);
    const before = (await drafter.history(reportId).expect(200)).body.events.length;

    const mine = findingsOf(office);
    for (const body of [{ text: '撤回后提出的问题' }, { campaignId, text: '撤回后提出的问题' }]) {
      const refused = await mine.raise(reportId, body).expect(409);
      expect(refused.body).toMatchObject({ error: 'CAMPAIGN_WITHDRAWN', details: { campaignId } });
      expect(refused.body.message).toMatch(/withdrawn/);
    }
    const closed = await mine.close(second.body.id, { expectedVersion: second.body.version }).expect(409);
    expect(closed.body.error).toBe('CAMPAIGN_WITHDRAWN');
    const reopened = await mine
      .reopen(answered.id, { expectedVersion: answered.version, comment: '措施不具体' })
      .expect(409);
    expect(reopened.body.error).toBe('CAMPAIGN_WITHDRAWN');

    // Nothing reached the unit: no new finding, no event in the report's chain.
    const list = await findingsOf(drafter).list(reportId).expect(200);
    expect(list.body.items.map((f: { status: string }) => f.status)).toEqual(['answered', 'answered']);
    const history = await drafter.history(reportId).expect(200);
    expect(history.body.events).toHaveLength(before);
    expect(history.body.chain.verified).toBe(true);

    // The 素材汇编 of the withdrawn campaign (the reports' text) and its scoring rule are closed too;
    // the board stays, the record of whom it asked.
    const { http, auth } = office.raw();
    const compilation = await http().get(`/campaigns/${campaignId}/compilation.docx`).set(auth).expect(409);
    expect(compilation.body.error).toBe('CAMPAIGN_WITHDRAWN');
    const rule = (await http().get(`/campaigns/${campaignId}/scoring-rule`).set(auth).expect(200)).body;
    const put = await http()
      .put(`/campaigns/${campaignId}/scoring-rule`)
      .set(auth)
      .send({ ...rule.rule, basePoints: 90, expectedVersion: rule.version })
      .expect(409);
    expect(put.body.error).toBe('CAMPAIGN_WITHDRAWN');
    await officeCampaigns().board(campaignId).expect(200);
  });
});
