import type { INestApplicationContext } from '@nestjs/common';
import JSZip from 'jszip';
import { startApi, startWorker } from '../support/apps';
import { completeSections } from '../support/content';
import { loadDemo, tokenFor } from '../support/demo';
import { createUnit, createUser, uniqueName, unitById } from '../support/factories';
import { waitFor } from '../support/wait';
import { reportClient, step } from './report-helpers';

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(200, 0x20)]);
const MEETING = {
  meetingBody: '党组会议',
  meetingDate: '2026-01-20',
  minutesNumber: '党组会纪要〔2026〕3号',
};
const OPINION_1 = '法律顾问意见一：第三部分表述需斟酌。';
const OPINION_2 = '法律顾问意见二：同意报送。';
const DRAFT_2_TEXT = '第二稿新增：全年办理行政处罚案件120件。';

const binary = (res: import('superagent').Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

type Client = ReturnType<typeof reportClient>;
interface HistoryEvent {
  seq: number;
  action: string;
  fromState: string | null;
  toState: string;
  revision: number;
  comment: string | null;
  fields: Record<string, unknown>;
}

/**
 * 抄送: a county department's report dispatched upward is copied to its county's justice bureau
 * (依法治县办). The copy recipient reads exactly the revisions dispatched to it, with a role that may
 * read copies; it finds copies in its 抄送 list and hears of each one; a sibling county sees nothing.
 * The steps below run in order on one report: each builds on the one before.
 */
describe('copy recipients (抄送)', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let worker: INestApplicationContext;
  const unit = {} as Record<'bureau' | 'justice' | 'siblingJustice', { id: string; name: string }>;
  const c = {} as Record<
    | 'drafter'
    | 'reviewer'
    | 'legal'
    | 'party'
    | 'leader'
    | 'coordinator'
    | 'reader'
    | 'noRole'
    | 'justiceDrafter'
    | 'sibling'
    | 'clerk',
    Client
  >;
  const token = {} as Record<keyof typeof c, string>;
  let reportId: string;
  let year: number;
  let drafterName: string;
  let prefectureName: string;
  let statutory: { main: string[]; copy: string[] };
  let attachmentBefore: string;
  let attachmentAfter: string;

  const get = (who: keyof typeof c, path: string) =>
    api.http().get(path).set('Authorization', `Bearer ${token[who]}`);
  const copies = (who: keyof typeof c, query = '') => get(who, `/reports/copies${query}`);
  const notificationsOf = async (who: keyof typeof c) =>
    (await c[who].notifications().expect(200)).body as Array<{
      kind: string;
      reportId: string | null;
      title: string;
    }>;

  beforeAll(async () => {
    api = await startApi({ env: { ATTACHMENT_DIR: '.local/test-attachments-copies' } });
    worker = await startWorker();
    const demo = await loadDemo(api.dataSource);
    // A prefecture of its own: two counties, each with a transport bureau and a justice bureau.
    const xj = await unitById(api.dataSource, demo.unitIds.xj);
    const prefecture = await createUnit(api.dataSource, xj, { kind: 'government', level: 'prefecture' });
    prefectureName = prefecture.name;
    const county = await createUnit(api.dataSource, prefecture, { kind: 'government', level: 'county' });
    const sibling = await createUnit(api.dataSource, prefecture, { kind: 'government', level: 'county' });
    unit.bureau = await createUnit(api.dataSource, county, {
      name: uniqueName('抄送测试县交通运输局'),
      kind: 'department',
      level: 'county',
    });
    unit.justice = await createUnit(api.dataSource, county, { kind: 'justice_bureau', level: 'county' });
    // The county's 县委 and its 依法治县办: the routing table's line for the bureau, named in the dialog.
    const countyParty = await createUnit(api.dataSource, county, {
      kind: 'party_committee',
      level: 'county',
    });
    const countyOffice = await createUnit(api.dataSource, countyParty, {
      kind: 'rule_of_law_office',
      level: 'county',
    });
    statutory = { main: [countyParty.name, `${county.name}人民政府`], copy: [countyOffice.name] };
    unit.siblingJustice = await createUnit(api.dataSource, sibling, {
      kind: 'justice_bureau',
      level: 'county',
    });
    const prefectureJustice = await createUnit(api.dataSource, prefecture, {
      kind: 'justice_bureau',
      level: 'prefecture',
    });
    const users = {
      drafter: await createUser(api.dataSource, unit.bureau.id, ['drafter']),
      reviewer: await createUser(api.dataSource, unit.bureau.id, ['dept_reviewer']),
      legal: await createUser(api.dataSource, unit.bureau.id, ['legal_adviser']),
      party: await createUser(api.dataSource, unit.bureau.id, ['party_approver']),
      leader: await createUser(api.dataSource, unit.bureau.id, ['unit_leader']),
      coordinator: await createUser(api.dataSource, prefectureJustice.id, [['coordinator', prefecture.id]]),
      // Like the demo's htb-sfj: the head of the county justice bureau.
      reader: await createUser(api.dataSource, unit.justice.id, ['unit_leader']),
      noRole: await createUser(api.dataSource, unit.justice.id, []),
      justiceDrafter: await createUser(api.dataSource, unit.justice.id, ['drafter']),
      sibling: await createUser(api.dataSource, unit.siblingJustice.id, ['unit_leader']),
      // Like the demo's htb-fzb: staff of another unit holding coordinator in the office copied.
      clerk: await createUser(
        api.dataSource,
        (await createUnit(api.dataSource, county, { kind: 'department', level: 'county' })).id,
        [['coordinator', unit.justice.id]],
      ),
    };
    drafterName = users.drafter.username;
    for (const [key, user] of Object.entries(users) as Array<[keyof typeof c, { username: string }]>) {
      token[key] = await tokenFor(api.http, user.username, users[key].password);
      c[key] = reportClient(api.http, token[key]);
    }
    // The units are this file's own, so a real past year is free; the meeting must fall between
    // the start of the report year and today.
    year = 2025;
    reportId = (await c.drafter.create({ unitId: unit.bureau.id, reportYear: year }).expect(201)).body.id;
    await c.drafter
      .save(reportId, { basedOnRevision: 0, sections: completeSections(unit.bureau.name, year) })
      .expect(201);
    attachmentBefore = (
      await api
        .http()
        .post(`/reports/${reportId}/attachments`)
        .set('Authorization', `Bearer ${token.drafter}`)
        .attach('file', PDF, '第一次报送的佐证.pdf')
        .expect(201)
    ).body.id;
  });
  afterAll(async () => {
    await worker?.close();
    await api?.app.close();
  });

  /** 集体审议, the principal leader's sign-off and the office's numbered dispatch (default v2). */
  async function deliberateAndDispatch(documentNumber: string, minutesNumber = MEETING.minutesNumber) {
    await step(c.party, reportId, 'approve', { fields: { ...MEETING, minutesNumber } });
    await step(c.leader, reportId, 'sign_off');
    await step(c.drafter, reportId, 'dispatch', { fields: { documentNumber } });
  }

  it('before the report is dispatched there is no copy: not in the list, not readable', async () => {
    await step(c.drafter, reportId, 'submit');
    await step(c.reviewer, reportId, 'approve');
    await step(c.legal, reportId, 'approve', { fields: { opinion: OPINION_1 } });
    expect((await copies('reader').expect(200)).body).toEqual([]);
    await c.reader.get(reportId).expect(404);
    // The dispatch dialog says before 确定 whom it goes to: the unit above decides, the office is copied;
    // the government named as the 公文 names it (external QA, stop 53). No notice asks for the report,
    // so it also says whom the routing table has the bureau report to (a walk, stop 57).
    const addressees = await get('leader', `/reports/${reportId}/addressees`).expect(200);
    expect(addressees.body).toEqual({
      main: [`${prefectureName}人民政府`],
      copy: [unit.justice.name],
      statutory,
      writtenInText: null,
    });
    await get('reader', `/reports/${reportId}/addressees`).expect(404);
    await get('reader', `/reports/${reportId}/history`).expect(404);
  });

  it('the first dispatch puts the copy in the 抄送 list and notifies the copy reader only', async () => {
    await deliberateAndDispatch('抄测发〔2026〕1号');
    const list = await copies('reader').expect(200);
    expect(list.body).toEqual([
      expect.objectContaining({
        id: reportId,
        unit: { id: unit.bureau.id, name: unit.bureau.name },
        reportYear: year,
        state: 'submitted',
        stateLabel: '已报送',
        // No campaign asked for it: the regulation's copy to the rule-of-law office is a 抄送.
        receivedAs: 'copy',
        copy: expect.objectContaining({ revision: 1, dispatchCount: 1 }),
      }),
    ]);
    expect((await copies('reader', '?receivedAs=copy').expect(200)).body).toHaveLength(1);
    // Whom a dispatch goes to is for those who read the report in full; the copy's 公文 names them.
    expect((await get('reader', `/reports/${reportId}/addressees`).expect(403)).body.error).toBe(
      'ROLE_REQUIRED',
    );
    expect((await copies('reader', '?receivedAs=main').expect(200)).body).toEqual([]);
    const copied = await waitFor('the copy notification', async () => {
      const found = (await notificationsOf('reader')).filter((n) => n.kind === 'copied');
      return found.length > 0 && found;
    });
    expect(copied).toEqual([
      expect.objectContaining({
        reportId,
        title: expect.stringMatching(/^抄送：/),
        // 版, as every page of the console counts revisions (a walk, stop 42: the message said 第1稿).
        body: expect.stringMatching(/报送的报告（第 1 版）已抄送你单位，可在“收到的报告”中查阅$/),
      }),
    ]);
    // The coordinator's own notification for the same event arrived too, so the job has run:
    // nobody else at the justice bureau, and nobody at the sibling county, heard of the copy.
    await waitFor('the coordinator notification', async () =>
      (await notificationsOf('coordinator')).some((n) => n.reportId === reportId),
    );
    expect(await notificationsOf('noRole')).toEqual([]);
    expect(await notificationsOf('justiceDrafter')).toEqual([]);
    expect(await notificationsOf('sibling')).toEqual([]);
  });

  it('staff of another unit coordinating in the copied office list its copies, each saying where it went', async () => {
    // They got 403 before (penetration test, stop 39): the list looked only at their own unit.
    const list = await copies('clerk').expect(200);
    expect(list.body).toEqual([
      expect.objectContaining({
        id: reportId,
        receivedBy: { id: unit.justice.id, name: unit.justice.name },
        receivedAs: 'copy',
      }),
    ]);
    expect((await copies('reader').expect(200)).body[0].receivedBy).toEqual({
      id: unit.justice.id,
      name: unit.justice.name,
    });
    // They read it as the office does (the revision dispatched), and were told of it.
    const read = await get('clerk', `/reports/${reportId}`).expect(200);
    expect(read.body.currentRevision).toBe(1);
    await get('clerk', `/reports/${reportId}/revisions/1`).expect(200);
    const told = await waitFor('the clerk’s copy notification', async () => {
      const found = (await notificationsOf('clerk')).filter((n) => n.kind === 'copied');
      return found.length > 0 && found;
    });
    expect(told).toEqual([expect.objectContaining({ reportId, title: expect.stringMatching(/^抄送：/) })]);
  });

  it('a sibling county’s justice bureau sees nothing: empty list, 404 everywhere', async () => {
    expect((await copies('sibling').expect(200)).body).toEqual([]);
    for (const path of ['', '/revisions', '/revisions/1', '/history', '/attachments', '/export.docx']) {
      const res = await get('sibling', `/reports/${reportId}${path}`).expect(404);
      expect(res.body).toMatchObject({
        statusCode: 404,
        error: 'REPORT_NOT_FOUND',
        message: 'Report not found',
      });
    }
  });

  it('a member of the copied office without a copy-reading role gets 403 naming the role', async () => {
    for (const who of ['noRole', 'justiceDrafter'] as const) {
      const list = await copies(who).expect(403);
      expect(list.body).toMatchObject({
        error: 'ROLE_REQUIRED',
        message: expect.stringContaining('report.read-copy needs the role unit_leader or coordinator'),
      });
      for (const path of [
        '',
        '/revisions',
        '/revisions/1',
        '/diff?from=1&to=1',
        '/history',
        '/attachments',
        `/attachments/${attachmentBefore}/content`,
        '/export.docx',
        '/follow-through',
      ]) {
        const res = await get(who, `/reports/${reportId}${path}`).expect(403);
        expect(res.body).toMatchObject({
          error: 'ROLE_REQUIRED',
          message: expect.stringContaining(`unit_leader or coordinator in ${unit.justice.name}`),
        });
      }
    }
  });

  it('after a return, the copy reader still reads only the dispatched revision 1', async () => {
    // Asking for re-deliberation sends the revision through the whole internal chain again.
    await step(c.coordinator, reportId, 'return', {
      comment: '请补充行政执法数据。',
      fields: { needsRedeliberation: 'true' },
    });
    const draft = completeSections(unit.bureau.name, year);
    await c.drafter
      .save(reportId, {
        basedOnRevision: 1,
        title: '第二稿标题',
        sections: { ...draft, measures: `${draft.measures}\n${DRAFT_2_TEXT}` },
      })
      .expect(201);
    attachmentAfter = (
      await api
        .http()
        .post(`/reports/${reportId}/attachments`)
        .set('Authorization', `Bearer ${token.drafter}`)
        .attach('file', PDF, '退回后补充.pdf')
        .expect(201)
    ).body.id;
    await step(c.drafter, reportId, 'submit');
    await step(c.reviewer, reportId, 'approve');
    await step(c.legal, reportId, 'approve', { fields: { opinion: OPINION_2 } });

    const report = await c.reader.get(reportId).expect(200);
    expect(report.body).toMatchObject({
      copyOnly: true,
      allowedActions: [],
      currentRevision: 1,
      copy: { latestRevision: 1, dispatches: [expect.objectContaining({ revision: 1 })] },
    });
    expect(report.body.title).not.toBe('第二稿标题');
    expect(report.body.sections.measures).not.toContain(DRAFT_2_TEXT);
    const revisions = await get('reader', `/reports/${reportId}/revisions`).expect(200);
    expect(revisions.body.map((r: { number: number }) => r.number)).toEqual([1]);
    // Each version names who saved it (the factory's display name is the username).
    expect(revisions.body[0].authorName).toBe(drafterName);
    await get('reader', `/reports/${reportId}/revisions/1`).expect(200);
    const later = await get('reader', `/reports/${reportId}/revisions/2`).expect(404);
    // Exactly what a revision that does not exist answers: the draft's existence is not revealed.
    const missing = await get('reader', `/reports/${reportId}/revisions/99`).expect(404);
    expect({ ...later.body, requestId: '' }).toEqual({
      ...missing.body,
      message: 'Revision 2 does not exist',
      requestId: '',
    });
    await get('reader', `/reports/${reportId}/diff?from=1&to=2`).expect(404);

    const attachments = await get('reader', `/reports/${reportId}/attachments`).expect(200);
    expect(attachments.body.map((a: { id: string }) => a.id)).toEqual([attachmentBefore]);
    await get('reader', `/reports/${reportId}/attachments/${attachmentBefore}/content`).expect(200);
    await get('reader', `/reports/${reportId}/attachments/${attachmentAfter}/content`).expect(404);

    const docx = await get('reader', `/reports/${reportId}/export.docx`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(await documentXml(docx.body as Buffer)).not.toContain(DRAFT_2_TEXT);
    const followThrough = await get('reader', `/reports/${reportId}/follow-through`).expect(200);
    expect(followThrough.body).toMatchObject({ lastYearReportId: null });

    const history = await get('reader', `/reports/${reportId}/history`).expect(200);
    const events = history.body.events as HistoryEvent[];
    expect(history.body.chain).toEqual({ verified: true });
    // The dispatch only: the report as it was sent. Not the level above's later return (the unit is
    // at work on it again: none of the copy reader's business until it is sent again), nor the unit's
    // internal review before or after.
    expect(events.map((e) => `${e.action} ${e.fromState}->${e.toState} r${e.revision}`)).toEqual([
      'dispatch dispatching->submitted r1',
    ]);
    expect(report.body).toMatchObject({ state: 'submitted', returnCount: 0, version: 1 });
    expect(JSON.stringify(history.body)).not.toContain(OPINION_1);
    expect(JSON.stringify(history.body)).not.toContain(OPINION_2);

    // The unit itself still reads everything.
    const own = await get('drafter', `/reports/${reportId}/history`).expect(200);
    expect(JSON.stringify(own.body)).toContain(OPINION_2);
    expect((await c.drafter.get(reportId).expect(200)).body.sections.measures).toContain(DRAFT_2_TEXT);
  });

  it('the second dispatch sends revision 2: now both are readable, with their diff', async () => {
    // Re-deliberated at a new meeting, with its own minutes.
    await deliberateAndDispatch('抄测发〔2026〕2号', '党组会纪要〔2026〕4号');
    const list = await copies('reader', `?reportYear=${year}`).expect(200);
    expect(list.body).toEqual([
      expect.objectContaining({
        id: reportId,
        title: '第二稿标题',
        copy: expect.objectContaining({ revision: 2, dispatchCount: 2 }),
      }),
    ]);
    const report = await c.reader.get(reportId).expect(200);
    expect(report.body).toMatchObject({ currentRevision: 2, title: '第二稿标题' });
    expect(report.body.sections.measures).toContain(DRAFT_2_TEXT);
    const revisions = await get('reader', `/reports/${reportId}/revisions`).expect(200);
    expect(revisions.body.map((r: { number: number }) => r.number)).toEqual([1, 2]);
    await get('reader', `/reports/${reportId}/diff?from=1&to=2`).expect(200);
    const attachments = await get('reader', `/reports/${reportId}/attachments`).expect(200);
    expect(attachments.body.map((a: { id: string }) => a.id)).toEqual([attachmentBefore, attachmentAfter]);
    const docx = await get('reader', `/reports/${reportId}/export.docx`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(await documentXml(docx.body as Buffer)).toContain('全年办理行政处罚案件120件');
    const history = await get('reader', `/reports/${reportId}/history`).expect(200);
    expect(
      (history.body.events as HistoryEvent[]).map((e) => `${e.action} ${e.fromState}->${e.toState}`),
    ).toEqual([
      'dispatch dispatching->submitted',
      'return submitted->drafting',
      'dispatch dispatching->submitted',
    ]);
    expect(JSON.stringify(history.body)).not.toContain(OPINION_2);
    // One notification per copy that arrived.
    await waitFor('the second copy notification', async () => {
      const copied = (await notificationsOf('reader')).filter((n) => n.kind === 'copied');
      return copied.length === 2;
    });
    // Still read-only.
    const act = await c.reader.act(reportId, { action: 'accept', expectedVersion: report.body.version });
    expect(act.status).toBe(403);
    expect((await copies('sibling').expect(200)).body).toEqual([]);
  });

  it('the 抄送 list is declared in OpenAPI with its response schema', async () => {
    const doc = (await api.http().get('/docs/openapi.json').expect(200)).body;
    const operation = doc.paths['/reports/copies'].get;
    expect(operation.parameters.map((p: { name: string }) => p.name).sort()).toEqual([
      'limit',
      'offset',
      'receivedAs',
      'reportYear',
    ]);
    const schema = operation.responses['200'].content['application/json'].schema;
    expect(schema).toEqual({ type: 'array', items: { $ref: '#/components/schemas/CopiedReport' } });
    expect(Object.keys(doc.components.schemas.CopiedReport.properties)).toEqual(
      expect.arrayContaining(['id', 'unit', 'reportYear', 'title', 'state', 'receivedAs', 'copy']),
    );
  });

  it('the 抄送 list validates its query like GET /reports', async () => {
    const bad = await copies('reader', '?limit=0').expect(400);
    expect(bad.body).toMatchObject({ error: 'VALIDATION_FAILED', message: expect.stringContaining('limit') });
    await copies('reader', '?box=all').expect(400);
    const unknown = await copies('reader', '?receivedAs=cc').expect(400);
    expect(unknown.body).toMatchObject({
      error: 'VALIDATION_FAILED',
      message: expect.stringContaining('receivedAs must be main (主送), issuer (报送'),
    });
    expect((await copies('reader', `?reportYear=${year - 1}`).expect(200)).body).toEqual([]);
  });
});

async function documentXml(docx: Buffer): Promise<string> {
  return (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
}
