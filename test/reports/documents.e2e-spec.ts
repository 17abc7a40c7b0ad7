import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import JSZip from 'jszip';
import { importReportText } from '@app/content';
import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { createUnit, createUser, uniqueName, unitById } from '../support/factories';
import { reportClient } from './report-helpers';

const fixture = (path: string) => readFileSync(resolve(__dirname, path), 'utf8');
const CHANGJI_2021 = fixture('../../fixtures/reports/changji-prefecture-transport-2021.txt');
const CHANGJI_2022 = fixture('../../libs/content/test/fixtures/changji-2022-handwritten.txt');

const binary = (res: import('superagent').Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('report documents: follow-through and the official .docx', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  let drafter: ReturnType<typeof reportClient>;
  let unitId: string;

  beforeAll(async () => {
    api = await startApi();
    demo = await loadDemo(api.dataSource);
    // A unit of its own, so other files' reports of the same years never collide with these.
    const unit = await createUnit(api.dataSource, await unitById(api.dataSource, demo.unitIds.cj), {
      name: uniqueName('昌吉州交通运输局'),
      kind: 'department',
      level: 'prefecture',
    });
    unitId = unit.id;
    const user = await createUser(api.dataSource, unit.id, ['drafter']);
    drafter = reportClient(api.http, await tokenFor(api.http, user.username, user.password));
  });
  afterAll(() => api?.app.close());

  async function reportWith(year: number, text: string) {
    const id = (await drafter.create({ unitId: unitId, reportYear: year }).expect(201)).body.id;
    const imported = importReportText(text);
    await drafter
      .save(id, { basedOnRevision: 0, title: imported.title, sections: imported.sections })
      .expect(201);
    return id as string;
  }

  it("holds last year's six planned items against this year's report, with the evidence", async () => {
    await reportWith(2021, CHANGJI_2021);
    const id = await reportWith(2022, CHANGJI_2022);
    const { http, auth } = drafter.raw();
    const res = await http().get(`/reports/${id}/follow-through`).set(auth).expect(200);
    expect(res.body.entries.map((e: { status: string }) => e.status)).toEqual([
      'not_reported',
      'not_reported',
      'reported',
      'not_reported',
      'reported',
      'not_reported',
    ]);
    expect(res.body.entries[2].evidence[0].sharedPhrases).toContain('专项整治');
    // Without a previous year the answer says so.
    const first = await reportWith(2019, CHANGJI_2021.replace(/2021/g, '2019'));
    const none = await http().get(`/reports/${first}/follow-through`).set(auth).expect(200);
    expect(none.body).toMatchObject({ lastYearReportId: null, entries: [] });
  });

  it('exports the current revision as a .docx whose text is exactly the stored one; the public version omits marked passages', async () => {
    const imported = importReportText(CHANGJI_2021);
    const secret = '【不予公开】\n涉密数据：某项目投资额。\n【/不予公开】';
    const id = (await drafter.create({ unitId: unitId, reportYear: 2018 }).expect(201)).body.id;
    await drafter
      .save(id, {
        basedOnRevision: 0,
        sections: { ...imported.sections, other: `${secret}\n<script>alert(1)</script> & 其他` },
      })
      .expect(201);
    const { http, auth } = drafter.raw();
    const internal = await http()
      .get(`/reports/${id}/export.docx`)
      .set(auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(internal.headers['content-type']).toMatch(/wordprocessingml/);
    const xml = await (
      await JSZip.loadAsync(internal.body as Buffer)
    )
      .file('word/document.xml')!
      .async('string');
    expect(xml).toContain('涉密数据：某项目投资额。');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; 其他');
    expect(xml).toContain('w:w="11906" w:h="16838"');
    const line = imported.sections.shortcomings
      .split('\n')
      .find((l) => l.trim().length > 20)!
      .trim();
    expect(xml).toContain(line);

    const publicVersion = await http()
      .get(`/reports/${id}/export.docx?version=public`)
      .set(auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const publicXml = await (
      await JSZip.loadAsync(publicVersion.body as Buffer)
    )
      .file('word/document.xml')!
      .async('string');
    expect(publicXml).not.toContain('涉密数据');
    await http().get(`/reports/${id}/export.docx?version=secret`).set(auth).expect(400);
    // Another county cannot export it.
    const foreign = reportClient(api.http, await tokenFor(api.http, 'yn-drafter')).raw();
    await foreign.http().get(`/reports/${id}/export.docx`).set(foreign.auth).expect(404);
  });

  // Issue #15 item 9: only passages whose markers stood on lines of their own were withheld.
  it('the public version withholds every marked span, inline or across paragraphs, everywhere in the file', async () => {
    const imported = importReportText(CHANGJI_2021);
    const id = (await drafter.create({ unitId, reportYear: 2017 }).expect(201)).body.id;
    const shortcomings =
      '二、存在的不足和原因\n信访案件（【不予公开】涉事人员王某某【/不予公开】）已于年内办结。\n' +
      '项目甲【不予公开】投资额甲【/不予公开】和项目乙【不予公开】投资额乙【/不予公开】均已完工。\n' +
      '本段公开【不予公开】跨段秘密一\n跨段秘密二【/不予公开】其后公开。';
    await drafter
      .save(id, {
        basedOnRevision: 0,
        title: '昌吉州交通运输局2017年法治政府建设情况报告【不予公开】内部编号甲【/不予公开】',
        sections: { ...imported.sections, shortcomings },
      })
      .expect(201);
    const { http, auth } = drafter.raw();
    const res = await http()
      .get(`/reports/${id}/export.docx?version=public`)
      .set(auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const zip = await JSZip.loadAsync(res.body as Buffer);
    const parts = await Promise.all(
      Object.values(zip.files)
        .filter((f) => !f.dir)
        .map((f) => f.async('string')),
    );
    const everything = parts.join('\n') + decodeURIComponent(res.headers['content-disposition']);
    for (const secret of ['王某某', '投资额甲', '投资额乙', '跨段秘密', '内部编号', '不予公开'])
      expect({ secret, found: everything.includes(secret) }).toEqual({ secret, found: false });
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const kept of ['信访案件已于年内办结。', '项目甲和项目乙均已完工。', '本段公开', '其后公开。'])
      expect(xml).toContain(kept);
    // The internal version keeps every word.
    const internal = await http().get(`/reports/${id}/export.docx`).set(auth).buffer(true).parse(binary);
    const internalXml = await (
      await JSZip.loadAsync(internal.body as Buffer)
    )
      .file('word/document.xml')!
      .async('string');
    expect(internalXml).toContain('涉事人员王某某');
  });

  it('says whom the dispatch goes to and the 主送 line the drafter typed, which the 公文 prints instead', async () => {
    const id = (await drafter.create({ unitId, reportYear: 2015 }).expect(201)).body.id;
    const { http, auth } = drafter.raw();
    const typed = (measures: string) =>
      drafter.save(id, { basedOnRevision: 0, sections: { measures } }).expect(201);
    await typed('县委、县人大常委会：\n现将有关情况报告如下：\n一、2015年主要举措和成效\n正文。');
    const answer = await http().get(`/reports/${id}/addressees`).set(auth).expect(200);
    expect(answer.body.writtenInText).toBe('县委、县人大常委会：');
    const docx = await http()
      .get(`/reports/${id}/export.docx`)
      .set(auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const xml = await (await JSZip.loadAsync(docx.body as Buffer)).file('word/document.xml')!.async('string');
    expect(xml).toContain('县委、县人大常委会：');
  });

  it('markers that do not pair up block the public version with 422 naming the section and line', async () => {
    const imported = importReportText(CHANGJI_2021);
    const id = (await drafter.create({ unitId, reportYear: 2016 }).expect(201)).body.id;
    await drafter
      .save(id, {
        basedOnRevision: 0,
        sections: {
          ...imported.sections,
          shortcomings: '二、存在的不足和原因\n执法人员（【不予公开】涉事人员姓名）已调离。',
        },
      })
      .expect(201);
    const { http, auth } = drafter.raw();
    const res = await http().get(`/reports/${id}/export.docx?version=public`).set(auth).expect(422);
    expect(res.body).toMatchObject({
      statusCode: 422,
      error: 'DISCLOSURE_MARKERS_UNBALANCED',
      details: {
        problems: [{ where: 'shortcomings', line: 2, kind: 'unclosed', near: '执法人员（【不予公开】' }],
      },
      requestId: expect.any(String),
    });
    expect(res.body.message).toMatch(
      /item 2 line 2, near "执法人员（【不予公开】": an opening 【不予公开】 is never closed/,
    );
    expect(res.body.details.messageZh).toMatch(/第二项（存在的不足和原因）第2行/);
    // The internal version is the stored text and is still exported.
    await http().get(`/reports/${id}/export.docx`).set(auth).expect(200);
    // The check before export names the same marker while the text can still be fixed (stop 43: it
    // was met only at the public export, or at 保密审查 after dispatch).
    const check = await http().get(`/reports/${id}/document/check`).set(auth).expect(200);
    expect(check.body.withholdMarkers).toEqual([
      {
        where: 'shortcomings',
        line: 2,
        kind: 'unclosed',
        near: '执法人员（【不予公开】',
        message: expect.stringMatching(
          /^第二项（存在的不足和原因）第2行“执法人员（【不予公开】”处【不予公开】缺少对应的【\/不予公开】$/,
        ),
      },
    ]);
  });
});
