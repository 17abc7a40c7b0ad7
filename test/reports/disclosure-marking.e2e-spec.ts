import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { at, campaignClient } from '../campaigns/campaign-helpers';
import { dispatchWithMeasures, reportOfUnit, unitPeople } from './disclosure-helpers';

/** The passage the 保密审查 finds must not be public, sent and accepted unmarked. */
const LEAD = '专项执法行动线索编号XK-7731，涉及某企业';

/**
 * 保密审查 需修改 on a report its office accepted (a walk, stop 49): the text can no longer be edited,
 * so nothing could follow the review. The drafter re-marks the accepted text (公开版标注): a revision
 * whose words are the accepted ones, with the passage marked 不予公开; the review clears it and the
 * public version leaves the passage out. A change to the words is refused; what the office was sent
 * and accepted stays as it was. Report year 2173 belongs to this file alone.
 */
describe('re-marking an accepted report for its public version', () => {
  const clock = new ManualClock(at('2174-01-05'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let htb: Awaited<ReturnType<typeof unitPeople>>;
  let reportId: string;
  let campaignId: string;

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    const demo = await loadDemo(api.dataSource);
    const issued = await campaignClient(api.http, await tokenFor(api.http, 'cj-coordinator'))
      .issue({
        reportYear: 2173,
        title: '关于报送2173年度法治政府建设年度报告的通知',
        body: '请按时报送，并于4月1日前向社会公开。',
        dueDate: '2174-02-27',
        targets: { unitIds: [demo.unitIds['htb-transport']] },
      })
      .expect(201);
    campaignId = issued.body.id;
    reportId = await reportOfUnit(api.dataSource, campaignId, demo.unitIds['htb-transport']);
    clock.set(at('2174-02-01'));
    htb = await unitPeople(api.http, 'htb');
    await dispatchWithMeasures(htb, reportId, '2174-01-20', `（${LEAD}）已依法办结。`);
    const { http } = htb.drafter.raw();
    const office = { Authorization: `Bearer ${await tokenFor(api.http, 'cj-coordinator')}` };
    const receipt = (await http().get(`/reports/${reportId}/receipts`).set(office).expect(200)).body[0];
    await http()
      .post(`/reports/${reportId}/receipts/${campaignId}/accept`)
      .set(office)
      .send({ expectedVersion: receipt.version })
      .expect(200);
    expect((await htb.drafter.get(reportId).expect(200)).body.state).toBe('accepted');
  });
  afterAll(async () => {
    await api?.app.close();
  });

  const marking = (body: object) => {
    const { http, auth } = htb.drafter.raw();
    return http().post(`/reports/${reportId}/disclosure/marking`).set(auth).send(body);
  };
  const current = async () => (await htb.drafter.get(reportId).expect(200)).body;
  const sectionsOf = async (revision: number) => {
    const { http, auth } = htb.drafter.raw();
    return (await http().get(`/reports/${reportId}/revisions/${revision}`).set(auth).expect(200)).body;
  };

  it('after 需修改, saves the accepted words with the passage marked, and the review clears it', async () => {
    // Not before the review asks for it: the drafter alone does not lift or add withholding.
    const early = await marking({ basedOnRevision: (await current()).currentRevision, sections: {} }).expect(
      409,
    );
    expect(early.body).toMatchObject({
      error: 'DISCLOSURE_MARKING_NOT_OPEN',
      details: { reason: 'no_review_asking' },
    });
    const needs = await htb.leader
      .review(reportId, { expectedVersion: 0, conclusion: 'changes_needed', comment: '线索编号不宜公开' })
      .expect(200);
    const accepted = await current();
    const sent = await sectionsOf(accepted.currentRevision);
    // The ordinary save stays closed: the report is accepted.
    const edit = await htb.drafter
      .save(reportId, { basedOnRevision: accepted.currentRevision, sections: { measures: '改写' } })
      .expect(409);
    expect(edit.body.error).toBe('REPORT_NOT_EDITABLE');

    // Words changed: refused, naming the part.
    const reworded = await marking({
      basedOnRevision: accepted.currentRevision,
      sections: { measures: sent.sections.measures.replace('已依法办结', '已办结完毕') },
    }).expect(422);
    expect(reworded.body).toMatchObject({
      error: 'DISCLOSURE_MARKING_CHANGES_TEXT',
      details: { parts: ['measures'] },
    });

    // Nothing marked: refused, and no revision is made (external QA, stop 52: one was).
    const unchanged = await marking({
      basedOnRevision: accepted.currentRevision,
      sections: { measures: sent.sections.measures },
    }).expect(422);
    expect(unchanged.body.error).toBe('DISCLOSURE_MARKING_UNCHANGED');
    expect((await current()).currentRevision).toBe(accepted.currentRevision);

    const marked = sent.sections.measures.replace(`（${LEAD}）`, `（【不予公开】${LEAD}【/不予公开】）`);
    const saved = await marking({
      basedOnRevision: accepted.currentRevision,
      sections: { measures: marked },
    }).expect(201);
    expect(saved.body).toMatchObject({ number: accepted.currentRevision + 1 });
    const after = await current();
    expect(after).toMatchObject({ state: 'accepted', currentRevision: accepted.currentRevision + 1 });
    // Recorded in the chain, which still verifies.
    const history = (await htb.drafter.history(reportId).expect(200)).body;
    expect(history.chain.verified).toBe(true);
    expect(history.events.at(-1)).toMatchObject({ action: 'save', fields: { disclosureMarking: true } });
    // A second save on the same revision is stale, not applied twice.
    expect(
      (
        await marking({ basedOnRevision: accepted.currentRevision, sections: { measures: marked } }).expect(
          409,
        )
      ).body.error,
    ).toBe('REVISION_STALE');

    // A review from a page that showed the revision before is refused, not recorded against this one.
    const stale = await htb.leader
      .review(reportId, { expectedVersion: needs.body.version, conclusion: 'cleared' })
      .expect(409);
    expect(stale.body.error).toBe('DISCLOSURE_STALE_VERSION');
    const track = (await htb.leader.get(reportId).expect(200)).body;
    const cleared = await htb.leader
      .review(reportId, { expectedVersion: track.version, conclusion: 'cleared' })
      .expect(200);
    expect(cleared.body.review).toMatchObject({ revision: after.currentRevision, conclusion: 'cleared' });
    await htb.disclosingDrafter
      .publish(reportId, {
        expectedVersion: cleared.body.version,
        channel: 'government_website',
        url: 'https://www.htb.gov.cn/zwgk/2173.html',
        publishedOn: '2174-02-01',
      })
      .expect(200);
    const page = await api.http().get(`/public/reports.json?unit=${after.unit.id}&year=2173`).expect(200);
    expect(JSON.stringify(page.body)).toContain('已依法办结');
    expect(JSON.stringify(page.body)).not.toContain('XK-7731');
  });

  it('keeps what the office was sent and accepted, and closes once published', async () => {
    const office = { Authorization: `Bearer ${await tokenFor(api.http, 'cj-coordinator')}` };
    const { http } = htb.drafter.raw();
    const read = (await http().get(`/reports/${reportId}`).set(office).expect(200)).body;
    const receipt = (await http().get(`/reports/${reportId}/receipts`).set(office).expect(200)).body[0];
    expect(receipt).toMatchObject({ status: 'accepted' });
    expect(receipt.acceptedRevision).toBeLessThan(read.currentRevision ?? Number.MAX_SAFE_INTEGER);
    const now = await current();
    const closed = await marking({ basedOnRevision: now.currentRevision, sections: {} }).expect(409);
    expect(closed.body).toMatchObject({
      error: 'DISCLOSURE_MARKING_NOT_OPEN',
      details: { reason: 'published' },
    });
  });
});
