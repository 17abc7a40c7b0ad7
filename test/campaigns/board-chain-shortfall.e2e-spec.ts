import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { createUnit, createUser, uniqueName } from '../support/factories';
import { at, campaignClient, login, parseCsv } from './campaign-helpers';

// This file's report years: 2197 (its own units, too).
const YEAR = 2197;

type Row = { unit: { id: string; name: string }; chainShortfall: Array<{ rule: string; label: string }> };

/**
 * 内部流程不符合要求 on the coordinator's board (issue #17): the 依法治县办's campaign requires
 * 法律顾问审查. 交通运输局 chose a chain without the legal adviser (without-legal-review), and the
 * 依法治州办's campaign, which does not require it, had already made its report on that chain: the
 * county's campaign adopts that report (one per unit and year). 水利局 chose one with 分管领导审核
 * that keeps every rule; 教育局 chose nothing. The board says which target's report falls short and
 * of what, filters on it and exports it.
 */
describe('the board names the targets whose report’s path falls short of the campaign’s rules', () => {
  const clock = new ManualClock(at(`${YEAR + 1}-01-10`));
  let api: Awaited<ReturnType<typeof startApi>>;
  let office: ReturnType<typeof campaignClient>;
  let campaignId: string;
  const bureaus = {} as Record<'transport' | 'water' | 'education', { id: string; name: string }>;

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    const ds = api.dataSource;
    const pref = await createUnit(ds, null, {
      name: uniqueName('昌吉州'),
      kind: 'government',
      level: 'prefecture',
    });
    const county = await createUnit(ds, pref, { name: '呼图壁县', kind: 'government' });
    const officeUnit = await createUnit(ds, county, { name: '依法治县办', kind: 'rule_of_law_office' });
    const prefectureOfficeUnit = await createUnit(ds, pref, {
      name: '依法治州办',
      kind: 'rule_of_law_office',
      level: 'prefecture',
    });
    bureaus.transport = await createUnit(ds, county, { name: '呼图壁县交通运输局' });
    bureaus.water = await createUnit(ds, county, { name: '呼图壁县水利局' });
    bureaus.education = await createUnit(ds, county, { name: '呼图壁县教育局' });
    const as = async (unitId: string, roles: Parameters<typeof createUser>[2]) => {
      const user = await createUser(ds, unitId, roles);
      return login(api.http, user.username, user.password);
    };
    office = campaignClient(api.http, await as(officeUnit.id, ['coordinator']));
    const admin = { Authorization: `Bearer ${await as(county.id, ['admin'])}` };
    const choose = (unitId: string, reviewChain: string) =>
      api.http().put(`/units/${unitId}/review-chain`).set(admin).send({ reviewChain }).expect(200);
    await choose(bureaus.transport.id, 'without-legal-review');
    await choose(bureaus.water.id, 'with-division-leader');
    const prefectureOffice = campaignClient(api.http, await as(prefectureOfficeUnit.id, ['coordinator']));
    await prefectureOffice
      .issue({
        title: `关于报送${YEAR}年度法治政府建设年度报告的通知（州）`,
        reportYear: YEAR,
        body: `请报送本单位${YEAR}年度法治政府建设年度报告。`,
        dueDate: `${YEAR + 1}-02-20`,
        targets: { unitIds: [bureaus.transport.id] },
        chainRules: { deliberation: true, legalReview: false, signOff: true },
      })
      .expect(201);
    const issued = await office
      .issue({
        title: `关于报送${YEAR}年度法治政府建设年度报告的通知`,
        reportYear: YEAR,
        body: `请报送本单位${YEAR}年度法治政府建设年度报告。`,
        dueDate: `${YEAR + 1}-02-20`,
        targets: { unitIds: Object.values(bureaus).map((b) => b.id) },
        chainRules: { deliberation: true, legalReview: true, signOff: true },
      })
      .expect(201);
    campaignId = issued.body.id;
  });
  afterAll(async () => {
    await api?.app.close();
  });

  const shortfallsOf = (rows: Row[]) => Object.fromEntries(rows.map((r) => [r.unit.name, r.chainShortfall]));

  it('shows 缺少法律顾问审查 for the bureau whose chain skips it, nothing for those that comply', async () => {
    const board = await office.board(campaignId).expect(200);
    expect(shortfallsOf(board.body.rows)).toEqual({
      呼图壁县交通运输局: [{ rule: 'legalReview', label: '法律顾问审查' }],
      呼图壁县水利局: [],
      呼图壁县教育局: [],
    });
  });

  it('filters 内部流程不符合要求 and its opposite', async () => {
    const short = await office.board(campaignId, '?chainShortfall=true').expect(200);
    expect(short.body.rows.map((r: Row) => r.unit.name)).toEqual(['呼图壁县交通运输局']);
    expect(short.body.filteredCount).toBe(1);
    const keeping = await office.board(campaignId, '?chainShortfall=false').expect(200);
    expect(keeping.body.rows.map((r: Row) => r.unit.name).sort()).toEqual(
      ['呼图壁县教育局', '呼图壁县水利局'].sort(),
    );
    const bad = await office.board(campaignId, '?chainShortfall=maybe').expect(400);
    expect(bad.body.message).toContain('chainShortfall');
  });

  it('exports the reason in the 内部流程不符合要求 column', async () => {
    const rows = parseCsv((await office.csv(campaignId).expect(200)).body as Buffer);
    const column = rows[0].indexOf('内部流程不符合要求');
    expect(column).toBeGreaterThan(0);
    const byName = Object.fromEntries(rows.slice(1).map((r) => [r[0], r[column]]));
    expect(byName).toEqual({
      呼图壁县交通运输局: '缺少法律顾问审查',
      呼图壁县水利局: '',
      呼图壁县教育局: '',
    });
    // No body outside the system is named: no 报送外部机关 column.
    expect(rows[0]).not.toContain('报送外部机关');
  });
});
