import type { INestApplicationContext } from '@nestjs/common';
import JSZip from 'jszip';
import { ManualClock } from '@app/common';
import { startApi, startWorker } from '../support/apps';
import { completeSections } from '../support/content';
import { createUnit, createUser, relaxDutySeparation, uniqueName } from '../support/factories';
import { reportClient, step } from '../reports/report-helpers';
import { at, campaignClient, login, submitThroughChain } from './campaign-helpers';

type Client = ReturnType<typeof reportClient>;

const YEAR = 2175;
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(200, 0x20)]);
const FIRST_OPINION = '经审查，报告内容合法合规。';
const PREF_RETURN = '第二部分请补充原因分析。';
const DRAFT_2_TITLE = '第二稿（未报送）';
const DRAFT_2_TEXT = '第二稿新增：全年办理行政处罚案件120件。';
const INTERNAL_RETURN = '内部退回：数字需与统计局核对。';
const SECOND_OPINION = '法律顾问第二次意见：同意。';
const SECOND_MEETING = {
  meetingBody: '局党组会议',
  meetingDate: `${YEAR + 1}-01-24`,
  minutesNumber: '党组会纪要〔2176〕2号',
};
const MEETING = {
  meetingBody: '局党组会议',
  meetingDate: `${YEAR + 1}-01-20`,
  minutesNumber: '党组会纪要〔2176〕1号',
};

const binary = (res: import('superagent').Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

/**
 * Penetration-test finding (must-never: a recipient reads what was not sent to it). A county bureau's
 * one report answers the 依法治县办 and the 州交通运输局, neither of them above the bureau. The
 * 州交通运输局 returns it; the 依法治县办's receipt stays open (received) while the bureau redrafts.
 * The 依法治县办 decides its receipt but reads only what was dispatched to it: not the redraft, not the
 * bureau's internal review, not attachments added after. Sandbox units; report year 2175 belongs to
 * this file.
 */
describe('a campaign issuer with an open receipt reads only what was dispatched to it', () => {
  const clock = new ManualClock(at(`${YEAR + 1}-01-25`));
  let api: Awaited<ReturnType<typeof startApi>>;
  let worker: INestApplicationContext;
  let drafter: Client;
  let reviewer: Client;
  let officeReports: Client;
  let prefReports: Client;
  let officeCampaignId: string;
  let prefCampaignId: string;
  let reportId: string;
  let attachmentBefore: string;
  let attachmentAfter: string;

  const get = (client: Client, path: string) => {
    const { http, auth } = client.raw();
    return http().get(`/reports/${reportId}${path}`).set(auth);
  };
  const upload = async (name: string) => {
    const { http, auth } = drafter.raw();
    const res = await http().post(`/reports/${reportId}/attachments`).set(auth).attach('file', PDF, name);
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const receiptOf = async (client: Client, campaignId: string) => {
    const res = await get(client, '/receipts').expect(200);
    return res.body.find((r: { campaign: { id: string } }) => r.campaign.id === campaignId);
  };
  const decide = async (client: Client, campaignId: string, decision: string, comment?: string) => {
    const { http, auth } = client.raw();
    const receipt = await receiptOf(client, campaignId);
    return http()
      .post(`/reports/${reportId}/receipts/${campaignId}/${decision}`)
      .set(auth)
      .send({ expectedVersion: receipt.version, ...(comment ? { comment } : {}) });
  };

  beforeAll(async () => {
    api = await startApi({
      clock,
      env: { LOGIN_THROTTLE_PER_MINUTE: '10000', ATTACHMENT_DIR: '.local/test-attachments-issuer-reads' },
    });
    worker = await startWorker({ clock });
    const ds = api.dataSource;
    const prefecture = await createUnit(ds, null, {
      name: uniqueName('回执州'),
      kind: 'government',
      level: 'prefecture',
    });
    // Named as places name them: the 州's bureau asks its counterpart, the county's 交通运输局.
    const prefTransport = await createUnit(ds, prefecture, {
      name: `${prefecture.name}交通运输局`,
      level: 'prefecture',
    });
    const county = await createUnit(ds, prefecture, { name: uniqueName('回执县'), kind: 'government' });
    const office = await createUnit(ds, county, { name: '依法治县办', kind: 'rule_of_law_office' });
    const bureau = await createUnit(ds, county, { name: `${county.name}交通运输局` });
    const as = async (unitId: string, roles: Parameters<typeof createUser>[2]) => {
      const user = await createUser(ds, unitId, roles);
      return login(api.http, user.username, user.password);
    };
    drafter = reportClient(api.http, await as(bureau.id, ['drafter']));
    reviewer = reportClient(
      api.http,
      await as(bureau.id, ['dept_reviewer', 'legal_adviser', 'party_approver', 'unit_leader']),
    );
    await relaxDutySeparation(ds, bureau.id);
    const officeToken = await as(office.id, ['coordinator']);
    officeReports = reportClient(api.http, officeToken);
    const prefToken = await as(prefTransport.id, ['coordinator']);
    prefReports = reportClient(api.http, prefToken);

    const campaign = (token: string, documentNumber: string) =>
      campaignClient(api.http, token)
        .issue({
          reportYear: YEAR,
          title: `关于报送${YEAR}年度法治政府建设年度报告的通知`,
          documentNumber,
          body: `请报送${YEAR}年度法治政府建设年度报告。`,
          dueDate: `${YEAR + 1}-02-20`,
          targets: { unitIds: [bureau.id] },
        })
        .expect(201);
    officeCampaignId = (await campaign(officeToken, '回法办发〔2176〕1号')).body.id;
    prefCampaignId = (await campaign(prefToken, '回州交发〔2176〕1号')).body.id;
    const [target] = await ds.query('SELECT report_id FROM campaign_targets WHERE campaign_id = ?', [
      officeCampaignId,
    ]);
    reportId = target.report_id;
  });
  afterAll(async () => {
    await worker?.close();
    await api?.app.close();
  });

  it('dispatched once to both: the deciding issuer reads the dispatch, not the review before it', async () => {
    await drafter
      .save(reportId, { basedOnRevision: 0, sections: completeSections('回执县交通运输局', YEAR) })
      .expect(201);
    attachmentBefore = await upload('报送时的佐证.pdf');
    await submitThroughChain(drafter, reviewer, reportId, MEETING);
    expect(await receiptOf(officeReports, officeCampaignId)).toMatchObject({ status: 'received' });

    const history = await get(officeReports, '/history').expect(200);
    expect(JSON.stringify(history.body.events)).not.toContain(FIRST_OPINION);
    expect(history.body.chain).toEqual({ verified: true });
    // The unit itself reads its legal adviser's opinion.
    expect(JSON.stringify((await drafter.history(reportId).expect(200)).body)).toContain(FIRST_OPINION);
  });

  it('after the other issuer returns it and the unit redrafts, the open issuer reads only revision 1', async () => {
    const returned = await decide(prefReports, prefCampaignId, 'return', PREF_RETURN);
    expect(returned.status).toBe(200);
    expect(await receiptOf(officeReports, officeCampaignId)).toMatchObject({ status: 'received' });

    const sections = completeSections('回执县交通运输局', YEAR);
    await drafter
      .save(reportId, {
        basedOnRevision: 1,
        title: DRAFT_2_TITLE,
        sections: { ...sections, measures: `${sections.measures}\n${DRAFT_2_TEXT}` },
      })
      .expect(201);
    attachmentAfter = await upload('退回后补充.pdf');
    await step(drafter, reportId, 'submit');
    await step(reviewer, reportId, 'return', { comment: INTERNAL_RETURN });
    await step(drafter, reportId, 'submit');
    await step(reviewer, reportId, 'approve');
    await step(reviewer, reportId, 'approve', { fields: { opinion: SECOND_OPINION } });
    await step(reviewer, reportId, 'approve', { fields: SECOND_MEETING });

    const report = await get(officeReports, '').expect(200);
    expect(report.body).toMatchObject({
      currentRevision: 1,
      copy: { latestRevision: 1, dispatches: [expect.objectContaining({ revision: 1 })] },
    });
    // Its progress as far as it was told: returned to drafting, deliberated at the first meeting.
    expect(report.body).toMatchObject({
      state: 'drafting',
      stageDueAt: null,
      deliberation: { meeting: { minutesNumber: MEETING.minutesNumber } },
    });
    expect(report.body.title).not.toBe(DRAFT_2_TITLE);
    expect(report.body.sections.measures).not.toContain(DRAFT_2_TEXT);

    const revisions = await get(officeReports, '/revisions').expect(200);
    expect(revisions.body.map((r: { number: number }) => r.number)).toEqual([1]);
    await get(officeReports, '/revisions/1').expect(200);
    await get(officeReports, '/revisions/2').expect(404);
    await get(officeReports, '/diff?from=1&to=2').expect(404);

    const docx = await get(officeReports, '/export.docx').buffer(true).parse(binary).expect(200);
    const xml = await (await JSZip.loadAsync(docx.body as Buffer)).file('word/document.xml')!.async('string');
    expect(xml).not.toContain(DRAFT_2_TEXT);
    expect(xml).not.toContain(DRAFT_2_TITLE);

    const history = await get(officeReports, '/history').expect(200);
    const text = JSON.stringify(history.body.events);
    for (const internal of [FIRST_OPINION, INTERNAL_RETURN, SECOND_OPINION])
      expect(text).not.toContain(internal);
    // What crossed the unit's boundary stays readable: the other issuer's return among it.
    expect(text).toContain(PREF_RETURN);

    const attachments = await get(officeReports, '/attachments').expect(200);
    expect(attachments.body.map((a: { id: string }) => a.id)).toEqual([attachmentBefore]);
    await get(officeReports, `/attachments/${attachmentBefore}/content`).expect(200);
    await get(officeReports, `/attachments/${attachmentAfter}/content`).expect(404);

    // The unit reads its redraft and its own review.
    const own = await drafter.get(reportId).expect(200);
    expect(own.body.sections.measures).toContain(DRAFT_2_TEXT);
    expect(own.body).toMatchObject({
      state: 'leader_signoff',
      deliberation: { meeting: { minutesNumber: SECOND_MEETING.minutesNumber } },
    });
    const ownHistory = JSON.stringify((await drafter.history(reportId).expect(200)).body);
    expect(ownHistory).toContain(INTERNAL_RETURN);
    expect(ownHistory).toContain(SECOND_OPINION);
  });

  it('the open issuer still decides its receipt', async () => {
    const accepted = await decide(officeReports, officeCampaignId, 'accept');
    expect(accepted.status).toBe(200);
    expect(accepted.body.receipt).toMatchObject({ status: 'accepted', revision: 1 });
  });
});
