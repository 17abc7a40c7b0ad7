import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { completeSections } from '../support/content';
import { at, campaignClient } from '../campaigns/campaign-helpers';
import { dispatchWithSecret, reportOfUnit, SECRET, unitPeople } from './disclosure-helpers';
import { findingsOf } from './findings-helpers';
import { reportClient, step } from './report-helpers';

/**
 * A report published, then returned from above for a new deliberation, corrected and sent again: the
 * corrected text is reviewed and published in turn, the first publication standing meanwhile. An
 * external QA engineer (stop 57 F2) found review and publication refused for good
 * (DISCLOSURE_ALREADY_PUBLISHED) and the public page keeping the text the office had returned.
 * Report year 2004 belongs to this file alone.
 */
describe('publishing a report again after it was corrected', () => {
  const clock = new ManualClock(at('2005-01-05'));
  const CORRECTION = '补充：全年开展行政执法案卷评查两次（更正后新增）。';
  let api: Awaited<ReturnType<typeof startApi>>;
  let htb: Awaited<ReturnType<typeof unitPeople>>;
  let campaignId: string;
  let reportId: string;
  let unitId: string;

  const publicText = async () =>
    JSON.stringify((await api.http().get(`/public/reports.json?unit=${unitId}&year=2004`).expect(200)).body);

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    const demo = await loadDemo(api.dataSource);
    unitId = demo.unitIds['htb-transport'];
    const coordinator = campaignClient(api.http, await tokenFor(api.http, 'cj-coordinator'));
    const issued = await coordinator
      .issue({
        reportYear: 2004,
        title: '关于报送2004年度法治政府建设年度报告的通知',
        body: '请于2005年2月27日前报送，并于4月1日前向社会公开。',
        dueDate: '2005-02-27',
        targets: { unitIds: [unitId] },
      })
      .expect(201);
    campaignId = issued.body.id;
    reportId = await reportOfUnit(api.dataSource, campaignId, unitId);
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('publishes the first text, then reviews and publishes the corrected one', async () => {
    clock.set(at('2005-02-01'));
    htb = await unitPeople(api.http, 'htb');
    await dispatchWithSecret(htb, reportId, '2005-01-20');
    await htb.leader.review(reportId, { expectedVersion: 0, conclusion: 'cleared' }).expect(200);
    const first = await htb.disclosingDrafter
      .publish(reportId, {
        expectedVersion: 1,
        channel: 'government_website',
        url: 'https://www.htb.gov.cn/zwgk/2004.html',
        publishedOn: '2005-02-01',
      })
      .expect(200);
    expect(first.body.publication).toMatchObject({ revision: 1 });

    // The office returns it for a new deliberation; the unit corrects it and sends it again.
    const office = reportClient(api.http, await tokenFor(api.http, 'cj-coordinator'));
    const [receipt] = (await findingsOf(office).receipts(reportId).expect(200)).body as Array<{
      version: number;
    }>;
    await findingsOf(office)
      .returnReceipt(reportId, campaignId, {
        expectedVersion: receipt.version,
        comment: '请补充行政执法案卷评查情况，并重新集体审议。',
        needsRedeliberation: true,
      })
      .expect(200);
    clock.set(at('2005-02-03'));
    htb = await unitPeople(api.http, 'htb');
    const current = (await htb.drafter.get(reportId).expect(200)).body;
    const sections = completeSections(current.unit.name, 2004);
    sections.measures += `\n全年办结行政复议案件十二件（【不予公开】${SECRET}【/不予公开】）。\n${CORRECTION}`;
    await htb.drafter.save(reportId, { basedOnRevision: current.currentRevision, sections }).expect(201);
    await step(htb.drafter, reportId, 'submit');
    await step(htb.reviewer, reportId, 'approve');
    await step(htb.legal, reportId, 'approve', { fields: { opinion: '经审查，报告内容合法合规。' } });
    await step(htb.party, reportId, 'approve', {
      fields: { meetingBody: '党组会议', meetingDate: '2005-02-03', minutesNumber: '党组会纪要〔2005〕2号' },
    });
    await step(htb.signer, reportId, 'sign_off');
    await step(htb.drafter, reportId, 'dispatch', { fields: { documentNumber: '呼交发〔2005〕4号' } });

    // Published is revision 1; the report is now revision 2, and its 保密审查 is asked again.
    const waiting = await htb.leader.get(reportId).expect(200);
    expect(waiting.body).toMatchObject({ status: 'published', version: 2, publication: { revision: 1 } });
    expect(await htb.leader.toDoOf(reportId)).toMatchObject({ step: 'review' });
    expect(await publicText()).not.toContain('更正后新增');

    const reviewed = await htb.leader
      .review(reportId, { expectedVersion: 2, conclusion: 'cleared' })
      .expect(200);
    // The first publication stands until the corrected text is published.
    expect(reviewed.body).toMatchObject({
      status: 'published',
      review: { revision: 2, conclusion: 'cleared' },
      publication: { revision: 1 },
    });
    expect(await publicText()).not.toContain('更正后新增');
    expect(await htb.disclosingDrafter.toDoOf(reportId)).toMatchObject({ step: 'publish' });

    const again = await htb.disclosingDrafter
      .publish(reportId, {
        expectedVersion: 3,
        channel: 'government_website',
        url: 'https://www.htb.gov.cn/zwgk/2004-gz.html',
        publishedOn: '2005-02-03',
      })
      .expect(200);
    expect(again.body.publication).toMatchObject({
      revision: 2,
      url: 'https://www.htb.gov.cn/zwgk/2004-gz.html',
    });
    const shown = await publicText();
    expect(shown).toContain('更正后新增');
    expect(shown).not.toContain(SECRET);
    expect(await htb.disclosingDrafter.toDoOf(reportId)).toBeNull();
    // And closed again: nothing newer to publish.
    const twice = await htb.leader
      .review(reportId, { expectedVersion: 4, conclusion: 'cleared' })
      .expect(409);
    expect(twice.body.error).toBe('DISCLOSURE_ALREADY_PUBLISHED');
    const history = await htb.drafter.history(reportId).expect(200);
    expect(
      (history.body.events as Array<{ action: string }>)
        .filter((e) => e.action.startsWith('disclosure-'))
        .map((e) => e.action),
    ).toEqual(['disclosure-review', 'disclosure-publish', 'disclosure-review', 'disclosure-publish']);
    expect(history.body.chain.verified).toBe(true);
  });
});
