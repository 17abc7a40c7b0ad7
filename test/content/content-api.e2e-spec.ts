import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import request from 'supertest';
import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { createUnit, createUser, uniqueName, unitById } from '../support/factories';

const FIXTURE = path.resolve(__dirname, '../../fixtures/reports/lanshan-county-transport-2024.txt');

/** POST /content/import, /content/import-file, /content/check and /reports/:id/check over real HTTP. */
describe('content import and completeness check over HTTP', () => {
  let app: INestApplication;
  let http: () => ReturnType<typeof request>;
  let unitIds: Record<string, string>;
  let dataSource: import('typeorm').DataSource;
  let drafter: string;

  beforeAll(async () => {
    const started = await startApi();
    app = started.app;
    http = started.http;
    dataSource = started.dataSource;
    unitIds = (await loadDemo(started.dataSource)).unitIds;
    drafter = await tokenFor(http, 'htb-drafter');
  });

  afterAll(async () => {
    await app?.close();
  });

  const auth = () => ({ Authorization: `Bearer ${drafter}` });

  it('splits a pasted report into the five sections and says what went where', async () => {
    const res = await http()
      .post('/content/import')
      .set(auth())
      .send({ text: readFileSync(FIXTURE, 'utf8') })
      .expect(200);
    expect(res.body.sections.shortcomings).toContain('执法队伍建设还需进一步加强');
    expect(res.body.mapping.map((m: { kind: string; item: number }) => `${m.kind}:${m.item}`)).toEqual(
      expect.arrayContaining(['preamble:1', 'section:1', 'section:2', 'section:4']),
    );
    expect(res.body.missing).toEqual(expect.any(Array));
  });

  it('needs a login and refuses empty text', async () => {
    await http().post('/content/import').send({ text: 'x' }).expect(401);
    const res = await http().post('/content/import').set(auth()).send({ text: '' }).expect(400);
    expect(res.body.error).toBe('VALIDATION_FAILED');
  });

  it('imports an uploaded Word file, and refuses a GBK text file with a Chinese reason', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun({ text: '一、主要举措和成效', bold: true })] }),
            new Paragraph('全年修订规范性文件三件，开展行政执法案卷评查两次。'),
            new Paragraph({ children: [new TextRun({ text: '二、存在的不足和原因', bold: true })] }),
            new Paragraph('执法人员培训不足。'),
          ],
        },
      ],
    });
    const docx = await Packer.toBuffer(doc);
    const ok = await http()
      .post('/content/import-file')
      .set(auth())
      .attach('file', docx, 'report.docx')
      .expect(200);
    expect(ok.body.sections.measures).toContain('修订规范性文件三件');
    expect(ok.body.sections.shortcomings).toContain('执法人员培训不足');

    const gbk = Buffer.from([0xd6, 0xf7, 0xd2, 0xaa, 0xbe, 0xd9, 0xb4, 0xeb]); // "主要举措" in GBK
    const refused = await http()
      .post('/content/import-file')
      .set(auth())
      .attach('file', gbk, 'report.txt')
      .expect(422);
    // Was reason NOT_UTF8 ("maybe GBK"); a GBK file is now named as GBK (issue #14).
    expect(refused.body).toMatchObject({ error: 'DOCUMENT_REJECTED', details: { reason: 'TEXT_IS_GBK' } });
    expect(refused.body.details.messageZh).toContain('UTF-8');
    await http().post('/content/import-file').set(auth()).expect(400);
  });

  it("checks sections for a year and unit, and a report's sections against its own year and unit", async () => {
    const check = await http()
      .post('/content/check')
      .set(auth())
      .send({
        sections: { measures: '一、主要举措和成效\n很短' },
        campaignYear: 2026,
        unitName: '呼图壁县交通运输局',
      })
      .expect(200);
    expect(check.body.passed).toBe(false);
    expect(check.body.findings.map((f: { code: string }) => f.code)).toEqual(
      expect.arrayContaining(['item_missing']),
    );

    // A unit of its own, so that running the file again on the same database never meets last run's
    // report; under a prefecture of its own, so that no other file's campaign to 昌吉州's county
    // transport bureaus finds it.
    const prefecture = await createUnit(dataSource, await unitById(dataSource, unitIds.xj), {
      name: uniqueName('导入测试州'),
      kind: 'government',
      level: 'prefecture',
    });
    const unit = await createUnit(dataSource, prefecture, {
      name: uniqueName('呼图壁县交通运输局'),
      kind: 'department',
      level: 'county',
    });
    const owner = await createUser(dataSource, unit.id, ['drafter']);
    const ownerToken = await tokenFor(http, owner.username, owner.password);
    const boss = await createUser(dataSource, prefecture.id, ['coordinator']);
    const coordinator = await tokenFor(http, boss.username, boss.password);
    const created = await http()
      .post('/reports')
      .set('Authorization', `Bearer ${coordinator}`)
      .send({ unitId: unit.id, reportYear: 2031 })
      .expect(201);
    const own = await http()
      .post(`/reports/${created.body.id}/check`)
      .set('Authorization', `Bearer ${ownerToken}`)
      .send({ sections: { measures: '呼图壁县交通运输局2024年法治政府建设情况' } })
      .expect(200);
    expect(own.body.findings.map((f: { code: string }) => f.code)).toContain('year_mismatch');

    // The import puts the title in the report's title, not in item 1: the check reads the saved title
    // when the text sent has none, as the submit does.
    await http()
      .post(`/reports/${created.body.id}/revisions`)
      .set('Authorization', `Bearer ${ownerToken}`)
      .send({
        basedOnRevision: 0,
        title: `${unit.name}2030年法治政府建设情况报告`,
        sections: { measures: '一、主要举措和成效' },
      })
      .expect(201);
    const titled = await http()
      .post(`/reports/${created.body.id}/check`)
      .set('Authorization', `Bearer ${ownerToken}`)
      .send({ sections: { measures: '一、主要举措和成效' } })
      .expect(200);
    expect(titled.body.findings).toContainEqual(
      expect.objectContaining({ code: 'year_mismatch', message: expect.stringContaining('2030') }),
    );

    // Another county's drafter cannot learn that the report exists.
    const other = await tokenFor(http, 'mns-drafter');
    await http()
      .post(`/reports/${created.body.id}/check`)
      .set('Authorization', `Bearer ${other}`)
      .send({ sections: {} })
      .expect(404);
  });
});
