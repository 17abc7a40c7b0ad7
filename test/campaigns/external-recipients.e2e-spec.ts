import JSZip from 'jszip';
import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { createUnit, createUser, relaxDutySeparation, uniqueName } from '../support/factories';
import { reportClient } from '../reports/report-helpers';
import { at, campaignClient, login, submitThroughChain } from './campaign-helpers';

// This file's report years: 2130-2131 (its own units, too).
const YEAR = 2130;

type Client = ReturnType<typeof reportClient>;

const binary = (res: import('superagent').Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

/** The text of each paragraph of a .docx's main part. */
const paragraphs = (xml: string) =>
  xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter((t) => t !== '');

/**
 * Recipients outside the tree (issue #17): under 厅字〔2019〕28号 an autonomous region's 党委 and
 * government report to 党中央、国务院 with a copy to 中央依法治国办, by 1 April. The 依法治区办 asks
 * for that report; the bodies are stored with the campaign, shown by it, and printed on the 公文;
 * the issuing office keeps the receipt (nobody in the system acts for 党中央).
 */
describe('a region’s report to 党中央、国务院, 抄送 中央依法治国办', () => {
  const clock = new ManualClock(at(`${YEAR + 1}-01-25`));
  let api: Awaited<ReturnType<typeof startApi>>;
  const units = {} as Record<
    'region' | 'party' | 'office' | 'justice',
    { id: string; path: string; name: string }
  >;
  let office: ReturnType<typeof campaignClient>;
  let officeReports: Client;
  let drafter: Client;
  let chain: Client;
  let campaignId: string;
  const centre = {
    main: [
      { body: 'party_central_committee', name: '党中央' },
      { body: 'state_council', name: '国务院' },
    ],
    copy: [{ body: 'central_rule_of_law_office', name: '中央依法治国办' }],
  };

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    const ds = api.dataSource;
    units.region = await createUnit(ds, null, {
      name: uniqueName('新疆维吾尔自治区'),
      kind: 'government',
      level: 'province',
    });
    units.party = await createUnit(ds, units.region, {
      name: '中共新疆维吾尔自治区委员会',
      kind: 'party_committee',
      level: 'province',
    });
    units.office = await createUnit(ds, units.party, {
      name: '自治区依法治区办',
      kind: 'rule_of_law_office',
      level: 'province',
    });
    units.justice = await createUnit(ds, units.region, {
      name: '新疆维吾尔自治区司法厅',
      kind: 'justice_bureau',
      level: 'province',
    });
    const as = async (unitId: string, roles: Parameters<typeof createUser>[2]) => {
      const user = await createUser(ds, unitId, roles);
      return login(api.http, user.username, user.password);
    };
    const officeToken = await as(units.office.id, ['coordinator']);
    office = campaignClient(api.http, officeToken);
    officeReports = reportClient(api.http, officeToken);
    drafter = reportClient(api.http, await as(units.region.id, ['drafter']));
    chain = reportClient(
      api.http,
      await as(units.region.id, ['dept_reviewer', 'legal_adviser', 'party_approver', 'unit_leader']),
    );
    await relaxDutySeparation(ds, units.region.id);
  });
  afterAll(async () => {
    await api?.app.close();
  });

  const targets = () => ({ unitIds: [units.party.id, units.region.id] });

  it('previews the routing table’s recipients: 主送 党中央、国务院, 抄送 中央依法治国办', async () => {
    const preview = await api
      .http()
      .post('/campaigns/default-recipients')
      .set(office.auth)
      .send({ issuingUnitId: units.office.id, targets: targets() })
      .expect(200);
    expect(preview.body).toMatchObject({
      source: 'routing_table',
      lineKind: 'provincial_party_and_government',
      main: [],
      copy: [],
      external: centre,
      targetCount: 2,
    });
    // The 党委 has no account at all: every step of its report would wait on nobody (a walk, stop
    // 56); the government's whole chain is staffed.
    expect(preview.body.unstaffed).toEqual([
      {
        unit: expect.objectContaining({ id: units.party.id }),
        missing: expect.arrayContaining([
          { step: 'drafting', label: '起草' },
          { step: 'dept_review', label: '科室审核' },
          { step: 'leader_signoff', label: '主要负责人签发' },
        ]),
      },
    ]);
  });

  it('refuses a body the regulation does not name, saying which ones it may name', async () => {
    const res = await office
      .issue({
        issuingUnitId: units.office.id,
        reportYear: YEAR,
        title: `关于报送${YEAR}年度法治政府建设年度报告的通知`,
        body: '自治区党委、自治区人民政府：请报送年度报告。',
        targets: targets(),
        recipients: { external: { main: ['party_central_committee', '全国人大常委会'] } },
      })
      .expect(400);
    expect(res.body.error).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(res.body)).toContain('party_central_committee (党中央)');
    // Nothing was issued: the same campaign can still be issued.
    expect((await office.list(`?reportYear=${YEAR}`).expect(200)).body).toEqual([]);
  });

  it('refuses a body the routing table never sends a target’s report to (external QA, stop 56)', async () => {
    const notice = {
      issuingUnitId: units.office.id,
      reportYear: YEAR,
      title: `关于报送${YEAR}年度法治政府建设年度报告的通知`,
      body: '请报送年度报告。',
    };
    // A provincial department reports to 国务院有关部门, never to 国务院 or 党中央.
    const res = await office
      .issue({
        ...notice,
        targets: { unitIds: [units.justice.id] },
        recipients: { external: { main: ['state_council'], copy: ['central_rule_of_law_office'] } },
      })
      .expect(400);
    expect(res.body).toMatchObject({
      error: 'RECIPIENT_INVALID',
      details: { unitIds: ['state_council', 'central_rule_of_law_office'] },
    });
    expect(res.body.message).toContain('does not send the report of 新疆维吾尔自治区司法厅 to 国务院');
    // Shared with the provincial government, 国务院 is still off the department's line.
    await office
      .issue({
        ...notice,
        targets: { unitIds: [units.region.id, units.justice.id] },
        recipients: { external: { main: ['state_council'] } },
      })
      .expect(400);
    // Its own body is on its line.
    const issued = await office
      .issue({
        ...notice,
        targets: { unitIds: [units.justice.id] },
        recipients: { external: { main: ['state_council_department'] } },
      })
      .expect(201);
    await office.withdraw(issued.body.id, '测试：撤回').expect(200);
  });

  it('issues with the defaults: the campaign stores and shows the bodies, due 1 April', async () => {
    const issued = await office
      .issue({
        issuingUnitId: units.office.id,
        reportYear: YEAR,
        title: `关于报送${YEAR}年度法治政府建设年度报告的通知`,
        body: '自治区党委、自治区人民政府：请报送年度报告。',
        targets: targets(),
      })
      .expect(201);
    campaignId = issued.body.id;
    expect(issued.body.recipients).toEqual({ main: [], copy: [], external: centre, perTarget: null });
    // Read back, not echoed: stored with the campaign.
    expect((await office.get(campaignId).expect(200)).body.recipients.external).toEqual(centre);
    const board = await office.board(campaignId).expect(200);
    expect(board.body.rows.map((r: { dueDate: string }) => r.dueDate)).toEqual([
      `${YEAR + 1}-04-01`,
      `${YEAR + 1}-04-01`,
    ]);
  });

  it('prints 主送 党中央、国务院 and 抄送 中央依法治国办 on the exported 公文; the office keeps the receipt', async () => {
    const board = await office.board(campaignId).expect(200);
    const row = board.body.rows.find((r: { unit: { id: string } }) => r.unit.id === units.region.id);
    const reportId = row.reportId as string;
    await submitThroughChain(drafter, chain, reportId, {
      meetingBody: '政府常务会议',
      meetingDate: `${YEAR + 1}-01-20`,
      minutesNumber: `政府常务会议纪要〔${YEAR + 1}〕1号`,
    });
    // What the dispatch dialog named before 确定 is what the 公文 prints.
    const addressed = await api.http().get(`/reports/${reportId}/addressees`).set(drafter.raw().auth);
    expect(addressed.body).toEqual({
      main: ['党中央', '国务院'],
      copy: ['中央依法治国办'],
      // A campaign asks for it: no word of the routing table's line, the campaign's is the one.
      statutory: null,
      writtenInText: null,
    });
    const res = await api
      .http()
      .get(`/reports/${reportId}/export.docx`)
      .set(officeReports.raw().auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const xml = await (await JSZip.loadAsync(res.body as Buffer)).file('word/document.xml')!.async('string');
    const texts = paragraphs(xml);
    expect(texts).toContain('党中央、国务院：');
    expect(texts.filter((t) => t.startsWith('抄送：'))).toEqual(['抄送：中央依法治国办。']);

    // Nobody acts for 党中央: the one receipt is the issuing office's, which it accepts.
    const { http, auth } = officeReports.raw();
    const receipts = await http().get(`/reports/${reportId}/receipts`).set(auth).expect(200);
    expect(receipts.body.map((r: { campaign: { id: string } }) => r.campaign.id)).toEqual([campaignId]);
    await http()
      .post(`/reports/${reportId}/receipts/${campaignId}/accept`)
      .set(auth)
      .send({ expectedVersion: receipts.body[0].version })
      .expect(200);
  });
});
