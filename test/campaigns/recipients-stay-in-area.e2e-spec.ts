import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { createUnit, createUser } from '../support/factories';
import { at, campaignClient, login } from './campaign-helpers';

/**
 * Penetration test, stop 39: a county's 依法治县办 named 伊犁州 (another prefecture, whose parent,
 * the region, is on the office's path too) as 抄送 of its campaign, and 伊犁州's readers then read the
 * county bureau's dispatched report. A recipient above the issuer must lie inside the issuer's own
 * node of that level (昌吉州 for a 呼图壁 office); a prefecture's government beside it never does.
 */
describe('campaign recipients stay inside the issuer’s own prefecture and region', () => {
  const clock = new ManualClock(at('2026-12-10'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let office: ReturnType<typeof campaignClient>;
  const units = {} as Record<
    | 'region'
    | 'prefecture'
    | 'prefectureParty'
    | 'county'
    | 'office'
    | 'bureau'
    | 'otherPrefecture'
    | 'otherBureau',
    { id: string; path: string; name: string }
  >;

  beforeAll(async () => {
    api = await startApi({ clock });
    const ds = api.dataSource;
    units.region = await createUnit(ds, null, { name: '区', kind: 'government', level: 'province' });
    units.prefecture = await createUnit(ds, units.region, { kind: 'government', level: 'prefecture' });
    units.prefectureParty = await createUnit(ds, units.prefecture, {
      kind: 'party_committee',
      level: 'prefecture',
    });
    units.county = await createUnit(ds, units.prefecture, { kind: 'government' });
    units.office = await createUnit(ds, units.county, { kind: 'rule_of_law_office' });
    units.bureau = await createUnit(ds, units.county);
    units.otherPrefecture = await createUnit(ds, units.region, { kind: 'government', level: 'prefecture' });
    units.otherBureau = await createUnit(ds, units.otherPrefecture, { level: 'prefecture' });
    const coordinator = await createUser(ds, units.office.id, ['coordinator']);
    office = campaignClient(api.http, await login(api.http, coordinator.username, coordinator.password));
  });
  afterAll(async () => {
    await api?.app.close();
  });

  const issue = (recipients: { main?: string[]; copy?: string[] }) =>
    office.issue({
      reportYear: 2026,
      title: '关于报送2026年度法治政府建设年度报告的通知',
      body: '各部门：请报送本单位2026年度法治政府建设年度报告。',
      dueDate: '2027-02-20',
      targets: { unitIds: [units.bureau.id] },
      recipients,
    });

  it('refuses another prefecture and its departments as 主送 or 抄送, naming each', async () => {
    const res = await issue({
      main: [units.prefecture.id, units.otherBureau.id],
      copy: [units.otherPrefecture.id],
    }).expect(400);
    expect(res.body).toMatchObject({
      error: 'RECIPIENT_INVALID',
      details: {
        unitIds: expect.arrayContaining([units.otherBureau.id, units.otherPrefecture.id]),
      },
    });
    expect(res.body.details.unitIds).toHaveLength(2);
  });

  it('still lets the office name its own prefecture’s government and 州委, and the region', async () => {
    const res = await issue({
      main: [units.prefectureParty.id, units.prefecture.id],
      copy: [units.region.id],
    }).expect(201);
    expect(res.body.recipients.main.map((u: { id: string }) => u.id)).toEqual([
      units.prefectureParty.id,
      units.prefecture.id,
    ]);
    expect(res.body.recipients.copy.map((u: { id: string }) => u.id)).toEqual([units.region.id]);
  });
});
