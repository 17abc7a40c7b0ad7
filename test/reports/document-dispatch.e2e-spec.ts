import JSZip from 'jszip';
import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { createUnit, createUser, uniqueName, unitById } from '../support/factories';
import { reportClient, step } from './report-helpers';

const DOCUMENT_NUMBER = '测交发〔2026〕7号';

const MEETING = {
  meetingBody: '党组会议',
  meetingDate: '2026-01-20',
  minutesNumber: '党组会纪要〔2026〕3号',
};
const MAX_BYTES = 4096;
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.alloc(900, 0x41)]);

const SHORTCOMINGS =
  '执法装备不足;基层执法人员偏少,专业人才匮乏,特别是缺乏法律型、技术型人才,与当前交通运输执法的要求不相适应.';
const PLAN =
  '继续开展执法培训，健全完善领导干部学习培训、集中学法、考核考试等制度，着力提高领导干部运用法治思维和法治方式推动发展的能力。';

/** A draft pasted from the unit's web page: its own headings (item 2 written 三、), debris, half-width marks. */
const PASTED = {
  measures: [
    '来源：测试县交通运输局 发布时间：2026-01-25 15:35',
    '一、2025年推进法治政府建设的主要举措和成效',
    '(一)加强组织领导,落实第一责任人职责',
    '[bookmark: _GoBack]全年开展执法培训12次,参训1,200人次,详见https://www.example.gov.cn/fzzf/2025.html',
  ].join('\n'),
  shortcomings: `三、存在的不足及原因\n${SHORTCOMINGS}`,
  leadersDuty: '主要负责人履行推进法治建设第一责任人职责，带头学法4次。',
  nextYearPlan: `四、2026年推进法治政府建设的主要安排\n${PLAN}`,
  other: '浏览次数：386\n【打印本页】【关闭窗口】',
};

const binary = (res: import('superagent').Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

const paragraphs = (xml: string) =>
  xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter((t) => t !== '');

/**
 * A 公文 that can be sent (issue #18 item 7, #19 item 1): the check before export names the misnumbered
 * heading and the debris, the drafter applies the fix as a revision, the exported .docx carries 签发人, 主送 and
 * the 版记 with clean text, and the stamped scan goes up at dispatch and comes back byte for byte.
 */
describe('the official document as sent, and its stamped scan', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  const c = {} as Record<
    'drafter' | 'reviewer' | 'legal' | 'party' | 'leader' | 'reader' | 'sibling' | 'coordinator',
    ReturnType<typeof reportClient>
  >;
  const token = {} as Record<keyof typeof c, string>;
  let names: { prefecture: string; bureau: string; justice: string; leader: string };
  let reportId: string;

  const as = (who: keyof typeof c) => ({ Authorization: `Bearer ${token[who]}` });
  const scanUpload = (who: keyof typeof c, content: Buffer, filename: string) =>
    api.http().post(`/reports/${reportId}/stamped-scan`).set(as(who)).attach('file', content, filename);
  const download = (who: keyof typeof c, path: string) =>
    api.http().get(`/reports/${reportId}${path}`).set(as(who)).buffer(true).parse(binary);

  beforeAll(async () => {
    api = await startApi({
      env: { ATTACHMENT_MAX_BYTES: String(MAX_BYTES), ATTACHMENT_DIR: '.local/test-attachments-scan' },
    });
    const demo = await loadDemo(api.dataSource);
    const xj = await unitById(api.dataSource, demo.unitIds.xj);
    const prefecture = await createUnit(api.dataSource, xj, {
      name: uniqueName('测试州人民政府'),
      kind: 'government',
      level: 'prefecture',
    });
    const county = await createUnit(api.dataSource, prefecture, { kind: 'government', level: 'county' });
    const sibling = await createUnit(api.dataSource, prefecture, { kind: 'government', level: 'county' });
    const bureau = await createUnit(api.dataSource, county, {
      name: uniqueName('测试县交通运输局'),
      kind: 'department',
      level: 'county',
    });
    const justice = await createUnit(api.dataSource, county, { kind: 'justice_bureau', level: 'county' });
    const siblingJustice = await createUnit(api.dataSource, sibling, {
      kind: 'justice_bureau',
      level: 'county',
    });
    const users = {
      drafter: await createUser(api.dataSource, bureau.id, ['drafter']),
      reviewer: await createUser(api.dataSource, bureau.id, ['dept_reviewer']),
      legal: await createUser(api.dataSource, bureau.id, ['legal_adviser']),
      party: await createUser(api.dataSource, bureau.id, ['party_approver']),
      leader: await createUser(api.dataSource, bureau.id, ['unit_leader']),
      reader: await createUser(api.dataSource, justice.id, ['unit_leader']),
      sibling: await createUser(api.dataSource, siblingJustice.id, ['unit_leader']),
      coordinator: await createUser(api.dataSource, prefecture.id, ['coordinator']),
    };
    for (const [key, user] of Object.entries(users) as Array<
      [keyof typeof c, { username: string; password: string }]
    >) {
      token[key] = await tokenFor(api.http, user.username, user.password);
      c[key] = reportClient(api.http, token[key]);
    }
    names = {
      prefecture: prefecture.name,
      bureau: bureau.name,
      justice: justice.name,
      leader: users.leader.username,
    };
    reportId = (await c.drafter.create({ unitId: bureau.id, reportYear: 2025 }).expect(201)).body.id;
    await c.drafter
      .save(reportId, {
        basedOnRevision: 0,
        title: `${bureau.name}2025年法治政府建设情况报告`,
        sections: PASTED,
      })
      .expect(201);
  });
  afterAll(() => api?.app.close());

  it('shows the drafter before export the heading numbered 三 in second place, with its fix, and the debris', async () => {
    const check = await api.http().get(`/reports/${reportId}/document/check`).set(as('drafter')).expect(200);
    expect(check.body.revision).toBe(1);
    expect(check.body.headings).toEqual([
      expect.objectContaining({
        item: 2,
        section: 'shortcomings',
        line: 1,
        problem: 'misnumbered',
        written: '三、存在的不足及原因',
        printedAs: '二、存在的不足及原因',
        fix: { action: 'replace', text: '二、存在的不足及原因' },
      }),
    ]);
    expect(
      check.body.removals.map((r: { section: string; reason: string }) => [r.section, r.reason]),
    ).toEqual([
      ['measures', 'page_source_line'],
      ['measures', 'word_bookmark'],
      ['other', 'view_counter'],
      ['other', 'page_controls'],
    ]);
    expect(check.body.punctuationChanges).toBeGreaterThan(5);
    const reordered = await api
      .http()
      .get(`/reports/${reportId}/document/check?itemOrder=3,1,2,4,5`)
      .set(as('drafter'))
      .expect(200);
    expect(reordered.body.itemOrder).toEqual([3, 1, 2, 4, 5]);
    const bad = await api
      .http()
      .get(`/reports/${reportId}/document/check?itemOrder=1,1,2,4,5`)
      .set(as('drafter'))
      .expect(400);
    expect(bad.body).toMatchObject({
      error: 'ITEM_ORDER_INVALID',
      details: { given: ['1', '1', '2', '4', '5'] },
    });
  });

  it('applies the fix as a new revision on the drafter’s request, refusing a stale one', async () => {
    const applied = await api
      .http()
      .post(`/reports/${reportId}/document/fixes`)
      .set(as('drafter'))
      .send({ basedOnRevision: 1, headings: true })
      .expect(201);
    expect(applied.body).toEqual({ revision: 2, headingFixes: 1, removals: 0, punctuationChanges: 0 });
    const stored = await api.http().get(`/reports/${reportId}/revisions/2`).set(as('drafter')).expect(200);
    expect(stored.body.sections.shortcomings).toBe(`二、存在的不足及原因\n${SHORTCOMINGS}`);
    // The debris stays in the stored text until the drafter asks for the cleanup too.
    expect(stored.body.sections.measures).toContain('来源：');
    await api
      .http()
      .post(`/reports/${reportId}/document/fixes`)
      .set(as('drafter'))
      .send({ basedOnRevision: 1, headings: true })
      .expect(409);
    const recheck = await api
      .http()
      .get(`/reports/${reportId}/document/check`)
      .set(as('drafter'))
      .expect(200);
    expect(recheck.body.headings).toEqual([]);
  });

  it('refuses a stamped scan while the report is still being drafted', async () => {
    const early = await scanUpload('drafter', PDF, '盖章件.pdf').expect(409);
    expect(early.body).toMatchObject({ error: 'STAMPED_SCAN_TOO_EARLY', details: { state: 'drafting' } });
  });

  it('exports, once sent, 签发人, 主送, 版记, headings 一二三四五 in position, full-width text and no debris', async () => {
    await step(c.drafter, reportId, 'submit');
    await step(c.reviewer, reportId, 'approve');
    await step(c.legal, reportId, 'approve', { fields: { opinion: '同意报送。' } });
    await step(c.party, reportId, 'approve', { fields: MEETING });
    // The principal leader signs off (签发); the office numbers and sends it (编号发文).
    await step(c.leader, reportId, 'sign_off');
    await step(c.drafter, reportId, 'dispatch', { fields: { documentNumber: DOCUMENT_NUMBER } });
    const res = await download('drafter', '/export.docx').expect(200);
    const xml = await (await JSZip.loadAsync(res.body as Buffer)).file('word/document.xml')!.async('string');
    const texts = paragraphs(xml);
    // 文号 on the left, 签发人 on the right of the same line: from the sign-off record, not guessed.
    expect(texts[0]).toContain(DOCUMENT_NUMBER);
    expect(texts[0]).toContain(`签发人：${names.leader}`);
    expect(texts[1]).toBe(`${names.bureau}2025年法治政府建设情况报告`);
    expect(texts[2]).toBe(`${names.prefecture}：`);
    const headings = xml
      .split('</w:p>')
      .filter((p) => p.includes('<w:pStyle w:val="Heading1"/>'))
      .map((p) => paragraphs(`${p}</w:p>`)[0]);
    expect(headings).toEqual([
      '一、2025年推进法治政府建设的主要举措和成效',
      '二、存在的不足及原因',
      '三、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
      '四、2026年推进法治政府建设的主要安排',
    ]);
    expect(texts).toContain('（一）加强组织领导，落实第一责任人职责');
    expect(texts).toContain(
      '全年开展执法培训12次，参训1,200人次，详见https://www.example.gov.cn/fzzf/2025.html',
    );
    expect(texts).toContain(
      '执法装备不足；基层执法人员偏少，专业人才匮乏，特别是缺乏法律型、技术型人才，与当前交通运输执法的要求不相适应。',
    );
    expect(xml).not.toMatch(/来源|发布时间|浏览次数|bookmark|打印本页|关闭窗口/);
    expect(texts.slice(-2)).toEqual([
      `抄送：${names.justice}。`,
      expect.stringMatching(new RegExp(`^${names.bureau}\\d{4}年\\d{1,2}月\\d{1,2}日印发$`)),
    ]);
  });

  it('takes the stamped scan at dispatch: only a real PDF within the size limit, with the reason', async () => {
    const notPdf = await scanUpload('drafter', Buffer.from('这不是PDF文件'), '盖章件.pdf').expect(400);
    expect(notPdf.body).toMatchObject({ error: 'STAMPED_SCAN_INVALID', details: { reason: 'not_pdf' } });
    const disguised = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(100)]);
    expect((await scanUpload('drafter', disguised, 'scan.pdf').expect(400)).body.details.reason).toBe(
      'not_pdf',
    );
    const huge = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(MAX_BYTES * 2, 0x20)]);
    const tooLarge = await scanUpload('drafter', huge, '盖章件.pdf').expect(400);
    expect(tooLarge.body).toMatchObject({
      error: 'STAMPED_SCAN_INVALID',
      details: { reason: 'too_large', maxBytes: MAX_BYTES },
    });
    // Nobody outside the unit's drafters uploads one.
    await scanUpload('reader', PDF, '盖章件.pdf').expect(403);
    await scanUpload('sibling', PDF, '盖章件.pdf').expect(404);

    const up = await scanUpload('drafter', PDF, '盖章扫描件.pdf').expect(201);
    expect(up.body).toMatchObject({
      reportId,
      revision: 2,
      filename: '盖章扫描件.pdf',
      sizeBytes: PDF.length,
    });
    const history = await c.drafter.history(reportId).expect(200);
    expect(history.body.events.at(-1)).toMatchObject({
      action: 'attach_stamped_scan',
      fields: { stampedScanId: up.body.id, filename: '盖章扫描件.pdf', sha256: up.body.sha256 },
    });
    expect(history.body.chain.verified).toBe(true);
  });

  it('lets those who read the report download the scan byte for byte beside the Word file', async () => {
    for (const who of ['drafter', 'reader'] as const) {
      const meta = await api.http().get(`/reports/${reportId}/stamped-scan`).set(as(who)).expect(200);
      expect(meta.body).toMatchObject({ filename: '盖章扫描件.pdf', sizeBytes: PDF.length });
      const file = await download(who, '/stamped-scan/content').expect(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(Buffer.compare(file.body as Buffer, PDF)).toBe(0);
      await download(who, '/export.docx').expect(200);
    }
    await api.http().get(`/reports/${reportId}/stamped-scan/content`).set(as('sibling')).expect(404);
  });

  it('prints no 文号, 签发人 or 印发 date of the last round on the redraft; the copy keeps what it was sent', async () => {
    await step(c.coordinator, reportId, 'return', { comment: '请补充第二部分的原因分析。' });
    const firstLine = async (who: 'drafter' | 'reader') => {
      const res = await download(who, '/export.docx').expect(200);
      const xml = await (
        await JSZip.loadAsync(res.body as Buffer)
      )
        .file('word/document.xml')!
        .async('string');
      return paragraphs(xml);
    };
    // A civil servant's walk (stop 39): the draft printed the last round's 呼交发〔…〕 and 签发人.
    const redraft = await firstLine('drafter');
    expect(redraft.join('\n')).not.toContain(DOCUMENT_NUMBER);
    expect(redraft.join('\n')).not.toContain('签发人');
    expect(redraft.join('\n')).not.toMatch(/印发$/m);
    expect(redraft).toContain(`${names.prefecture}：`);
    // On screen too: the unit sees the sign-off and 文号 on file marked as the last round's.
    const onScreen = async (who: 'drafter' | 'reader') =>
      ((await c[who].get(reportId).expect(200)).body as { deliberation: Record<string, unknown> })
        .deliberation;
    expect(await onScreen('drafter')).toMatchObject({
      documentNumber: DOCUMENT_NUMBER,
      earlierRound: { signOff: true, coSignOff: false, documentNumber: true },
    });
    // The justice bureau was sent the signed, numbered report: its copy prints it as sent.
    expect(await onScreen('reader')).toMatchObject({
      documentNumber: DOCUMENT_NUMBER,
      earlierRound: { signOff: false, documentNumber: false },
    });
    const copy = await firstLine('reader');
    expect(copy[0]).toContain(DOCUMENT_NUMBER);
    expect(copy[0]).toContain(`签发人：${names.leader}`);

    // Signed off again, not yet numbered: this round's signer, no 文号 yet.
    await step(c.drafter, reportId, 'submit');
    for (let i = 0; i < 5; i += 1) {
      const { state } = (await c.drafter.get(reportId).expect(200)).body as { state: string };
      if (state === 'dispatching') break;
      const next: Record<string, () => Promise<unknown>> = {
        dept_review: () => step(c.reviewer, reportId, 'approve'),
        legal_review: () => step(c.legal, reportId, 'approve', { fields: { opinion: '同意报送。' } }),
        party_approval: () => step(c.party, reportId, 'approve', { fields: MEETING }),
        leader_signoff: () => step(c.leader, reportId, 'sign_off'),
      };
      await next[state]();
    }
    const signed = await firstLine('drafter');
    expect(signed[0]).toContain(`签发人：${names.leader}`);
    expect(signed.join('\n')).not.toContain(DOCUMENT_NUMBER);
    expect(await onScreen('drafter')).toMatchObject({
      earlierRound: { signOff: false, documentNumber: true },
    });
  });
});
