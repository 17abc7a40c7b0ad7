import { ManualClock } from '@app/common';
import { IssuedCampaignSchema } from '../../apps/api/src/campaigns/campaigns.responses';
import { startApi } from '../support/apps';
import { createUnit, createUser, uniqueName } from '../support/factories';
import { reportClient } from '../reports/report-helpers';
import { at, campaignClient, login, parseCsv, reviewChainUser, submitThroughChain } from './campaign-helpers';

// This file's report years: 2147 and 2148 (its own units, too).
const YEAR = 2147;

type Campaigns = ReturnType<typeof campaignClient>;
type Shortfall = Array<{ rule: string; label: string }>;
type Row = { unit: { id: string; name: string }; reportId: string; chainShortfall: Shortfall };
type Warning = {
  unit: { id: string; name: string };
  reportId: string;
  workflow: { id: string; version: number };
  missing: Shortfall;
};

const LEGAL_REVIEW = [{ rule: 'legalReview', label: '法律顾问审查' }];
const ALL_RULES = { deliberation: true, legalReview: true, signOff: true };

/**
 * One report per unit and year answers every campaign (penetration test p15, round 2, finding 4).
 * A county bureau's 2147 report was made under the county's campaign, which did not require
 * 法律顾问审查, with the path the bureau's admin had chosen (without-legal-review). The
 * prefecture's campaign then requires 法律顾问审查 and adopts that report: the issuer is told at
 * once which unit's report lacks what, and the board's 内部流程不符合要求 follows the report's own
 * path, so resetting the unit's choice afterwards no longer hides that the report will be dispatched
 * without a legal review. Nothing is refused: the report exists and the office decides.
 */
describe('a campaign requiring a review step adopts a report whose path lacks it', () => {
  const clock = new ManualClock(at(`${YEAR + 1}-01-10`));
  let api: Awaited<ReturnType<typeof startApi>>;
  let prefectureOffice: Campaigns;
  let countyOffice: Campaigns;
  let adminAuth: Record<string, string>;
  /** The prefecture's campaign of the first test, which adopted the county's reports. */
  let prefectureCampaignId: string;
  const units = {} as Record<
    'bureau' | 'water' | 'roads' | 'county',
    { id: string; path: string; name: string }
  >;

  const notice = (reportYear: number, title: string, body: object) => ({
    title: `${title}关于报送${reportYear}年度法治政府建设年度报告的通知`,
    reportYear,
    body: `请报送本单位${reportYear}年度法治政府建设年度报告。`,
    dueDate: `${reportYear + 1}-02-20`,
    ...body,
  });
  const chooseChain = (unitId: string, reviewChain: string | null) =>
    api.http().put(`/units/${unitId}/review-chain`).set(adminAuth).send({ reviewChain }).expect(200);
  const shortfallsOn = async (campaignId: string) =>
    Object.fromEntries(
      ((await prefectureOffice.board(campaignId).expect(200)).body.rows as Row[]).map((r) => [
        r.unit.name,
        r.chainShortfall,
      ]),
    );

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    const ds = api.dataSource;
    const prefecture = await createUnit(ds, null, {
      name: uniqueName('昌吉州'),
      kind: 'government',
      level: 'prefecture',
    });
    const prefectureOfficeUnit = await createUnit(ds, prefecture, {
      name: '依法治州办',
      kind: 'rule_of_law_office',
      level: 'prefecture',
    });
    units.county = await createUnit(ds, prefecture, { name: '玛纳斯县', kind: 'government' });
    const countyOfficeUnit = await createUnit(ds, units.county, {
      name: '依法治县办',
      kind: 'rule_of_law_office',
    });
    units.bureau = await createUnit(ds, units.county, { name: '玛纳斯县交通运输局' });
    units.water = await createUnit(ds, units.county, { name: '玛纳斯县水利局' });
    units.roads = await createUnit(ds, units.county, { name: '玛纳斯县公路管理局' });
    const as = async (unitId: string, roles: Parameters<typeof createUser>[2]) => {
      const user = await createUser(ds, unitId, roles);
      return login(api.http, user.username, user.password);
    };
    prefectureOffice = campaignClient(api.http, await as(prefectureOfficeUnit.id, ['coordinator']));
    countyOffice = campaignClient(api.http, await as(countyOfficeUnit.id, ['coordinator']));
    adminAuth = { Authorization: `Bearer ${await as(prefecture.id, ['admin'])}` };
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('tells the issuer which adopted report lacks 法律顾问审查, and the board keeps saying so after the unit’s choice is reset', async () => {
    // 1. The bureau's admin chooses a weaker chain, one the regulation allows.
    await chooseChain(units.bureau.id, 'without-legal-review');
    // 2. The county's campaign does not require the legal review: the report follows that chain.
    const county = await countyOffice
      .issue(
        notice(YEAR, '县', {
          chainRules: { ...ALL_RULES, legalReview: false },
          targets: { unitIds: [units.bureau.id, units.water.id] },
        }),
      )
      .expect(201);
    expect(county.body.chainShortfalls).toEqual([]);
    // 3. The prefecture's campaign requires it and adopts that report (and the water bureau's, which
    // chose nothing and so follows the county campaign's default path, legal review included).
    const prefecture = await prefectureOffice
      .issue(
        notice(YEAR, '州', {
          chainRules: ALL_RULES,
          targets: { unitIds: [units.bureau.id, units.water.id] },
        }),
      )
      .expect(201);
    prefectureCampaignId = prefecture.body.id;
    // The answer is the declared IssuedCampaign, no field more or less.
    const fits = IssuedCampaignSchema.safeParse(prefecture.body);
    expect(fits.error?.issues ?? []).toEqual([]);
    expect(fits.data).toEqual(prefecture.body);
    const board = (await prefectureOffice.board(prefecture.body.id).expect(200)).body.rows as Row[];
    const bureauReport = board.find((r) => r.unit.id === units.bureau.id)!.reportId;
    expect(prefecture.body.chainShortfalls as Warning[]).toEqual([
      {
        unit: { id: units.bureau.id, name: units.bureau.name },
        reportId: bureauReport,
        workflow: { id: 'without-legal-review', version: 2 },
        missing: LEGAL_REVIEW,
      },
    ]);
    // It is the county campaign's report, on the path without the legal adviser.
    const countyBoard = (await countyOffice.board(county.body.id).expect(200)).body.rows as Row[];
    expect(countyBoard.find((r) => r.unit.id === units.bureau.id)!.reportId).toBe(bureauReport);
    expect(await shortfallsOn(prefecture.body.id)).toEqual({
      玛纳斯县交通运输局: LEGAL_REVIEW,
      玛纳斯县水利局: [],
    });

    // 4. The unit's choice is reset: the report still follows without-legal-review, and the board says so.
    await chooseChain(units.bureau.id, null);
    expect(await shortfallsOn(prefecture.body.id)).toEqual({
      玛纳斯县交通运输局: LEGAL_REVIEW,
      玛纳斯县水利局: [],
    });
    const short = await prefectureOffice.board(prefecture.body.id, '?chainShortfall=true').expect(200);
    expect(short.body.rows.map((r: Row) => r.unit.name)).toEqual(['玛纳斯县交通运输局']);
    const csv = parseCsv((await prefectureOffice.csv(prefecture.body.id).expect(200)).body as Buffer);
    const column = csv[0].indexOf('内部流程不符合要求');
    expect(Object.fromEntries(csv.slice(1).map((r) => [r[0], r[column]]))).toEqual({
      玛纳斯县交通运输局: '缺少法律顾问审查',
      玛纳斯县水利局: '',
    });
    // The county's own campaign did not require it: nothing falls short there.
    expect(countyBoard.map((r) => r.chainShortfall)).toEqual([[], []]);
  });

  it('a unit whose chosen chain falls short but whose report follows the campaign’s path is not flagged', async () => {
    // The water bureau now chooses the chain without the legal adviser; its report (default path) keeps it.
    await chooseChain(units.water.id, 'without-legal-review');
    expect(await shortfallsOn(prefectureCampaignId)).toEqual({
      玛纳斯县交通运输局: LEGAL_REVIEW,
      玛纳斯县水利局: [],
    });
  });

  it('names the path of an earlier campaign (no unit choice) when units are added, and lets the report be dispatched', async () => {
    const year = YEAR + 1;
    // The county's campaign runs on without-legal-review itself; the roads bureau chose nothing.
    await countyOffice
      .issue(
        notice(year, '县', {
          workflow: { id: 'without-legal-review', version: 2 },
          chainRules: { ...ALL_RULES, legalReview: false },
          targets: { unitIds: [units.roads.id] },
        }),
      )
      .expect(201);
    const prefecture = await prefectureOffice
      .issue(notice(year, '州', { chainRules: ALL_RULES, targets: { unitIds: [units.water.id] } }))
      .expect(201);
    // The water bureau's new report cannot follow its chosen chain: the campaign's path keeps the rules.
    expect(prefecture.body.chainShortfalls).toEqual([]);
    const added = await prefectureOffice
      .addTargets(prefecture.body.id, { unitIds: [units.roads.id] })
      .expect(201);
    expect(
      (added.body.chainShortfalls as Warning[]).map((w) => [w.unit.name, w.workflow.id, w.missing]),
    ).toEqual([['玛纳斯县公路管理局', 'without-legal-review', LEGAL_REVIEW]]);
    expect(await shortfallsOn(prefecture.body.id)).toEqual({
      玛纳斯县水利局: [],
      玛纳斯县公路管理局: LEGAL_REVIEW,
    });

    // Dispatch is not blocked: the report goes through its own path and reaches the office,
    // which still sees what it lacked.
    const ds = api.dataSource;
    const roadsReport = (
      (await prefectureOffice.board(prefecture.body.id).expect(200)).body.rows as Row[]
    ).find((r) => r.unit.id === units.roads.id)!.reportId;
    const drafterUser = await createUser(ds, units.roads.id, ['drafter']);
    const drafter = reportClient(api.http, await login(api.http, drafterUser.username, drafterUser.password));
    const chain = await reviewChainUser(ds, units.roads.id, uniqueName('roads-chain'));
    const reviewer = reportClient(api.http, await login(api.http, chain.username, chain.password));
    await submitThroughChain(drafter, reviewer, roadsReport, {
      meetingBody: '局党组会议',
      meetingDate: `${year}-01-05`,
      minutesNumber: `局党组会纪要〔${year}〕1号`,
    });
    const rows = (await prefectureOffice.board(prefecture.body.id).expect(200)).body.rows as Array<
      Row & { submittedAt: string | null }
    >;
    const roads = rows.find((r) => r.unit.id === units.roads.id)!;
    expect(roads.submittedAt).not.toBeNull();
    expect(roads.chainShortfall).toEqual(LEGAL_REVIEW);
  });
});
