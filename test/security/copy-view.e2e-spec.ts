import JSZip from 'jszip';
import { startApi } from '../support/apps';
import { completeSections } from '../support/content';
import { loadDemo, tokenFor } from '../support/demo';
import { createUnit, createUser, uniqueName, unitById } from '../support/factories';
import { reportClient, step } from '../reports/report-helpers';

const MEETING = {
  meetingBody: '党组会议',
  meetingDate: '2026-01-20',
  minutesNumber: '党组会纪要〔2026〕3号',
};
const REDRAFT = '退回后新增：全年办理行政处罚案件120件。';

type Client = ReturnType<typeof reportClient>;

const binary = (res: import('superagent').Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

/**
 * A copy recipient (抄送单位) sees a report as it was when dispatched to it (SECURITY.md, "Who may see
 * what"): once the unit takes the report back — the level above returns it, the unit redrafts,
 * reviews and signs it again, or withdraws a dispatch — every read of the copy reader answers exactly
 * what it answered before: the report, its history, the 抄送 list, the disclosure track and the
 * exported document. The steps run in order on one report.
 */
describe('a copy reader sees the report as dispatched to it', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  const c = {} as Record<
    'drafter' | 'reviewer' | 'legal' | 'party' | 'leader' | 'coordinator' | 'reader',
    Client
  >;
  const token = {} as Record<keyof typeof c, string>;
  let reportId: string;
  const year = 2025;

  const get = (who: keyof typeof c, path: string) =>
    api.http().get(path).set('Authorization', `Bearer ${token[who]}`);
  /** Everything the copy reader reads of the report, the Word export's text included. */
  const readerView = async () => {
    const docx = await get('reader', `/reports/${reportId}/export.docx`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    return {
      report: (await get('reader', `/reports/${reportId}`).expect(200)).body as Record<string, unknown>,
      history: (await get('reader', `/reports/${reportId}/history`).expect(200)).body as {
        events: Array<{ action: string; toState: string; comment: string | null }>;
      },
      copies: (await get('reader', '/reports/copies').expect(200)).body as unknown[],
      disclosure: (await get('reader', `/reports/${reportId}/disclosure`).expect(200)).body as Record<
        string,
        unknown
      >,
      document: await (await JSZip.loadAsync(docx.body as Buffer)).file('word/document.xml')!.async('string'),
    };
  };
  let sent: Awaited<ReturnType<typeof readerView>>;

  beforeAll(async () => {
    api = await startApi();
    const demo = await loadDemo(api.dataSource);
    const xj = await unitById(api.dataSource, demo.unitIds.xj);
    const prefecture = await createUnit(api.dataSource, xj, { kind: 'government', level: 'prefecture' });
    const county = await createUnit(api.dataSource, prefecture, { kind: 'government', level: 'county' });
    const bureau = await createUnit(api.dataSource, county, {
      name: uniqueName('抄送视图县交通运输局'),
      kind: 'department',
      level: 'county',
    });
    const justice = await createUnit(api.dataSource, county, { kind: 'justice_bureau', level: 'county' });
    const prefectureJustice = await createUnit(api.dataSource, prefecture, {
      kind: 'justice_bureau',
      level: 'prefecture',
    });
    const users = {
      drafter: await createUser(api.dataSource, bureau.id, ['drafter']),
      reviewer: await createUser(api.dataSource, bureau.id, ['dept_reviewer']),
      legal: await createUser(api.dataSource, bureau.id, ['legal_adviser']),
      party: await createUser(api.dataSource, bureau.id, ['party_approver']),
      leader: await createUser(api.dataSource, bureau.id, ['unit_leader']),
      coordinator: await createUser(api.dataSource, prefectureJustice.id, [['coordinator', prefecture.id]]),
      reader: await createUser(api.dataSource, justice.id, ['unit_leader']),
    };
    for (const [key, user] of Object.entries(users) as Array<
      [keyof typeof c, { username: string; password: string }]
    >) {
      token[key] = await tokenFor(api.http, user.username, user.password);
      c[key] = reportClient(api.http, token[key]);
    }
    reportId = (await c.drafter.create({ unitId: bureau.id, reportYear: year }).expect(201)).body.id;
    await c.drafter
      .save(reportId, { basedOnRevision: 0, title: '第一稿', sections: completeSections(bureau.name, year) })
      .expect(201);
  });
  afterAll(async () => {
    await api?.app.close();
  });

  /** The unit's whole internal chain, then the numbered dispatch upward (default v2). */
  async function reviewAndDispatch(documentNumber: string) {
    await step(c.drafter, reportId, 'submit');
    await step(c.reviewer, reportId, 'approve');
    await step(c.legal, reportId, 'approve', { fields: { opinion: '同意。' } });
    await step(c.party, reportId, 'approve', { fields: MEETING });
    await step(c.leader, reportId, 'sign_off');
    await step(c.drafter, reportId, 'dispatch', { fields: { documentNumber } });
  }

  it('on dispatch the copy reader sees the report as sent: revision 1, submitted, one dispatch', async () => {
    await reviewAndDispatch('抄视发〔2026〕1号');
    // The unit records its 保密审查 (the disclosure track's first step): the unit's own business.
    const disclosure = (await get('leader', `/reports/${reportId}/disclosure`).expect(200)).body;
    await api
      .http()
      .post(`/reports/${reportId}/disclosure/review`)
      .set('Authorization', `Bearer ${token.leader}`)
      .send({ expectedVersion: disclosure.version, conclusion: 'cleared' })
      .expect(200);
    sent = await readerView();
    const dispatchedAt = (sent.report.copy as { latestDispatchedAt: string }).latestDispatchedAt;
    expect(sent.report).toMatchObject({
      state: 'submitted',
      currentRevision: 1,
      title: '第一稿',
      version: 1,
      returnCount: 0,
      updatedAt: dispatchedAt,
      stageDueAt: null,
      dueAt: null,
      copyOnly: true,
      copy: { latestRevision: 1, asDispatched: true },
    });
    expect(sent.history.events.map((e) => `${e.action}->${e.toState}`)).toEqual(['dispatch->submitted']);
    expect(sent.copies).toEqual([expect.objectContaining({ id: reportId, state: 'submitted' })]);
    // The 保密审查 is the unit's internal review: not the copy reader's.
    expect(sent.disclosure).toMatchObject({ status: 'not_started', version: 0, review: null });
    expect(sent.document).toContain('抄视发〔2026〕1号');
  });

  it('a return from above, the redraft and its whole internal review change nothing the copy reader reads', async () => {
    await step(c.coordinator, reportId, 'return', {
      comment: '请补充行政执法数据。',
      fields: { needsRedeliberation: 'true' },
    });
    expect(await readerView()).toEqual(sent);
    const { sections } = (await c.drafter.get(reportId).expect(200)).body;
    await c.drafter
      .save(reportId, {
        basedOnRevision: 1,
        title: '第二稿',
        sections: { ...sections, measures: `${sections.measures}\n${REDRAFT}` },
      })
      .expect(201);
    await step(c.drafter, reportId, 'submit');
    // One return inside the unit too: the unit's own review, never the copy reader's to count.
    await step(c.reviewer, reportId, 'return', { comment: '内部：数据口径请与统计局核对。' });
    await step(c.drafter, reportId, 'submit');
    await step(c.reviewer, reportId, 'approve');
    await step(c.legal, reportId, 'approve', { fields: { opinion: '同意。' } });
    await step(c.party, reportId, 'approve', {
      fields: { ...MEETING, minutesNumber: '党组会纪要〔2026〕4号' },
    });
    await step(c.leader, reportId, 'sign_off');
    expect(await readerView()).toEqual(sent);
    // The unit itself reads it live: both returns counted, the redraft where it stands.
    expect((await c.drafter.get(reportId).expect(200)).body).toMatchObject({
      state: 'dispatching',
      currentRevision: 2,
      returnCount: 2,
    });
  });

  it('the next dispatch is what changes the copy reader’s view; withdrawing it then changes nothing', async () => {
    await step(c.drafter, reportId, 'dispatch', { fields: { documentNumber: '抄视发〔2026〕2号' } });
    const second = await readerView();
    expect(second.report).toMatchObject({
      state: 'submitted',
      currentRevision: 2,
      title: '第二稿',
      version: 2,
      returnCount: 1,
      copy: { latestRevision: 2, asDispatched: true },
    });
    expect(second.history.events.map((e) => `${e.action}->${e.toState}`)).toEqual([
      'dispatch->submitted',
      'return->drafting',
      'dispatch->submitted',
    ]);
    // The return from above stays a step (it explains the second dispatch); its reasons were written
    // to the unit by the level above, not to the copy reader (a civil servant's walk, stop 42).
    expect(second.history.events[1]).toMatchObject({ action: 'return', comment: null });
    expect(JSON.stringify(second)).not.toContain('请补充行政执法数据');
    expect(JSON.stringify(second)).not.toContain('数据口径');
    expect(second.document).toContain('抄视发〔2026〕2号');
    // The unit takes the dispatch back (撤回): re-opened, it is none of the copy reader's business.
    await step(c.drafter, reportId, 'withdraw');
    expect((await c.drafter.get(reportId).expect(200)).body.state).toBe('dispatching');
    expect(await readerView()).toEqual(second);
  });
});
