import JSZip from 'jszip';
import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { at, campaignClient } from '../campaigns/campaign-helpers';
import { disclosureClient, dispatchWithSecret, reportOfUnit, SECRET, unitPeople } from './disclosure-helpers';

/**
 * The disclosure track (保密审查 → publication) of a dispatched report: its refusals, the
 * concurrency contract (expectedVersion, Idempotency-Key, the hash chain) and what the public sees.
 * Report year 2011 belongs to this file alone, so the public list is this file's to count.
 */
describe('disclosure track: confidentiality review, then publication', () => {
  const clock = new ManualClock(at('2012-01-05'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  let htb: Awaited<ReturnType<typeof unitPeople>>;
  let campaignId: string;
  let reportId: string;
  let mnsReportId: string;

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    demo = await loadDemo(api.dataSource);
    htb = await unitPeople(api.http, 'htb');
    const coordinator = campaignClient(api.http, await tokenFor(api.http, 'cj-coordinator'));
    const issued = await coordinator
      .issue({
        reportYear: 2011,
        title: '关于报送2011年度法治政府建设年度报告的通知',
        documentNumber: '昌州政办通〔2012〕1号',
        issuedOn: '2012-01-05',
        body: '请于2012年2月27日前报送，并于4月1日前向社会公开。',
        dueDate: '2012-02-27',
        targets: { unitIds: [demo.unitIds['htb-transport'], demo.unitIds['mns-transport']] },
      })
      .expect(201);
    campaignId = issued.body.id;
    expect(issued.body.disclosureDate).toBe('2012-04-01');
    reportId = await reportOfUnit(api.dataSource, campaignId, demo.unitIds['htb-transport']);
    mnsReportId = await reportOfUnit(api.dataSource, campaignId, demo.unitIds['mns-transport']);
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('does not start before the report is dispatched', async () => {
    const res = await htb.leader.review(reportId, { expectedVersion: 0, conclusion: 'cleared' }).expect(409);
    expect(res.body.error).toBe('DISCLOSURE_NOT_DISPATCHED');
    const track = await htb.leader.get(reportId).expect(200);
    expect(track.body).toMatchObject({ status: 'not_started', version: 0, dueDate: '2012-04-01' });
  });

  it('records the review by the unit leader, once, and refuses the wrong people and stale versions', async () => {
    clock.set(at('2012-02-01'));
    htb = await unitPeople(api.http, 'htb'); // fresh tokens at the new time
    await dispatchWithSecret(htb, reportId, '2012-01-20');
    const state = await htb.drafter.get(reportId).expect(200);
    expect(state.body.state).toBe('submitted');
    // 我的待办 says whose step it is (a walk, stop 50: the drafter had to find 登记公开 alone).
    expect(await htb.leader.toDoOf(reportId)).toMatchObject({ step: 'review', dueDate: '2012-04-01' });
    expect(await htb.disclosingDrafter.toDoOf(reportId)).toBeNull();

    // The drafter publishes but does not review; a coordinator above has no part in it.
    const drafterReview = await htb.disclosingDrafter
      .review(reportId, { expectedVersion: 0, conclusion: 'cleared' })
      .expect(403);
    expect(drafterReview.body.error).toBe('ROLE_REQUIRED');
    const coordinator = disclosureClient(api.http, await tokenFor(api.http, 'cj-coordinator'));
    expect(
      (await coordinator.review(reportId, { expectedVersion: 0, conclusion: 'cleared' }).expect(403)).body
        .error,
    ).toBe('ROLE_REQUIRED');
    // Nothing to publish before a review cleared it.
    const early = await htb.disclosingDrafter
      .publish(reportId, {
        expectedVersion: 0,
        channel: 'government_website',
        url: 'https://www.htb.gov.cn/zwgk/2011.html',
        publishedOn: '2012-01-05',
      })
      .expect(409);
    expect(early.body.error).toBe('DISCLOSURE_NOT_CLEARED');
    // "Changes needed" must say which.
    const silent = await htb.leader
      .review(reportId, { expectedVersion: 0, conclusion: 'changes_needed' })
      .expect(400);
    expect(silent.body).toMatchObject({ error: 'DISCLOSURE_FIELD_INVALID', details: { field: 'comment' } });

    clock.set(at('2012-03-02'));
    htb = await unitPeople(api.http, 'htb');
    const key = { 'Idempotency-Key': `review-${reportId}` };
    const first = await htb.leader
      .review(reportId, { expectedVersion: 0, conclusion: 'cleared', comment: '经保密审查，可以公开' }, key)
      .expect(200);
    expect(first.body).toMatchObject({
      version: 1,
      status: 'cleared_for_publication',
      review: { role: 'unit_leader', conclusion: 'cleared', revision: 1 },
      publication: null,
    });
    // A retried request gets the first answer and records nothing more; a second one is stale.
    const again = await htb.leader
      .review(reportId, { expectedVersion: 0, conclusion: 'cleared', comment: '经保密审查，可以公开' }, key)
      .expect(200);
    expect(again.body).toEqual(first.body);
    const stale = await htb.disclosingReviewer
      .review(reportId, { expectedVersion: 0, conclusion: 'cleared' })
      .expect(409);
    expect(stale.body).toMatchObject({ error: 'DISCLOSURE_STALE_VERSION', details: { currentVersion: 1 } });
    // Cleared: now the drafter's 登记公开; the reviewer has nothing left to do here.
    expect(await htb.disclosingDrafter.toDoOf(reportId)).toMatchObject({ step: 'publish' });
    expect(await htb.disclosingReviewer.toDoOf(reportId)).toBeNull();
  });

  it('refuses a publication with a bad address or date, then records it and closes the track', async () => {
    clock.set(at('2012-03-20'));
    htb = await unitPeople(api.http, 'htb');
    const base = {
      expectedVersion: 1,
      channel: 'government_website',
      url: 'https://www.htb.gov.cn/zwgk/2011.html',
    };
    for (const [body, field] of [
      [{ ...base, url: 'javascript:alert(1)', publishedOn: '2012-03-20' }, 'url'],
      [{ ...base, url: 'ftp://www.htb.gov.cn/2011.html', publishedOn: '2012-03-20' }, 'url'],
      [{ ...base, publishedOn: '2012-03-21' }, 'publishedOn'], // tomorrow
      [{ ...base, publishedOn: '2012-03-01' }, 'publishedOn'], // before the review
      [{ ...base, publishedOn: '2012-02-30' }, 'publishedOn'], // no such day
    ] as const) {
      const res = await htb.disclosingDrafter.publish(reportId, body).expect(400);
      expect(res.body).toMatchObject({ error: 'DISCLOSURE_FIELD_INVALID', details: { field } });
    }
    const published = await htb.disclosingDrafter
      .publish(reportId, { ...base, publishedOn: '2012-03-19' })
      .expect(200);
    expect(published.body).toMatchObject({
      version: 2,
      status: 'published',
      publication: { channel: 'government_website', publishedOn: '2012-03-19', revision: 1 },
    });
    expect(await htb.disclosingDrafter.toDoOf(reportId)).toBeNull();
    const twice = await htb.leader.publish(reportId, {
      ...base,
      expectedVersion: 2,
      publishedOn: '2012-03-19',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error).toBe('DISCLOSURE_ALREADY_PUBLISHED');

    // Both steps are in the report's hash chain (the retried review only once), which still verifies.
    const history = await htb.drafter.history(reportId).expect(200);
    const actions = (history.body.events as Array<{ action: string }>).map((e) => e.action);
    expect(actions.filter((a) => a.startsWith('disclosure-'))).toEqual([
      'disclosure-review',
      'disclosure-publish',
    ]);
    expect(history.body.chain.verified).toBe(true);
    // The report's own state is untouched: the track runs beside it.
    expect((await htb.drafter.get(reportId).expect(200)).body.state).toBe('submitted');
  });

  it('corrects a registered publication with a reason, keeping the record it replaced in the history', async () => {
    // A walk (stop 53): 登记后不能修改, and a mistyped address fed the board and the feed for good.
    const fixed = {
      expectedVersion: 2,
      channel: 'new_media',
      url: 'https://www.htb.gov.cn/zwgk/fzzf/2011.html',
      publishedOn: '2012-03-19',
      reason: '网址录入有误，更正为实际发布地址',
    };
    const noReason = await htb.disclosingDrafter.correct(reportId, { ...fixed, reason: '  ' }).expect(400);
    expect(noReason.body).toMatchObject({ error: 'DISCLOSURE_FIELD_INVALID', details: { field: 'reason' } });
    const badUrl = await htb.disclosingDrafter
      .correct(reportId, { ...fixed, url: 'www.htb.gov.cn/a' })
      .expect(400);
    expect(badUrl.body.details).toMatchObject({ field: 'url' });
    // Those who register it correct it: the unit's reviewer does not, nor another unit.
    const mns = await unitPeople(api.http, 'mns');
    expect((await htb.disclosingReviewer.correct(reportId, fixed)).status).toBe(403);
    expect((await mns.leader.correct(reportId, fixed)).status).toBe(404);
    const corrected = await htb.disclosingDrafter.correct(reportId, fixed).expect(200);
    expect(corrected.body).toMatchObject({
      version: 3,
      status: 'published',
      publication: { channel: 'new_media', url: fixed.url, publishedOn: '2012-03-19', revision: 1 },
    });
    // The version read is asked, as for every step.
    expect(
      (await htb.leader.correct(reportId, { ...fixed, url: 'https://www.htb.gov.cn/x.html' })).body.error,
    ).toBe('DISCLOSURE_STALE_VERSION');
    const history = await htb.drafter.history(reportId).expect(200);
    const event = (
      history.body.events as Array<{ action: string; comment: string | null; fields: Record<string, string> }>
    ).find((e) => e.action === 'disclosure-publication-corrected');
    expect(event).toMatchObject({
      comment: fixed.reason,
      fields: {
        url: fixed.url,
        channel: 'new_media',
        urlBefore: 'https://www.htb.gov.cn/zwgk/2011.html',
        channelBefore: 'government_website',
        publishedOnBefore: '2012-03-19',
      },
    });
    expect(history.body.chain.verified).toBe(true);
    // Not published yet: nothing to correct.
    const early = await mns.leader.correct(mnsReportId, { ...fixed, expectedVersion: 0 });
    expect(early.status).toBe(409);
    expect(early.body.error).toBe('DISCLOSURE_NOT_PUBLISHED');
  });

  it('lets exactly one of two simultaneous reviews through; the other is told the track moved', async () => {
    const mns = await unitPeople(api.http, 'mns');
    await dispatchWithSecret(mns, mnsReportId, '2012-03-19');
    const answers = await Promise.all([
      mns.leader.review(mnsReportId, { expectedVersion: 0, conclusion: 'cleared' }),
      mns.disclosingReviewer.review(mnsReportId, {
        expectedVersion: 0,
        conclusion: 'changes_needed',
        comment: '再核',
      }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.status === 409)!.body.error).toBe('DISCLOSURE_STALE_VERSION');
    const history = await mns.drafter.history(mnsReportId).expect(200);
    const reviews = (history.body.events as Array<{ action: string }>).filter(
      (e) => e.action === 'disclosure-review',
    );
    expect(reviews).toHaveLength(1);
    expect(history.body.chain.verified).toBe(true);
  });

  it('shows the public exactly the published public version, without login', async () => {
    const unit = demo.unitIds.cj;
    const feed = await api.http().get(`/public/reports.json?unit=${unit}&year=2011`).expect(200);
    // Exactly the published reports of the tree and year (a rerun on the same database adds its own).
    const published = await api.dataSource.query(
      `SELECT d.report_id FROM report_disclosures d JOIN reports r ON r.id = d.report_id
         JOIN units u ON u.id = r.unit_id
        WHERE d.status = 'published' AND r.report_year = 2011 AND u.path LIKE CONCAT(?, '%')`,
      [(await api.dataSource.query('SELECT path FROM units WHERE id = ?', [unit]))[0].path],
    );
    const listed = (feed.body.reports as Array<{ id: string }>).map((r) => r.id);
    expect([...listed].sort()).toEqual(published.map((r: { report_id: string }) => r.report_id).sort());
    expect(listed).toContain(reportId);
    expect(listed).not.toContain(mnsReportId);
    expect(JSON.stringify(feed.body)).not.toContain(SECRET);
    expect(JSON.stringify(feed.body)).not.toContain('不予公开');
    expect(feed.body.reports.find((r: { id: string }) => r.id === reportId)).toMatchObject({
      publishedOn: '2012-03-19',
      unit: { id: demo.unitIds['htb-transport'] },
    });
    expect(JSON.stringify(feed.body)).toContain('全年办结行政复议案件十二件，均在法定期限内办结');

    const page = await api.http().get(`/public/reports?unit=${unit}&year=2011`).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.text).not.toContain(SECRET);
    expect(page.text).not.toContain(mnsReportId);

    const rss = await api.http().get(`/public/reports.rss?unit=${unit}&year=2011`).expect(200);
    expect(rss.text).toContain(`<guid isPermaLink="false">${reportId}</guid>`);
    expect(rss.text).not.toContain(SECRET);

    const docx = await api
      .http()
      .get(`/public/reports/${reportId}/public.docx`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const xml = await (await JSZip.loadAsync(docx.body as Buffer)).file('word/document.xml')!.async('string');
    expect(xml).toContain('均在法定期限内办结');
    expect(xml).not.toContain('张某某');

    // Not published, unknown, malformed: nothing to see.
    expect((await api.http().get(`/public/reports/${mnsReportId}/public.docx`)).status).toBe(404);
    const unknown = await api
      .http()
      .get('/public/reports?unit=00000000-0000-4000-8000-000000000000&year=2011');
    expect(unknown.status).toBe(404);
    expect((await api.http().get(`/public/reports?unit=${unit}&year=abc`)).status).toBe(400);
  });

  it('limits each client address on the public pages (last: it spends the allowance of this minute)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 125; i++)
      statuses.push((await api.http().get(`/public/reports.json?unit=${demo.unitIds.cj}&year=2011`)).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    const refused = await api.http().get(`/public/reports?unit=${demo.unitIds.cj}&year=2011`).expect(429);
    expect(refused.body.error).toBe('TOO_MANY_REQUESTS');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // A minute later the page answers again.
    clock.set(new Date(clock.now().getTime() + 60_000));
    await api.http().get(`/public/reports?unit=${demo.unitIds.cj}&year=2011`).expect(200);
  });
});
