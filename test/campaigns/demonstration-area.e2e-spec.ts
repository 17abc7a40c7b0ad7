import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { loadDemo } from '../support/demo';
import { createUnit, uniqueName, unitById } from '../support/factories';
import { at, campaignClient, login } from './campaign-helpers';

/**
 * A national demonstration area (全国法治政府建设示范地区) owes an *additional* report by end of
 * January, through the 依法治省办 to 中央依法治国办; its ordinary report and its departments' keep the
 * regulation's 1 March (docs/domain.md). The additional report is a report of its own: a campaign on
 * the demonstration line never moves, reuses or overwrites the ordinary one.
 */
describe('a demonstration area’s two reports', () => {
  const clock = new ManualClock(at('2026-01-05'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let county: string;
  let bureau: string;
  let ordinaryCampaign: string;
  let demonstrationCampaign: string;

  beforeAll(async () => {
    api = await startApi({ clock });
    const demo = await loadDemo(api.dataSource);
    // Under 伊犁州, and named without 交通运输局: the other campaign e2e files select 昌吉州's
    // county transport bureaus in the same database and count them.
    const created = await createUnit(api.dataSource, await unitById(api.dataSource, demo.unitIds.yl), {
      name: uniqueName('示范县'),
      kind: 'government',
    });
    county = created.id;
    bureau = (await createUnit(api.dataSource, created, { name: uniqueName('示范县财政局') })).id;
  });
  afterAll(async () => {
    await api?.app.close();
  });

  const admin = async () => ({ Authorization: `Bearer ${await login(api.http, 'xj-admin')}` });
  const rowsOf = async (client: ReturnType<typeof campaignClient>, campaignId: string) => {
    const board = await client.board(campaignId).expect(200);
    return new Map(
      (board.body.rows as Array<{ unit: { id: string }; dueDate: string; reportId: string }>).map((r) => [
        r.unit.id,
        r,
      ]),
    );
  };

  it('lets the administrator above designate the government, and only a government', async () => {
    const auth = await admin();
    const refused = await api
      .http()
      .put(`/units/${bureau}/demonstration-area`)
      .set(auth)
      .send({ demonstrationArea: true })
      .expect(400);
    expect(refused.body.error).toBe('VALIDATION_FAILED');
    expect(refused.body.message).toMatch(/only a government/);
    const flagged = await api
      .http()
      .put(`/units/${county}/demonstration-area`)
      .set(auth)
      .send({ demonstrationArea: true })
      .expect(200);
    expect(flagged.body.demonstrationArea).toBe(true);
    const read = await api.http().get(`/units/${county}`).set(auth).expect(200);
    expect(read.body.demonstrationArea).toBe(true);
    // The county's own drafters' coordinator cannot designate it: the designation comes from above.
    const prefecture = { Authorization: `Bearer ${await login(api.http, 'yl-coordinator')}` };
    await api
      .http()
      .put(`/units/${county}/demonstration-area`)
      .set(prefecture)
      .send({ demonstrationArea: false })
      .expect(403);
  });

  it('records a designation once, however many ask at once, and never designates a province', async () => {
    const auth = await admin();
    const other = await createUnit(
      api.dataSource,
      await unitById(api.dataSource, (await loadDemo(api.dataSource)).unitIds.yl),
      { name: uniqueName('并发示范县'), kind: 'government' },
    );
    const answers = await Promise.all(
      [1, 2, 3, 4, 5].map(() =>
        api.http().put(`/units/${other.id}/demonstration-area`).set(auth).send({ demonstrationArea: true }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    const events = await api.dataSource.query(
      "SELECT COUNT(*) AS n FROM admin_events WHERE action = 'unit.demonstration_area_set' AND target_id = ?",
      [other.id],
    );
    expect(Number(events[0].n)).toBe(1);
    const region = (await loadDemo(api.dataSource)).unitIds.xj;
    const province = await api
      .http()
      .put(`/units/${region}/demonstration-area`)
      .set(auth)
      .send({ demonstrationArea: true })
      .expect(400);
    expect(province.body.message).toMatch(/is a province/);
  });

  it('clears a flag a department took before the governments-only rule', async () => {
    // Set as older versions could (the flag on a department); clearing it must not be refused.
    await api.dataSource.query('UPDATE units SET demonstration_area = 1 WHERE id = ?', [bureau]);
    const cleared = await api
      .http()
      .put(`/units/${bureau}/demonstration-area`)
      .set(await admin())
      .send({ demonstrationArea: false })
      .expect(200);
    expect(cleared.body.demonstrationArea).toBe(false);
  });

  it('gives the county’s ordinary report and its department’s the regulation’s 1 March', async () => {
    const prefecture = campaignClient(api.http, await login(api.http, 'yl-coordinator'));
    const issued = await prefecture
      .issue({
        reportYear: 2025,
        title: '关于报送2025年度法治政府建设年度报告的通知',
        body: '请按规定时间报送。',
        targets: { unitIds: [county, bureau] },
      })
      .expect(201);
    expect(issued.body.reportLine).toBe('annual');
    ordinaryCampaign = issued.body.id;
    const rows = await rowsOf(prefecture, ordinaryCampaign);
    expect(rows.get(county)?.dueDate).toBe('2026-03-01');
    expect(rows.get(bureau)?.dueDate).toBe('2026-03-01');
  });

  it('asks the additional report on the demonstration line: its own report, due end of January', async () => {
    const region = campaignClient(api.http, await login(api.http, 'xj-coordinator'));
    const issued = await region
      .issue({
        reportYear: 2025,
        reportLine: 'demonstration_area',
        title: '关于报送全国法治政府建设示范地区年度报告的通知',
        body: '示范地区请于1月底前报送。',
        targets: { unitIds: [county] },
      })
      .expect(201);
    expect(issued.body.reportLine).toBe('demonstration_area');
    // The line goes to the region's 依法治区办; the demo region has none in the directory, so its
    // government, which issued, receives (campaign-recipient-defaults.spec.ts has the office).
    expect(issued.body.recipients.main.map((u: { name: string }) => u.name)).toEqual(['新疆维吾尔自治区']);
    demonstrationCampaign = issued.body.id;
    const additional = (await rowsOf(region, demonstrationCampaign)).get(county)!;
    expect(additional.dueDate).toBe('2026-01-31');

    const prefecture = campaignClient(api.http, await login(api.http, 'yl-coordinator'));
    const ordinary = (await rowsOf(prefecture, ordinaryCampaign)).get(county)!;
    // Two reports for the year, and the ordinary one keeps its date.
    expect(additional.reportId).not.toBe(ordinary.reportId);
    expect(ordinary.dueDate).toBe('2026-03-01');
    const auth = { Authorization: `Bearer ${await login(api.http, 'xj-coordinator')}` };
    const report = await api.http().get(`/reports/${additional.reportId}`).set(auth).expect(200);
    expect(report.body.reportLine).toBe('demonstration_area');
    expect(report.body.title).toContain('示范地区');
    const ordinaryReport = await api.http().get(`/reports/${ordinary.reportId}`).set(auth).expect(200);
    expect(ordinaryReport.body.reportLine).toBe('annual');
    expect(new Date(ordinaryReport.body.dueAt).toISOString()).toBe('2026-03-01T15:59:59.999Z');
  });

  it('refuses the demonstration line to a unit that is not a designated government', async () => {
    const region = campaignClient(api.http, await login(api.http, 'xj-coordinator'));
    const refused = await region
      .issue({
        reportYear: 2025,
        reportLine: 'demonstration_area',
        title: '关于报送全国法治政府建设示范地区年度报告的通知',
        body: '示范地区请于1月底前报送。',
        targets: { unitIds: [bureau] },
      })
      .expect(400);
    expect(refused.body.error).toBe('NOT_A_DEMONSTRATION_AREA');
    expect(refused.body.details.unitIds).toEqual([bureau]);
  });

  it('refuses a date on the demonstration line later than end of January', async () => {
    const region = campaignClient(api.http, await login(api.http, 'xj-coordinator'));
    await region.withdraw(demonstrationCampaign, '重新下发').expect(200);
    const refused = await region
      .issue({
        reportYear: 2025,
        reportLine: 'demonstration_area',
        title: '关于报送全国法治政府建设示范地区年度报告的通知',
        body: '示范地区请于2月20日前报送。',
        dueDate: '2026-02-20',
        targets: { unitIds: [county] },
      })
      .expect(400);
    expect(refused.body.error).toBe('DUE_DATE_AFTER_REGULATION');
    expect(refused.body.details.units).toEqual([
      expect.objectContaining({ unitId: county, regulationDueDate: '2026-01-31' }),
    ]);
  });

  it('keeps the ordinary line for a campaign that only sets an earlier date', async () => {
    // Without reportLine a campaign asks for the ordinary report, whatever its date.
    const region = campaignClient(api.http, await login(api.http, 'xj-coordinator'));
    const issued = await region
      .issue({
        reportYear: 2025,
        title: '关于提前报送2025年度法治政府建设年度报告的通知',
        body: '请于2月10日前报送。',
        dueDate: '2026-02-10',
        targets: { unitIds: [county] },
      })
      .expect(201);
    expect(issued.body.reportLine).toBe('annual');
    const prefecture = campaignClient(api.http, await login(api.http, 'yl-coordinator'));
    const ordinary = (await rowsOf(prefecture, ordinaryCampaign)).get(county)!;
    expect((await rowsOf(region, issued.body.id)).get(county)?.reportId).toBe(ordinary.reportId);
  });
});
