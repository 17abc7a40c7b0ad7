import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, unitById } from '../support/factories';
import { paragraphTexts, readPart } from '../../libs/content/test/docx';
import { at, campaignClient } from './campaign-helpers';
import { randomBytes } from 'node:crypto';

interface NoticeBody {
  version: number;
  addressees: string[];
  copiesTo: string[];
}

/**
 * The 通报's 主送 and 抄送 (#18, GB/T 9704). A sandbox prefecture (its name ends in 州, as the
 * offices' words are read from names) issues a campaign to two 县, one 县级市 and one of its own
 * bureaus (report year 2097, unused elsewhere: the years meant for this work, 2111-2115, are above
 * the API's bound of 2100). The stored draft is addressed 各县（市）依法治县（市）办、州直各部门 and
 * copied to 州委、州政府; the office edits both lists (bounds checked, an edit that leaves them out
 * keeps them) and the .docx prints 主送 right after the title and 抄送 in the 版记, just above the
 * 印发 line.
 */
describe('the 通报 is addressed (主送) and copied (抄送) as a 依法治州办 sends it', () => {
  const clock = new ManualClock(at('2098-01-10'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let coordinator: string;
  let campaignId: string;
  let prefectureName: string;
  const tag = randomBytes(3).toString('hex');

  const office = async () => {
    const auth = { Authorization: `Bearer ${await tokenFor(api.http, coordinator, FACTORY_PASSWORD)}` };
    const path = `/campaigns/${campaignId}/notice`;
    return {
      read: () => api.http().get(path).set(auth),
      create: () => api.http().post(path).set(auth),
      edit: (body: object) => api.http().put(path).set(auth).send(body),
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
    };
  };

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    const demo = await loadDemo(api.dataSource);
    const xj = await unitById(api.dataSource, demo.unitIds.xj);
    prefectureName = `通报${tag}州`;
    const prefecture = await createUnit(api.dataSource, xj, {
      kind: 'government',
      level: 'prefecture',
      name: prefectureName,
    });
    const targets = [
      await createUnit(api.dataSource, prefecture, {
        kind: 'government',
        level: 'county',
        name: `甲${tag}县`,
      }),
      await createUnit(api.dataSource, prefecture, {
        kind: 'government',
        level: 'county',
        name: `乙${tag}县`,
      }),
      await createUnit(api.dataSource, prefecture, {
        kind: 'government',
        level: 'county',
        name: `丙${tag}市`,
      }),
      await createUnit(api.dataSource, prefecture, {
        kind: 'department',
        level: 'prefecture',
        name: `通报${tag}州交通运输局`,
      }),
    ];
    coordinator = (await createUser(api.dataSource, prefecture.id, ['coordinator'])).username;
    const issued = await campaignClient(api.http, await tokenFor(api.http, coordinator, FACTORY_PASSWORD))
      .issue({
        reportYear: 2097,
        title: '关于报送2097年度法治政府建设年度报告的通知',
        body: '请于2月27日前报送。',
        dueDate: '2098-02-27',
        targets: { unitIds: targets.map((t) => t.id) },
        recipients: { main: [prefecture.id] },
      })
      .expect(201);
    campaignId = issued.body.id;
    clock.set(at('2098-03-05'));
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('stores the draft addressed to the counties’ offices and the prefecture’s bureaus, copied to 州委 and 州政府', async () => {
    const created = (await (await office()).create().expect(201)).body as NoticeBody;
    expect(created.addressees).toEqual(['各县（市）依法治县（市）办', '州直各部门']);
    expect(created.copiesTo).toEqual(['州委', '州政府']);
  });

  it('edits both lists with the version read, within bounds; an edit without them keeps them', async () => {
    const o = await office();
    const current = (await o.read().expect(200)).body as NoticeBody & {
      title: string;
      paragraphs: string[];
      namedUnits: Array<{ id: string }>;
    };
    const text = {
      title: current.title,
      documentNumber: `通报${tag}州依法办〔2098〕3号`,
      paragraphs: current.paragraphs,
      namedUnitIds: current.namedUnits.map((u) => u.id),
    };
    const invalid = await o.edit({
      ...text,
      expectedVersion: 1,
      addressees: [' '],
      copiesTo: ['州委', '字'.repeat(101)],
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error).toBe('VALIDATION_FAILED');
    // A title or a 主送 line that reads as another text once displayed (a direction override, a
    // zero-width space: penetration test, stop 47) is refused, and says which field to retype.
    for (const odd of [
      { title: `${current.title}\u202e告通` },
      { documentNumber: `州依法办〔2098〕\u200b3号` },
      { addressees: ['各县（市）依法治县（市）办\u2066'] },
      { copiesTo: ['\ufeff州委'] },
    ]) {
      const refused = await o.edit({ ...text, expectedVersion: 1, addressees: ['州直各部门'], ...odd });
      expect(refused.status).toBe(400);
      expect(refused.body.error).toBe('VALIDATION_FAILED');
      expect(refused.body.message).toContain('must not contain invisible characters');
    }
    const empty = await o.edit({ ...text, expectedVersion: 1, addressees: [' '], copiesTo: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.details.violations).toEqual([
      { field: 'addressees', message: 'at least one 主送 unit' },
    ]);

    const edited = (
      await o
        .edit({
          ...text,
          expectedVersion: 1,
          addressees: ['各县（市）依法治县（市）办', '州直各部门', ' 州直各部门 '],
          copiesTo: ['州委', '州人大常委会办公室', '州政府'],
        })
        .expect(200)
    ).body as NoticeBody;
    expect(edited).toMatchObject({
      version: 2,
      addressees: ['各县（市）依法治县（市）办', '州直各部门'],
      copiesTo: ['州委', '州人大常委会办公室', '州政府'],
    });
    const kept = (await o.edit({ ...text, expectedVersion: 2 }).expect(200)).body as NoticeBody;
    expect(kept).toMatchObject({ version: 3, copiesTo: ['州委', '州人大常委会办公室', '州政府'] });
    const stale = await o.edit({ ...text, expectedVersion: 2, copiesTo: [] });
    expect(stale.body).toMatchObject({ error: 'NOTICE_STALE_VERSION', details: { currentVersion: 3 } });
  });

  it('prints 主送 after the title and 抄送 in the 版记 above the 印发 line (GB/T 9704 order)', async () => {
    const res = await (await office()).docx().expect(200);
    const paragraphs = paragraphTexts(await readPart(res.body as Buffer, 'word/document.xml'));
    expect(paragraphs.slice(0, 3)).toEqual([
      `通报${tag}州依法办〔2098〕3号`,
      '关于2097年度法治政府建设年度报告报送情况的通报',
      '各县（市）依法治县（市）办、州直各部门：',
    ]);
    expect(paragraphs.slice(-2)).toEqual([
      '抄送：州委，州人大常委会办公室，州政府。',
      `${prefectureName}依法治州办2098年3月5日印发`,
    ]);
  });
});
