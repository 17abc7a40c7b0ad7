import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { loadDemo } from '../support/demo';
import { createUnit, uniqueName, unitById } from '../support/factories';
import { at, campaignClient, login } from './campaign-helpers';

/**
 * #17 item 6: a national demonstration area (全国法治政府建设示范地区) owes one additional report by
 * end of January; its ordinary reports and its departments' keep the regulation's 1 March.
 */
describe('a demonstration county’s due dates', () => {
  const clock = new ManualClock(at('2026-01-05'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let county: string;
  let bureau: string;

  beforeAll(async () => {
    api = await startApi({ clock });
    const demo = await loadDemo(api.dataSource);
    // Under 伊犁州, and named without 交通运输局: the other campaign e2e files select 昌吉州's
    // county transport bureaus in the same database and count them.
    const created = await createUnit(api.dataSource, await unitById(api.dataSource, demo.unitIds.yl), {
      name: uniqueName('示范县'),
      kind: 'government',
    });
    await api.dataSource.query('UPDATE units SET demonstration_area = 1 WHERE id = ?', [created.id]);
    county = created.id;
    bureau = (await createUnit(api.dataSource, created, { name: uniqueName('示范县财政局') })).id;
  });
  afterAll(async () => {
    await api?.app.close();
  });

  const dueDates = async (client: ReturnType<typeof campaignClient>, campaignId: string) => {
    const board = await client.board(campaignId).expect(200);
    return Object.fromEntries(
      (board.body.rows as Array<{ unit: { id: string }; dueDate: string }>).map((r) => [
        r.unit.id,
        r.dueDate,
      ]),
    );
  };

  it('gives the county’s own report and its department’s the regulation’s 1 March', async () => {
    const prefecture = campaignClient(api.http, await login(api.http, 'yl-coordinator'));
    const issued = await prefecture
      .issue({
        reportYear: 2025,
        title: '关于报送2025年度法治政府建设年度报告的通知',
        body: '请按规定时间报送。',
        targets: { unitIds: [county, bureau] },
      })
      .expect(201);
    expect(await dueDates(prefecture, issued.body.id)).toEqual({
      [county]: '2026-03-01',
      [bureau]: '2026-03-01',
    });
  });

  it('takes end of January for the additional line, which the region’s campaign sets itself', async () => {
    const region = campaignClient(api.http, await login(api.http, 'xj-coordinator'));
    const issued = await region
      .issue({
        reportYear: 2025,
        title: '关于报送全国法治政府建设示范地区年度报告的通知',
        body: '示范地区请于1月底前报送。',
        dueDate: '2026-01-31',
        targets: { unitIds: [county] },
      })
      .expect(201);
    expect(await dueDates(region, issued.body.id)).toEqual({ [county]: '2026-01-31' });
  });
});
