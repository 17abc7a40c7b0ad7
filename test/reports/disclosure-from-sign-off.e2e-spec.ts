import type { INestApplicationContext } from '@nestjs/common';
import { ManualClock } from '@app/common';
import { drainQueues, startApi, startWorker } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { at, campaignClient } from '../campaigns/campaign-helpers';
import { step } from './report-helpers';
import { dispatchWithMeasures, reportOfUnit, SECRET, unitPeople } from './disclosure-helpers';

/**
 * The disclosure track runs "in parallel from sign-off" (domain): once the principal leader has
 * signed (签发), the unit may record its 保密审查 while the office still waits for the 文号 or a
 * stamped scan to send it (external QA, stop 52: a report waiting in 编号发文 got 409); the
 * publication follows the sending. Report year 2164 belongs to this file alone.
 */
describe('disclosure from sign-off, before the report is sent', () => {
  const clock = new ManualClock(at('2165-01-06'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let worker: INestApplicationContext;
  let people: Awaited<ReturnType<typeof unitPeople>>;
  let reportId: string;
  let unitId: string;

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    worker = await startWorker({ clock });
    const demo = await loadDemo(api.dataSource);
    people = await unitPeople(api.http, 'mns');
    unitId = demo.unitIds['mns-transport'];
    const coordinator = campaignClient(api.http, await tokenFor(api.http, 'cj-coordinator'));
    const issued = await coordinator
      .issue({
        reportYear: 2164,
        title: '关于报送2164年度法治政府建设年度报告的通知',
        body: '请于2165年2月27日前报送，并于4月1日前向社会公开。',
        dueDate: '2165-02-27',
        targets: { unitIds: [demo.unitIds['mns-transport']] },
      })
      .expect(201);
    reportId = await reportOfUnit(api.dataSource, issued.body.id, demo.unitIds['mns-transport']);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.app.close();
  });

  /** The report's open disclosure deadlines, as China dates, once the worker has run its jobs. */
  const openDisclosureDeadlines = async (): Promise<string[]> => {
    await drainQueues(worker);
    const rows: Array<{ due: string }> = await api.dataSource.query(
      `SELECT DATE_FORMAT(CONVERT_TZ(due_at, '+00:00', '+08:00'), '%Y-%m-%d') AS due FROM deadlines
        WHERE report_id = ? AND kind = 'disclosure' AND closed_at IS NULL`,
      [reportId],
    );
    return rows.map((r) => r.due);
  };

  it('is refused while the leader has not signed; the review is open once signed, the publication once sent', async () => {
    clock.set(at('2165-01-20'));
    people = await unitPeople(api.http, 'mns');
    await dispatchWithMeasures(people, reportId, '2165-01-15', `（【不予公开】${SECRET}【/不予公开】）`, {
      until: 'sign_off',
    });
    // Withdrawn back to the leader: not signed off, no disclosure step.
    await step(people.signer, reportId, 'withdraw');
    expect((await people.drafter.get(reportId).expect(200)).body.state).toBe('leader_signoff');
    const early = await people.leader
      .review(reportId, { expectedVersion: 0, conclusion: 'cleared' })
      .expect(409);
    expect(early.body).toMatchObject({
      error: 'DISCLOSURE_NOT_DISPATCHED',
      message: expect.stringContaining('signed it off (签发)'),
    });
    expect(await people.leader.toDoOf(reportId)).toBeNull();
    expect(await openDisclosureDeadlines()).toEqual([]);

    await step(people.signer, reportId, 'sign_off');
    expect((await people.drafter.get(reportId).expect(200)).body.state).toBe('dispatching');
    // Its deadline (reminded like any other) opens with the signature, not with the sending.
    expect(await openDisclosureDeadlines()).toEqual(['2165-04-01']);
    // 我的待办 lists the review as soon as it is signed.
    expect(await people.leader.toDoOf(reportId)).toMatchObject({ step: 'review', dueDate: '2165-04-01' });
    await people.leader
      .review(reportId, { expectedVersion: 0, conclusion: 'cleared', comment: '经保密审查，可以公开' })
      .expect(200);
    // Cleared while it waits for its 文号; published only once sent: a text published now could still
    // change (the signature withdrawn), and a publication is never taken back (review, stop 52).
    const publication = {
      expectedVersion: 1,
      channel: 'government_website',
      url: 'https://www.mns.gov.cn/zwgk/2164.html',
      publishedOn: '2165-01-20',
    };
    const unsent = await people.disclosingDrafter.publish(reportId, publication).expect(409);
    expect(unsent.body).toMatchObject({
      error: 'DISCLOSURE_NOT_DISPATCHED',
      message: expect.stringContaining('its publication once it has been sent'),
    });
    expect(await people.disclosingDrafter.toDoOf(reportId)).toBeNull();
    await step(people.drafter, reportId, 'dispatch', { fields: { documentNumber: '玛交发〔2165〕3号' } });
    expect(await people.disclosingDrafter.toDoOf(reportId)).toMatchObject({ step: 'publish' });
    const published = await people.disclosingDrafter.publish(reportId, publication).expect(200);
    expect(published.body).toMatchObject({ status: 'published', version: 2 });

    // The public version leaves the withheld passage out.
    const feed = await api.http().get(`/public/reports.json?unit=${unitId}&year=2164`).expect(200);
    expect((feed.body.reports as Array<{ id: string }>).map((r) => r.id)).toEqual([reportId]);
    expect(JSON.stringify(feed.body)).not.toContain(SECRET);
    expect(JSON.stringify(feed.body)).not.toContain('不予公开');
  });
});
