import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { createUnit, createUser, uniqueName, unitById } from '../support/factories';
import { reportOfUnit } from '../reports/disclosure-helpers';
import { campaignClient } from '../campaigns/campaign-helpers';

const YEAR = 2181;

/**
 * Data the API would never write itself must not take a page down or slip into what it stores: a
 * report in a state its workflow does not know (a row changed by hand) and a text file holding a
 * Unicode noncharacter (U+FFFF breaks every Word and Excel export it reaches). Sandbox units; report
 * year 2181 belongs to this file.
 */
describe('faulty data', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let token: string;
  let prefecture: Awaited<ReturnType<typeof createUnit>>;

  beforeAll(async () => {
    api = await startApi();
    const demo = await loadDemo(api.dataSource);
    const region = await unitById(api.dataSource, demo.unitIds.xj);
    prefecture = await createUnit(api.dataSource, region, { kind: 'government', level: 'prefecture' });
    const office = await createUnit(api.dataSource, prefecture, {
      kind: 'justice_bureau',
      level: 'prefecture',
    });
    const coordinator = await createUser(api.dataSource, office.id, [['coordinator', prefecture.id]]);
    token = await tokenFor(api.http, coordinator.username, coordinator.password);
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('a report in a state its workflow does not know shows as 未知状态 on the board; the board still answers', async () => {
    const bad = await createUnit(api.dataSource, prefecture, {
      name: uniqueName('坏行局'),
      kind: 'department',
      level: 'prefecture',
    });
    const good = await createUnit(api.dataSource, prefecture, {
      name: uniqueName('好行局'),
      kind: 'department',
      level: 'prefecture',
    });
    const coordinator = campaignClient(api.http, token);
    const issued = await coordinator
      .issue({
        reportYear: YEAR,
        title: '关于报送2181年度法治政府建设年度报告的通知',
        body: '请按时报送。',
        dueDate: `${YEAR + 1}-02-27`,
        targets: { unitIds: [bad.id, good.id] },
      })
      .expect(201);
    const campaignId = issued.body.id as string;
    const badReport = await reportOfUnit(api.dataSource, campaignId, bad.id);
    await api.dataSource.query("UPDATE reports SET state = 'lost_state' WHERE id = ?", [badReport]);

    const board = await coordinator.board(campaignId).expect(200);
    const rows = board.body.rows as Array<{
      unit: { id: string };
      stage: string;
      holders: { roles: string[] };
    }>;
    expect(rows.find((r) => r.unit.id === bad.id)).toMatchObject({
      state: 'lost_state',
      stage: '未知状态（lost_state）',
      holders: { roles: [], names: [] },
      submitted: false,
    });
    expect(rows.find((r) => r.unit.id === good.id)).toMatchObject({ state: 'drafting', stage: '未起草' });
    const csv = await coordinator.csv(campaignId).expect(200);
    expect((csv.body as Buffer).toString('utf8')).toContain('未知状态（lost_state）');
  });

  it('an uploaded text file holding U+FFFF is refused, naming the line and the character', async () => {
    const text = '某局2024年法治政府建设年度报告\n一、主要举措和成效\uFFFF\n全年开展培训。\n';
    const res = await api
      .http()
      .post('/content/import-file')
      .set('Authorization', `Bearer ${token}`)
      .attach('file', Buffer.from(text, 'utf8'), '报告.txt')
      .expect(422);
    expect(res.body).toMatchObject({
      error: 'DOCUMENT_REJECTED',
      message: expect.stringContaining('line 2 holds the noncharacter U+FFFF'),
      details: { reason: 'NONCHARACTER', messageZh: expect.stringContaining('第 2 行含非字符 U+FFFF') },
    });
  });
});
