import JSZip from 'jszip';
import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { at, campaignClient } from '../campaigns/campaign-helpers';
import { completeSections } from '../support/content';
import { dispatchWithMeasures, reportOfUnit, unitPeople } from './disclosure-helpers';

/**
 * Penetration test (#18): 【不予公开】 markers a reviewer cannot tell from the real one — a soft hyphen or a
 * left-to-right mark inside, the compatibility 不 U+F967, 《》 brackets — were cleared at 保密审查 and their
 * passages published on the public page, JSON, RSS and public.docx. Through the real API: those passages
 * never reach the public, and a lookalike that cannot be read as a marker is refused rather than published.
 * Report year 2180 belongs to this file alone.
 */
const VARIANTS = [
  '【不予\u00AD公开】SECRET-SHY【/不予\u00AD公开】',
  '【不予公开\u200E】SECRET-LRM【/不予公开\u200E】',
  '【\uF967予公开】SECRET-COMPAT【/\uF967予公开】',
  '《不予公开》SECRET-ANGLE《/不予公开》',
  // Penetration test, stop 40: 不予以公开 was not a marker and went out as written.
  '【不予以公开】SECRET-YI【/不予以公开】',
  // Penetration test, stop 56: a braille blank, a combining accent and look-alike characters.
  '【不\u2800予公开】SECRET-BRAILLE【/不予\u2800公开】',
  '【不予\u0301公开】SECRET-ACCENT【/不\u0640予公开】',
  '【不予公幵】SECRET-LOOK【/不于公开】',
  'ᐸ不予公开ᐳSECRET-SYLLABICSᐸᐟ不予公开ᐳ',
];
const SECRETS = [
  'SECRET-SHY',
  'SECRET-LRM',
  'SECRET-COMPAT',
  'SECRET-ANGLE',
  'SECRET-YI',
  'SECRET-BRAILLE',
  'SECRET-ACCENT',
  'SECRET-LOOK',
  'SECRET-SYLLABICS',
];

describe('不予公开 lookalikes never reach the public', () => {
  const clock = new ManualClock(at('2181-01-05'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  let htbReportId: string;
  let mnsReportId: string;

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    demo = await loadDemo(api.dataSource);
    const coordinator = campaignClient(api.http, await tokenFor(api.http, 'cj-coordinator'));
    const issued = await coordinator
      .issue({
        reportYear: 2180,
        title: '关于报送2180年度法治政府建设年度报告的通知',
        documentNumber: '昌州政办通〔2181〕1号',
        issuedOn: '2181-01-05',
        body: '请于2181年2月27日前报送，并于4月1日前向社会公开。',
        dueDate: '2181-02-27',
        targets: { unitIds: [demo.unitIds['htb-transport'], demo.unitIds['mns-transport']] },
      })
      .expect(201);
    htbReportId = await reportOfUnit(api.dataSource, issued.body.id, demo.unitIds['htb-transport']);
    mnsReportId = await reportOfUnit(api.dataSource, issued.body.id, demo.unitIds['mns-transport']);
    clock.set(at('2181-02-01'));
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('withholds each variant through review, publication and every public form', async () => {
    const htb = await unitPeople(api.http, 'htb');
    const lines = VARIANTS.map((v, i) => `公开的第${i + 1}句（${v}），均已办结。`).join('\n');
    await dispatchWithMeasures(htb, htbReportId, '2181-01-20', lines);
    // What the drafter wrote is stored as written: the public version is derived.
    const stored = await htb.drafter.get(htbReportId).expect(200);
    expect(JSON.stringify(stored.body)).toContain('SECRET-SHY【/不予\u00AD公开】');

    await htb.leader.review(htbReportId, { expectedVersion: 0, conclusion: 'cleared' }).expect(200);
    await htb.disclosingDrafter
      .publish(htbReportId, {
        expectedVersion: 1,
        channel: 'government_website',
        url: 'https://www.htb.gov.cn/zwgk/2180.html',
        publishedOn: '2181-02-01',
      })
      .expect(200);

    const query = `unit=${demo.unitIds.cj}&year=2180`;
    const feed = await api.http().get(`/public/reports.json?${query}`).expect(200);
    expect((feed.body.reports as Array<{ id: string }>).map((r) => r.id)).toEqual([htbReportId]);
    const page = await api.http().get(`/public/reports?${query}`).expect(200);
    const rss = await api.http().get(`/public/reports.rss?${query}`).expect(200);
    const docx = await api
      .http()
      .get(`/public/reports/${htbReportId}/public.docx`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const xml = await (await JSZip.loadAsync(docx.body as Buffer)).file('word/document.xml')!.async('string');
    const exported = await htb.drafter
      .raw()
      .http()
      .get(`/reports/${htbReportId}/export.docx?version=public`)
      .set(htb.drafter.raw().auth)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const exportedXml = await (
      await JSZip.loadAsync(exported.body as Buffer)
    )
      .file('word/document.xml')!
      .async('string');

    const publicForms = { json: JSON.stringify(feed.body), page: page.text, rss: rss.text, xml, exportedXml };
    // The sentences around the passages are published; the passages and their markers are not.
    expect(publicForms.json).toContain('公开的第4句，均已办结');
    expect(xml).toContain('公开的第1句，均已办结');
    for (const [form, text] of Object.entries(publicForms))
      for (const secret of [...SECRETS, '予公开', '予\u00AD公开'])
        expect({ form, leaked: text.includes(secret) ? secret : null }).toEqual({ form, leaked: null });
  });

  it('withholds from every public form a published text that no longer yields a public version', async () => {
    // As if published by an earlier version, which did not read 【内部】…【/内部】 as a marker pair
    // (stop 40): the public list answered 500 for the whole tree once this version refused it.
    await api.dataSource.query(
      "UPDATE report_revisions SET measures = CONCAT(measures, '\n【内部】SECRET-OLD【/内部】') WHERE report_id = ?",
      [htbReportId],
    );
    const query = `unit=${demo.unitIds.cj}&year=2180`;
    const feed = await api.http().get(`/public/reports.json?${query}`).expect(200);
    expect(feed.body.reports).toEqual([]);
    const page = await api.http().get(`/public/reports?${query}`).expect(200);
    const rss = await api.http().get(`/public/reports.rss?${query}`).expect(200);
    for (const text of [JSON.stringify(feed.body), page.text, rss.text])
      expect(text).not.toContain('SECRET-OLD');
    await api.http().get(`/public/reports/${htbReportId}/public.docx`).expect(404);
  });

  it('refuses a marker it cannot read at submit, review and public export, so nothing is published', async () => {
    const mns = await unitPeople(api.http, 'mns');
    // And tags paired like markers that are not (stop 40: 【内部】…【/内部】 was published as written).
    const unreadable = '案件（⁅不予公开⁆SECRET-BRACKET⁅/不予公开⁆）已办结。\n【内部】SECRET-TAG【/内部】';
    // The unit cannot send it: the completeness check fails the markers before the report leaves
    // (a scenario test, stop 49: found only at 保密审查 after dispatch, a fix took a return, a new
    // sign-off and a new 文号).
    const current = await mns.drafter.get(mnsReportId).expect(200);
    const sections = completeSections(current.body.unit.name, current.body.reportYear);
    await mns.drafter
      .save(mnsReportId, {
        basedOnRevision: current.body.currentRevision,
        sections: { ...sections, measures: `${sections.measures}\n${unreadable}` },
      })
      .expect(201);
    const saved = await mns.drafter.get(mnsReportId).expect(200);
    const submit = await mns.drafter.act(mnsReportId, {
      action: 'submit',
      expectedVersion: saved.body.version,
    });
    expect(submit.status).toBe(422);
    expect(JSON.stringify(submit.body)).toContain('withhold_marker_invalid');

    // A text that reached review all the same (saved before the rule, or changed by hand) is still
    // refused there and at the public export.
    await dispatchWithMeasures(mns, mnsReportId, '2181-01-20', '案件已办结。');
    await api.dataSource.query(
      "UPDATE report_revisions SET measures = CONCAT(measures, '\n', ?) WHERE report_id = ?",
      [unreadable, mnsReportId],
    );
    const refused = await mns.leader
      .review(mnsReportId, { expectedVersion: 0, conclusion: 'cleared' })
      .expect(422);
    expect(refused.body).toMatchObject({
      error: 'DISCLOSURE_MARKERS_UNBALANCED',
      details: {
        problems: [
          { where: 'measures', kind: 'unrecognised' },
          { kind: 'unrecognised' },
          { where: 'measures', kind: 'lookalike' },
        ],
      },
    });
    expect(refused.body.details.messageZh).toContain('无法识别为标记');
    expect(refused.body.details.messageZh).toContain('成对的标签不是不予公开标记');
    const { http, auth } = mns.drafter.raw();
    await http().get(`/reports/${mnsReportId}/export.docx?version=public`).set(auth).expect(422);
    const track = await mns.leader.get(mnsReportId).expect(200);
    expect(track.body).toMatchObject({ version: 0, status: 'not_started' });
    await mns.disclosingDrafter
      .publish(mnsReportId, {
        expectedVersion: 0,
        channel: 'government_website',
        url: 'https://www.mns.gov.cn/zwgk/2180.html',
        publishedOn: '2181-02-01',
      })
      .expect(409);
  });
});
