import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { completeSections } from '../support/content';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName, unitById } from '../support/factories';
import { paragraphTexts, readPart } from '../../libs/content/test/docx';
import { reportOfUnit } from '../reports/disclosure-helpers';
import { reportClient } from '../reports/report-helpers';
import {
  at as chinaTime,
  campaignClient,
  MEETING,
  reviewChainUser,
  submitThroughChain,
} from './campaign-helpers';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * 素材汇编 (#18 item 8): a county's office issues a campaign (report year 2057, this file's alone) to three
 * sandbox bureaus; two dispatch their reports, one never does. The coordinator downloads the compilation:
 * each dispatched text under its unit's name and the right item, the silent bureau listed as 未报送, the
 * figures side by side, the withheld passage marked. A target bureau's drafter gets 403, a stranger 404.
 */
describe('the 素材汇编 gathers the dispatched reports of a campaign item by item', () => {
  // Report year 2057 is reported in early 2058: the meeting and the dispatch must lie in that year.
  const clock = new ManualClock(chinaTime('2058-01-10'));
  let api: Awaited<ReturnType<typeof startApi>>;
  const names = {
    water: uniqueName('汇编县水务局'),
    roads: uniqueName('汇编县交通运输局'),
    forest: uniqueName('汇编县林业局'),
  };
  let campaignId: string;
  let coordinator: { username: string };
  let county: Awaited<ReturnType<typeof createUnit>>;
  // Tokens are fetched when used: the clock moves a month, past a session's life.
  const login = (username: string) => tokenFor(api.http, username, FACTORY_PASSWORD);
  const bureaus: Record<keyof typeof names, { id: string; drafter: string; reviewer: string }> = {} as never;

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    const demo = await loadDemo(api.dataSource);
    county = await createUnit(api.dataSource, await unitById(api.dataSource, demo.unitIds.xj), {
      kind: 'government',
      level: 'county',
      name: uniqueName('汇编县'),
    });
    for (const key of Object.keys(names) as Array<keyof typeof names>) {
      const unit = await createUnit(api.dataSource, county, {
        kind: 'department',
        level: 'county',
        name: names[key],
      });
      const drafter = await createUser(api.dataSource, unit.id, ['drafter']);
      const reviewer = await reviewChainUser(api.dataSource, unit.id, uniqueName('compile-chain'));
      bureaus[key] = { id: unit.id, drafter: drafter.username, reviewer: reviewer.username };
    }
    coordinator = await createUser(api.dataSource, county.id, ['coordinator']);
    const issued = await campaignClient(api.http, await login(coordinator.username))
      .issue({
        reportYear: 2057,
        title: '关于报送2057年度法治政府建设年度报告的通知',
        body: '请各部门于2月27日前报送。',
        dueDate: '2058-02-27',
        targets: { unitIds: [bureaus.water.id, bureaus.roads.id, bureaus.forest.id] },
        recipients: { main: [county.id] },
      })
      .expect(201);
    campaignId = issued.body.id;
  });
  afterAll(() => api?.app.close());

  async function dispatch(key: keyof typeof names, addMeasures: string) {
    const reportId = await reportOfUnit(api.dataSource, campaignId, bureaus[key].id);
    const drafter = reportClient(api.http, await login(bureaus[key].drafter));
    const reviewer = reportClient(
      api.http,
      await tokenFor(api.http, bureaus[key].reviewer, FACTORY_PASSWORD),
    );
    const sections = completeSections(names[key], 2057);
    sections.measures += `\n${addMeasures}`;
    await drafter.save(reportId, { basedOnRevision: 0, sections }).expect(201);
    await submitThroughChain(drafter, reviewer, reportId, { ...MEETING, meetingDate: '2058-02-05' });
  }

  it('downloads the compilation with both texts under their items, the third unit 未报送, and the figures', async () => {
    clock.set(chinaTime('2058-02-10'));
    await dispatch(
      'water',
      '全年办理行政复议案件十二件（【不予公开】涉密案件当事人李某某【/不予公开】），均依法办结。',
    );
    await dispatch('roads', '审查规范性文件23件，开展法治培训6场次，主要负责人出庭应诉2次。');

    const res = await api
      .http()
      .get(`/campaigns/${campaignId}/compilation.docx`)
      .set({ Authorization: `Bearer ${await login(coordinator.username)}` })
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toBe(DOCX);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('素材汇编.docx'));
    const xml = await readPart(res.body as Buffer, 'word/document.xml');
    const paragraphs = paragraphTexts(xml);
    // Titled by the issuing office (#19), as the console names the issuer, not by the county's government.
    expect(paragraphs[0]).toBe(`${county.name}依法治县办2057年度法治政府建设年度报告素材汇编`);
    const at = (text: string) => {
      const index = paragraphs.indexOf(text);
      if (index < 0) throw new Error(`not in the compilation: ${text}`);
      return index;
    };

    // Units in tree order (as created): 水务局, 交通运输局; the withheld passage named in the unit's heading.
    const item1 = at('一、主要举措和成效');
    const item2 = at('二、存在的不足和原因');
    const water = at(`（一）${names.water}（含不予公开内容）`);
    const roads = at(`（二）${names.roads}`);
    const waterText = paragraphs.findIndex((p) => p.startsWith('全年办理行政复议案件十二件'));
    const roadsText = at('审查规范性文件23件，开展法治培训6场次，主要负责人出庭应诉2次。');
    expect(
      [item1, water, waterText, roads, roadsText, item2].every((v, i, a) => i === 0 || a[i - 1] < v),
    ).toBe(true);
    // The withheld passage is kept for the office, markers and all, and shaded.
    expect(paragraphs[waterText]).toContain('【不予公开】涉密案件当事人李某某【/不予公开】');
    expect(xml).toMatch(/w:fill="D9D9D9"(?:(?!<\/w:r>).)*涉密案件当事人李某某/s);
    // Item 2 again holds both units, each with its own text.
    expect(at(`（一）${names.water}`)).toBeGreaterThan(item2);
    expect(
      paragraphs.filter((p) => p === '执法人员专业能力仍有差距，原因是培训覆盖面不够，基层执法力量不足。'),
    ).toHaveLength(2);

    // The roster lists the silent unit as 未报送; it has no entry under any item.
    const forest = at(names.forest);
    expect(forest).toBeLessThan(item1);
    expect(paragraphs[forest + 1]).toBe('未报送');
    expect(paragraphs.some((p) => p.includes(`）${names.forest}`))).toBe(false);
    expect(paragraphs[at(names.water) + 1]).toBe('已报送');

    // The figures table: each unit's row with the values and the phrases they came from.
    const table = paragraphs.slice(at('附表：各单位报告引用的主要数据'));
    const row = (unit: string) => table.slice(table.indexOf(unit));
    expect(row(names.water)).toContain('12（全年办理行政复议案件十二件）');
    expect(row(names.roads)).toContain('23（审查规范性文件23件）');
    expect(row(names.roads)).toContain('6（开展法治培训6场次）');
    expect(row(names.roads)).toContain('2（主要负责人出庭应诉2次）');
    expect(table).toEqual(
      expect.arrayContaining(['行政复议案件（件）', '规范性文件（件）', '法治培训（场次）']),
    );
  });

  it('is for the issuing coordinator only: a target unit’s drafter gets 403, a stranger 404', async () => {
    const as = (token: string) =>
      api
        .http()
        .get(`/campaigns/${campaignId}/compilation.docx`)
        .set({ Authorization: `Bearer ${token}` });
    expect((await as(await login(bureaus.forest.drafter))).status).toBe(403);
    expect((await as(await tokenFor(api.http, 'yn-drafter'))).status).toBe(404);
    expect((await api.http().get(`/campaigns/${campaignId}/compilation.docx`)).status).toBe(401);
  });
});
