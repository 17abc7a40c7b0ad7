import type { INestApplicationContext } from '@nestjs/common';
import { ManualClock } from '@app/common';
import { drainQueues, startApi, startWorker } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { completeSections } from '../support/content';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName, unitById } from '../support/factories';
import { paragraphTexts, readPart } from '../../libs/content/test/docx';
import { NoticeIssuedHandler } from '../../apps/worker/src/notifications/notice-issued.handler';
import { reportOfUnit } from '../reports/disclosure-helpers';
import { reportClient } from '../reports/report-helpers';
import { at, campaignClient, MEETING, reviewChainUser, submitThroughChain } from './campaign-helpers';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface NoticeBody {
  status: 'draft' | 'issued';
  version: number;
  title: string;
  documentNumber: string | null;
  paragraphs: string[];
  namedUnits: Array<{ id: string; name: string }>;
  issuedOn: string | null;
  canEdit: boolean;
}

/**
 * The stored 通报 (#18 item 4). A sandbox county's office issues a campaign (report year 2061, this
 * file's alone) to three bureaus due 27 February 2062; the water bureau dispatches on time, the roads
 * and forest bureaus never do. On 5 March the office stores the generated draft (both silent bureaus
 * named), edits it (文号, a sentence, the forest bureau taken off the list), downloads it as a 公文 and
 * issues it: the drafters and admins of the three bureaus it is sent to are notified once (the roads
 * bureau, still named, to put things right), and they read the issued 通报; a stranger does not.
 */
describe('the 通报 is stored, edited, exported and issued by the issuing office', () => {
  const clock = new ManualClock(at('2062-01-10'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let worker: INestApplicationContext;
  const names = {
    water: uniqueName('通报县水务局'),
    roads: uniqueName('通报县交通运输局'),
    forest: uniqueName('通报县林业局'),
  };
  type Key = keyof typeof names;
  const bureaus = {} as Record<Key, { id: string; drafter: string; admin: string; reviewer: string }>;
  let countyName: string;
  let countyId: string;
  let campaignId: string;
  let coordinator: string;
  let strangerCoordinator: string;
  const login = (username: string) => tokenFor(api.http, username, FACTORY_PASSWORD);
  const as = async (username: string) => {
    const auth = { Authorization: `Bearer ${await login(username)}` };
    const path = `/campaigns/${campaignId}/notice`;
    return {
      read: () => api.http().get(path).set(auth),
      create: () => api.http().post(path).set(auth),
      edit: (body: object) => api.http().put(path).set(auth).send(body),
      issue: (body: object, key?: string) =>
        api
          .http()
          .post(`${path}/issue`)
          .set(key ? { ...auth, 'Idempotency-Key': key } : auth)
          .send(body),
      docx: () =>
        api
          .http()
          .get(`${path}.docx`)
          .set(auth)
          .buffer(true)
          .parse((r, done) => {
            const chunks: Buffer[] = [];
            r.on('data', (c: Buffer) => chunks.push(c));
            r.on('end', () => done(null, Buffer.concat(chunks)));
          }),
      notifications: () => campaignClient(api.http, auth.Authorization.slice(7)).notifications(),
    };
  };

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    worker = await startWorker({ clock });
    const demo = await loadDemo(api.dataSource);
    const xj = await unitById(api.dataSource, demo.unitIds.xj);
    countyName = uniqueName('通报县');
    const county = await createUnit(api.dataSource, xj, {
      kind: 'government',
      level: 'county',
      name: countyName,
    });
    for (const key of Object.keys(names) as Key[]) {
      const unit = await createUnit(api.dataSource, county, {
        kind: 'department',
        level: 'county',
        name: names[key],
      });
      const drafter = await createUser(api.dataSource, unit.id, ['drafter']);
      const admin = await createUser(api.dataSource, unit.id, ['admin']);
      const reviewer = await reviewChainUser(api.dataSource, unit.id, uniqueName('notice-chain'));
      bureaus[key] = {
        id: unit.id,
        drafter: drafter.username,
        admin: admin.username,
        reviewer: reviewer.username,
      };
    }
    countyId = county.id;
    coordinator = (await createUser(api.dataSource, county.id, ['coordinator'])).username;
    const otherCounty = await createUnit(api.dataSource, xj, { kind: 'government', level: 'county' });
    strangerCoordinator = (await createUser(api.dataSource, otherCounty.id, ['coordinator'])).username;
    const issued = await campaignClient(api.http, await login(coordinator))
      .issue({
        reportYear: 2061,
        title: '关于报送2061年度法治政府建设年度报告的通知',
        documentNumber: '通报县依法办〔2062〕1号',
        body: '请各部门于2月27日前报送。',
        dueDate: '2062-02-27',
        targets: { unitIds: [bureaus.water.id, bureaus.roads.id, bureaus.forest.id] },
        recipients: { main: [county.id] },
      })
      .expect(201);
    campaignId = issued.body.id;

    clock.set(at('2062-02-10'));
    const reportId = await reportOfUnit(api.dataSource, campaignId, bureaus.water.id);
    const drafter = reportClient(api.http, await login(bureaus.water.drafter));
    const reviewer = reportClient(api.http, await login(bureaus.water.reviewer));
    await drafter
      .save(reportId, { basedOnRevision: 0, sections: completeSections(names.water, 2061) })
      .expect(201);
    await submitThroughChain(drafter, reviewer, reportId, { ...MEETING, meetingDate: '2062-02-05' });
    clock.set(at('2062-03-05'));
  });
  afterAll(async () => {
    await worker?.close();
    await api?.app.close();
  });

  it('stores the generated draft once, for the issuing office only', async () => {
    const roadsDrafter = await as(bureaus.roads.drafter);
    expect((await roadsDrafter.read()).body.error).toBe('NOTICE_NOT_FOUND');
    const office = await as(coordinator);
    expect((await office.read()).status).toBe(404);
    // A target's drafter is told the role it lacks; another county's coordinator does not learn of the campaign.
    expect((await roadsDrafter.create()).status).toBe(403);
    expect((await (await as(strangerCoordinator)).create()).status).toBe(404);

    const created = await office.create().expect(201);
    const body = created.body as NoticeBody;
    expect(body).toMatchObject({ status: 'draft', version: 1, documentNumber: null, canEdit: true });
    expect(body.title).toBe('关于2061年度法治政府建设年度报告报送情况的通报');
    // Each unit's score, then the category: the two silent bureaus at 100 less 10 for not reporting.
    expect(body.paragraphs).toContain(
      `按本次报送任务的评分规则（满分100分），各单位得分：${names.water}100分、${names.roads}90分、${names.forest}90分。`,
    );
    expect(body.paragraphs).toContain('三、逾期未报送的单位');
    expect(body.paragraphs).toContain(`${names.roads}、${names.forest}。`);
    expect(body.namedUnits).toEqual([
      { id: bureaus.roads.id, name: names.roads },
      { id: bureaus.forest.id, name: names.forest },
    ]);
    const again = await office.create();
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: 'NOTICE_EXISTS', details: { status: 'draft', version: 1 } });
    // The draft stays the office's: the named unit does not read it yet.
    expect((await roadsDrafter.read()).status).toBe(404);
  });

  it('edits the draft on the version read, within bounds, naming only units the campaign asked', async () => {
    const office = await as(coordinator);
    const current = (await office.read().expect(200)).body as NoticeBody;
    const paragraphs = current.paragraphs.map((p) =>
      p === `${names.roads}、${names.forest}。` ? `${names.roads}。` : p,
    );
    const edit = {
      expectedVersion: 1,
      title: current.title,
      // Typed on a PC with square brackets: stored as the official form prints it, 〔2062〕.
      documentNumber: '通报县依法办[2062]5号',
      paragraphs: [...paragraphs, '特此通报。'],
      namedUnitIds: [bureaus.roads.id],
    };
    const invalid = await office.edit({
      ...edit,
      title: ' ',
      namedUnitIds: [bureaus.roads.id, countyId],
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error).toBe('NOTICE_INVALID');
    expect(invalid.body.details.violations.map((v: { field: string }) => v.field)).toEqual([
      'title',
      'namedUnitIds',
    ]);
    expect((await (await as(bureaus.roads.drafter)).edit(edit)).status).toBe(403);

    const edited = (await office.edit(edit).expect(200)).body as NoticeBody;
    expect(edited).toMatchObject({ version: 2, documentNumber: '通报县依法办〔2062〕5号' });
    const [stored] = await api.dataSource.query(
      'SELECT document_number FROM campaign_notices WHERE campaign_id = ?',
      [campaignId],
    );
    expect(stored.document_number).toBe('通报县依法办〔2062〕5号');
    expect(edited.namedUnits.map((u) => u.id)).toEqual([bureaus.roads.id]);
    expect(edited.paragraphs.at(-1)).toBe('特此通报。');
    const stale = await office.edit({ ...edit, title: '另一个标题' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: 'NOTICE_STALE_VERSION', details: { currentVersion: 2 } });
  });

  it('downloads the 通报 as a 公文: 文号, title, the unit named with its fact, the office and the date', async () => {
    const res = await (await as(coordinator)).docx().expect(200);
    expect(res.headers['content-type']).toBe(DOCX);
    const xml = await readPart(res.body as Buffer, 'word/document.xml');
    const paragraphs = paragraphTexts(xml);
    expect(paragraphs.slice(0, 3)).toEqual([
      '通报县依法办〔2062〕5号',
      '关于2061年度法治政府建设年度报告报送情况的通报',
      // A county's office writing to its own bureaus: 县直各部门, copied to 县委 and 县政府.
      '县直各部门：',
    ]);
    expect(paragraphs.slice(-2)).toEqual(['抄送：县委，县政府。', `${countyName}依法治县办2062年3月5日印发`]);
    expect(paragraphs).toContain('三、逾期未报送的单位');
    expect(paragraphs[paragraphs.indexOf('三、逾期未报送的单位') + 1]).toBe(`${names.roads}。`);
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        `${countyName}依法治县办`,
        '2062年3月5日',
        `${countyName}依法治县办2062年3月5日印发`,
      ]),
    );
    // The title in the 方正小标宋 title style, the body in 仿宋 (word/styles.xml holds the fonts).
    expect(xml).toMatch(/<w:pStyle w:val="Title"\/><\/w:pPr><w:r><w:t[^>]*>关于2061年度/);
    const styles = await readPart(res.body as Buffer, 'word/styles.xml');
    expect(styles).toContain('方正小标宋简体');
    expect(styles).toContain('仿宋_GB2312');
  });

  it('refuses 印发 while a unit has not reported and is not due yet, naming how many and until when', async () => {
    // A walk (stop 44) issued it six weeks early: it named nobody, and the one 通报 of the year was gone.
    // Here two bureaus' dates are moved past today (straight in the database, as a factory does).
    const shift = (days: number) =>
      api.dataSource.query(
        'UPDATE campaign_targets SET due_date = DATE_ADD(due_date, INTERVAL ? DAY) WHERE campaign_id = ? AND unit_id IN (?, ?)',
        [days, campaignId, bureaus.roads.id, bureaus.forest.id],
      );
    await shift(30);
    try {
      const office = await as(coordinator);
      const early = await office.issue({ expectedVersion: 2 });
      expect(early.status).toBe(409);
      expect(early.body).toMatchObject({
        error: 'NOTICE_TOO_EARLY',
        details: { notYetDue: 2, latestDueDate: '2062-03-29' },
      });
      // The office reads it beforehand, with the draft (a walk, stop 49: 印发 was confirmed, then refused).
      const draft = (await office.read().expect(200)).body as NoticeBody & { notYetDue: unknown };
      expect(draft).toMatchObject({ status: 'draft', notYetDue: { count: 2, latestDueDate: '2062-03-29' } });
    } finally {
      await shift(-30);
    }
  });

  it('issues once with an Idempotency-Key, records it, and notifies the named unit’s drafter and admin once', async () => {
    const office = await as(coordinator);
    clock.set(at('2062-03-06'));
    // A malformed key is refused before anything is written.
    expect((await office.issue({ expectedVersion: 2 }, 'bad key!')).status).toBe(400);
    expect(((await office.read().expect(200)).body as NoticeBody).status).toBe('draft');
    expect(((await office.read().expect(200)).body as { notYetDue: unknown }).notYetDue).toEqual({
      count: 0,
      latestDueDate: null,
    });
    // Before 1 April nobody has published: issued now, the one 通报 could never name who fails to
    // (scenario test, stop 53). The office reads it beforehand, and issues only if it confirms.
    expect(
      ((await office.read().expect(200)).body as { disclosureNotYetDue: unknown }).disclosureNotYetDue,
    ).toEqual({ count: 3, disclosureDate: '2062-04-01' });
    const beforeDisclosure = await office.issue({ expectedVersion: 2 }, 'notice-issue-2061-early');
    expect(beforeDisclosure.status).toBe(409);
    expect(beforeDisclosure.body).toMatchObject({
      error: 'NOTICE_BEFORE_DISCLOSURE_DATE',
      details: { notPublished: 3, disclosureDate: '2062-04-01' },
    });
    expect(((await office.read().expect(200)).body as NoticeBody).status).toBe('draft');
    const confirmed = { expectedVersion: 2, confirmBeforeDisclosureDate: true };
    const issued = (await office.issue(confirmed, 'notice-issue-2061-a').expect(200)).body as NoticeBody;
    expect(issued).toMatchObject({ status: 'issued', version: 3, issuedOn: '2062-03-06', canEdit: false });
    // The same request again gets the first answer; another issue or an edit finds it issued.
    expect((await office.issue(confirmed, 'notice-issue-2061-a').expect(200)).body).toEqual(issued);
    // The same key for another request is refused, not answered with the first response.
    const reused = await office.issue({ expectedVersion: 3 }, 'notice-issue-2061-a');
    expect(reused.body.error).toBe('IDEMPOTENCY_KEY_REUSED');
    const twice = await office.issue({ expectedVersion: 3 });
    expect(twice.body).toMatchObject({ error: 'NOTICE_ALREADY_ISSUED', details: { issuedOn: '2062-03-06' } });
    const edit = await office.edit({
      expectedVersion: 3,
      title: '改',
      documentNumber: null,
      paragraphs: ['改'],
      namedUnitIds: [],
    });
    expect(edit.status).toBe(409);
    expect(edit.body.error).toBe('NOTICE_ALREADY_ISSUED');

    const events = (
      await campaignClient(api.http, await login(coordinator))
        .events(campaignId)
        .expect(200)
    ).body as Array<{
      action: string;
      details: Record<string, unknown>;
    }>;
    expect(events.map((e) => e.action).filter((a) => a.startsWith('notice_'))).toEqual([
      'notice_drafted',
      'notice_edited',
      'notice_issued',
    ]);

    await drainQueues(worker);
    // Run twice: the handler re-run delivers nothing more.
    const rerun = await worker.get(NoticeIssuedHandler).handle({ campaignId, noticeVersion: 3 });
    expect(rerun.status).toBe('skipped');
    // The principal leader too (a walk, stop 52: the 整改 asked reached only drafters and admins).
    for (const username of [bureaus.roads.drafter, bureaus.roads.admin, bureaus.roads.reviewer]) {
      const mine = (
        (await (await as(username)).notifications().expect(200)).body as Array<{
          kind: string;
          campaignId: string | null;
          title: string;
          body: string;
        }>
      ).filter((n) => n.kind === 'notice_issued');
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({
        campaignId,
        title: '通报：关于2061年度法治政府建设年度报告报送情况的通报',
      });
      expect(mine[0].body).toContain('《关于报送2061年度法治政府建设年度报告的通知》');
      // From the office that issued it (依法治县办), not the county government it belongs to.
      expect(mine[0].body).toContain(`${countyName}依法治县办已印发`);
      expect(mine[0].body).toContain('你单位在通报之列，请查阅通报全文并认真整改。');
    }
    // The unit taken off the named list is still one the 通报 is sent to (主送 县直各部门): it hears of
    // it, without the call to 整改, and reads it (a walk, stop 51: it heard nothing and got 404).
    for (const username of [bureaus.forest.drafter, bureaus.water.admin]) {
      const reader = await as(username);
      const messages = (
        (await reader.notifications().expect(200)).body as Array<{ kind: string; body: string }>
      ).filter((n) => n.kind === 'notice_issued');
      expect(messages).toHaveLength(1);
      expect(messages[0].body).toContain('请查阅通报全文。');
      expect(messages[0].body).not.toContain('整改');
      expect((await reader.read().expect(200)).body).toMatchObject({ status: 'issued', canEdit: false });
    }
    // Not an outside lawyer's limited account in such a unit: the 通报 carries every unit's score.
    const lawyer = await createUser(api.dataSource, bureaus.water.id, ['legal_adviser']);
    expect((await (await as(lawyer.username)).read()).status).toBe(404);
  });

  it('lets the named unit read and download the issued 通报, without the right to change it', async () => {
    const roads = await as(bureaus.roads.admin);
    const read = (await roads.read().expect(200)).body as NoticeBody;
    expect(read).toMatchObject({ status: 'issued', canEdit: false, issuedOn: '2062-03-06' });
    const xml = await readPart((await roads.docx().expect(200)).body as Buffer, 'word/document.xml');
    expect(paragraphTexts(xml)).toContain(`${countyName}依法治县办2062年3月6日印发`);
    expect((await roads.issue({ expectedVersion: 3 })).status).toBe(403);
    expect((await (await as(strangerCoordinator)).read()).status).toBe(404);
  });
});
