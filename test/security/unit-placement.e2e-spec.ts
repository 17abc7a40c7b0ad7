import { startApi } from '../support/apps';
import { tokenFor } from '../support/demo';
import { createUnit as insertUnit, createUser, uniqueName } from '../support/factories';

/**
 * Penetration test, round 15: an admin of 昌吉州 created a "province" unit (code 11, or none, so
 * region 65) under a county bureau, gave a new user admin there, and that user could then write the
 * holiday calendar of a whole province, which counts the deadlines of units the 昌吉 admin does not
 * administer (伊犁's). A unit's level and division code now follow from where it is created.
 */
describe('a new unit is never above its parent nor outside its division', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let admin: { Authorization: string };
  // A tree of its own (no demo unit gains a child another file's campaign could select).
  let county: { id: string; path: string };
  let bureau: { id: string };
  const createUnit = (body: Record<string, unknown>) => api.http().post('/units').set(admin).send(body);
  // A township's code of this run: one place has one government per code (UNIT_BODY_EXISTS).
  const townCode = `659901${String(Date.now() % 1000).padStart(3, '0')}`;
  let prefectureId: string;
  let prefecture: { id: string; path: string };
  const unitsNamed = async (name: string) =>
    Number((await api.dataSource.query('SELECT COUNT(*) AS n FROM units WHERE name = ?', [name]))[0].n);
  const coded = async (unit: { id: string }, code: string) =>
    api.dataSource.query('UPDATE units SET division_code = ? WHERE id = ?', [code, unit.id]);

  beforeAll(async () => {
    api = await startApi();
    prefecture = await insertUnit(api.dataSource, null, {
      name: uniqueName('区划测试州'),
      kind: 'government',
      level: 'prefecture',
    });
    await coded(prefecture, '659900');
    prefectureId = prefecture.id;
    county = await insertUnit(api.dataSource, prefecture, {
      name: uniqueName('区划测试县'),
      kind: 'government',
      level: 'county',
    });
    await coded(county, '659901');
    bureau = await insertUnit(api.dataSource, county, {
      name: uniqueName('区划测试县司法局'),
      kind: 'justice_bureau',
      level: 'county',
    });
    const user = await createUser(api.dataSource, prefecture.id, ['admin']);
    admin = { Authorization: `Bearer ${await tokenFor(api.http, user.username, user.password)}` };
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
      /divisionCode 110101 is not inside 659901/,
    ],
    [
      'a county unit with another county’s code',
      { level: 'county', divisionCode: '659902' },
      /must start with 659901/,
    ],
  ])('refuses %s with 400 UNIT_PLACEMENT_INVALID and creates nothing', async (_, placement, why) => {
    const name = uniqueName('越级测试处');
    const refused = await createUnit({ parentId: bureau.id, name, kind: 'department', ...placement }).expect(
      400,
    );
    expect(refused.body).toMatchObject({
      error: 'UNIT_PLACEMENT_INVALID',
      message: expect.stringMatching(why),
      details: { parentId: bureau.id, parentLevel: 'county', nearestDivisionCode: '659901' },
    });
    expect(await unitsNamed(name)).toBe(0);
  });

  it('creates units at the parent’s level or below, with a code inside the parent’s division', async () => {
    await createUnit({
      parentId: bureau.id,
      name: uniqueName('区划测试科'),
      kind: 'department',
      level: 'county',
    }).expect(201);
    const township = await createUnit({
      parentId: county.id,
      name: uniqueName('区划测试镇'),
      kind: 'government',
      level: 'township',
      divisionCode: townCode,
    }).expect(201);
    expect(township.body).toMatchObject({ level: 'township', divisionCode: townCode });
  });

  it('puts a government under a government only (pen test, stop 45: one under a bureau)', async () => {
    const name = uniqueName('局下政府');
    const refused = await createUnit({
      parentId: bureau.id,
      name,
      kind: 'government',
      level: 'township',
    }).expect(400);
    expect(refused.body).toMatchObject({
      error: 'UNIT_PLACEMENT_INVALID',
      message: expect.stringMatching(
        /sits under the government of the place above it, not under a justice_bureau/,
      ),
    });
    expect(await unitsNamed(name)).toBe(0);
  });

  it('flags a demonstration area on a government only (scenario test, stop 44: a department took it)', async () => {
    const name = uniqueName('示范测试局');
    const refused = await createUnit({
      parentId: county.id,
      name,
      kind: 'department',
      level: 'county',
      demonstrationArea: true,
    }).expect(400);
    expect(refused.body).toMatchObject({ error: 'VALIDATION_FAILED' });
    expect(refused.body.message).toMatch(/only a government is designated a demonstration area/);
    expect(await unitsNamed(name)).toBe(0);
    // Cities and counties are designated, not townships (an external QA engineer, stop 55).
    const townName = uniqueName('示范测试镇');
    const town = await createUnit({
      parentId: county.id,
      name: townName,
      kind: 'government',
      level: 'township',
      demonstrationArea: true,
    }).expect(400);
    expect(town.body.message).toMatch(/is a township: demonstration areas .* are cities and counties/);
    expect(await unitsNamed(townName)).toBe(0);
    const countyName = uniqueName('示范测试县');
    const designated = await createUnit({
      parentId: prefectureId,
      name: countyName,
      kind: 'government',
      level: 'county',
      demonstrationArea: true,
    }).expect(201);
    expect(designated.body).toMatchObject({ demonstrationArea: true });
  });

  it('refuses a second government of one division code, and a second 党委 or 人大常委会 of one government', async () => {
    // Routing names a place's 党委 and 人大常委会; with two, reports went to whichever came first with
    // nothing said (a scenario test, stop 49).
    const twin = uniqueName('区划测试县二');
    const sameCode = await createUnit({
      parentId: prefectureId,
      name: twin,
      kind: 'government',
      level: 'county',
      divisionCode: '659901',
    }).expect(409);
    expect(sameCode.body).toMatchObject({
      error: 'UNIT_BODY_EXISTS',
      details: { existing: { name: expect.stringContaining('区划测试县') } },
    });
    expect(sameCode.body.message).toMatch(/division code 659901 is already/);
    expect(await unitsNamed(twin)).toBe(0);
    for (const kind of ['party_committee', 'congress_standing_committee']) {
      const first = await createUnit({
        parentId: county.id,
        name: uniqueName(kind),
        kind,
        level: 'county',
      }).expect(201);
      const second = uniqueName(`${kind}二`);
      const refused = await createUnit({ parentId: county.id, name: second, kind, level: 'county' }).expect(
        409,
      );
      expect(refused.body).toMatchObject({
        error: 'UNIT_BODY_EXISTS',
        details: { existing: { id: first.body.id } },
      });
      expect(await unitsNamed(second)).toBe(0);
    }
    // A department of the same code is another body: allowed.
    await createUnit({
      parentId: county.id,
      name: uniqueName('区划测试县财政局'),
      kind: 'department',
      level: 'county',
      divisionCode: '659901',
    }).expect(201);
  });

  it('refuses the second body however it is asked: another level, the code padded, placed beside, or four at once', async () => {
    // A penetration test (stop 50) got 201 each way.
    const code = `6599${10 + (Date.now() % 89)}`;
    const place = await insertUnit(api.dataSource, prefecture, {
      name: uniqueName('另一县'),
      kind: 'government',
      level: 'county',
    });
    await coded(place, code);
    await createUnit({
      parentId: place.id,
      name: uniqueName('另一县委'),
      kind: 'party_committee',
      level: 'county',
    }).expect(201);
    const attempts: Array<[string, Record<string, unknown>]> = [
      ['a 党委 of another level', { parentId: place.id, kind: 'party_committee', level: 'township' }],
      [
        'a government of the code padded',
        { parentId: prefectureId, kind: 'government', level: 'county', divisionCode: `${code}00` },
      ],
      [
        'a 党委 beside the government, with its code',
        { parentId: prefectureId, kind: 'party_committee', level: 'county', divisionCode: code },
      ],
    ];
    const answers: Array<{ what: string; status: number; error: string; created: number }> = [];
    for (const [what, body] of attempts) {
      const name = uniqueName('第二机关');
      const res = await createUnit({ ...body, name });
      const created = await unitsNamed(name);
      answers.push({ what, status: res.status, error: `${res.body.error}: ${res.body.message}`, created });
    }
    expect(answers).toEqual(
      attempts.map(([what]) => ({
        what,
        status: 409,
        error: expect.stringMatching(/^UNIT_BODY_EXISTS/),
        created: 0,
      })),
    );
    const town = await insertUnit(api.dataSource, place, {
      name: uniqueName('另一镇'),
      kind: 'government',
      level: 'township',
    });
    const together = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        createUnit({
          parentId: town.id,
          name: uniqueName(`镇人大主席团${n}`),
          kind: 'congress_standing_committee',
          level: 'township',
        }),
      ),
    );
    expect(together.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
  });
});
