import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { uniqueName } from '../support/factories';

/**
 * Penetration test, round 15: an admin of 昌吉州 created a "province" unit (code 11, or none, so
 * region 65) under a county bureau, gave a new user admin there, and that user could then write the
 * holiday calendar of a whole province, which counts the deadlines of units the 昌吉 admin does not
 * administer (伊犁's). A unit's level and division code now follow from where it is created.
 */
describe('a new unit is never above its parent nor outside its division', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  let admin: { Authorization: string };
  const createUnit = (body: Record<string, unknown>) => api.http().post('/units').set(admin).send(body);
  const unitsNamed = async (name: string) =>
    Number((await api.dataSource.query('SELECT COUNT(*) AS n FROM units WHERE name = ?', [name]))[0].n);

  beforeAll(async () => {
    api = await startApi();
    demo = await loadDemo(api.dataSource);
    admin = { Authorization: `Bearer ${await tokenFor(api.http, 'cj-admin')}` };
  });
  afterAll(() => api?.app.close());

  it.each([
    [
      'a province under a county bureau, with another province’s code',
      { level: 'province', divisionCode: '11' },
      /cannot be at the province level/,
    ],
    [
      'a province under a county bureau, without a code',
      { level: 'province' },
      /cannot be at the province level/,
    ],
    ['a prefecture under a county bureau', { level: 'prefecture' }, /cannot be at the prefecture level/],
    [
      'a county unit with another province’s code',
      { level: 'county', divisionCode: '110101' },
      /divisionCode 110101 is not inside 652323/,
    ],
    [
      'a county unit with another county’s code',
      { level: 'county', divisionCode: '654002' },
      /must start with 652323/,
    ],
  ])('refuses %s with 400 UNIT_PLACEMENT_INVALID and creates nothing', async (_, placement, why) => {
    const name = uniqueName('越级测试处');
    const refused = await createUnit({
      parentId: demo.unitIds['htb-transport'],
      name,
      kind: 'department',
      ...placement,
    }).expect(400);
    expect(refused.body).toMatchObject({
      error: 'UNIT_PLACEMENT_INVALID',
      message: expect.stringMatching(why),
      details: {
        parentId: demo.unitIds['htb-transport'],
        parentLevel: 'county',
        nearestDivisionCode: '652323',
      },
    });
    expect(await unitsNamed(name)).toBe(0);
  });

  it('creates units at the parent’s level or below, with a code inside the parent’s division', async () => {
    await createUnit({
      parentId: demo.unitIds['htb-transport'],
      name: uniqueName('呼图壁县交通运输局下属科'),
      kind: 'department',
      level: 'county',
    }).expect(201);
    const township = await createUnit({
      parentId: demo.unitIds.htb,
      name: uniqueName('呼图壁镇'),
      kind: 'government',
      level: 'township',
      divisionCode: '652323100',
    }).expect(201);
    expect(township.body).toMatchObject({ level: 'township', divisionCode: '652323100' });
  });
});
