import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { createUnit, createUser, uniqueName, unitById } from '../support/factories';

/**
 * A unit renamed in a reorganisation (机构改革: 交通局 becomes 交通运输局), by whoever may create a
 * unit there (a civil servant's walk, stop 42: a renamed bureau could only be created again, which
 * leaves its reports, people and history under the old unit).
 */
describe('renaming a unit', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let prefectureAdmin: { Authorization: string };
  let countyAdmin: { Authorization: string };
  let strangerAdmin: { Authorization: string };
  let county: { id: string; path: string; name: string };
  let bureau: { id: string; path: string; name: string };
  let sibling: { id: string; path: string; name: string };

  const rename = (who: { Authorization: string }, id: string, body: object) =>
    api.http().put(`/units/${id}/name`).set(who).send(body);

  beforeAll(async () => {
    api = await startApi();
    const demo = await loadDemo(api.dataSource);
    const ds = api.dataSource;
    // Its own prefecture: a county bureau renamed to 交通运输局 inside 昌吉州 would join the
    // campaigns other files issue there to every county 交通运输局.
    const prefecture = await createUnit(ds, await unitById(ds, demo.unitIds.xj), {
      name: uniqueName('改名州'),
      kind: 'government',
      level: 'prefecture',
    });
    county = await createUnit(ds, prefecture, {
      name: uniqueName('改名县'),
      kind: 'government',
      level: 'county',
    });
    bureau = await createUnit(ds, county, { name: `${county.name}交通局` });
    sibling = await createUnit(ds, county, { name: `${county.name}财政局` });
    const governor = await createUser(ds, prefecture.id, ['admin']);
    prefectureAdmin = {
      Authorization: `Bearer ${await tokenFor(api.http, governor.username, governor.password)}`,
    };
    const local = await createUser(ds, county.id, ['admin']);
    countyAdmin = { Authorization: `Bearer ${await tokenFor(api.http, local.username, local.password)}` };
    const other = await createUser(ds, demo.unitIds.yl, ['admin']);
    strangerAdmin = { Authorization: `Bearer ${await tokenFor(api.http, other.username, other.password)}` };
  });
  afterAll(() => api?.app.close());

  it('renames a bureau for its county’s administrator, keeps its id, and records who did it', async () => {
    const renamed = `${county.name}交通运输局`;
    const res = await rename(countyAdmin, bureau.id, { name: renamed, expectedName: bureau.name }).expect(
      200,
    );
    expect(res.body).toMatchObject({ id: bureau.id, name: renamed });
    const read = await api.http().get(`/units/${bureau.id}`).set(prefectureAdmin).expect(200);
    expect(read.body.name).toBe(renamed);
    const [event] = await api.dataSource.query(
      "SELECT details FROM admin_events WHERE action = 'unit.renamed' AND target_id = ?",
      [bureau.id],
    );
    const details = typeof event.details === 'string' ? JSON.parse(event.details) : event.details;
    expect(details).toEqual({ from: bureau.name, to: renamed });
    bureau = { ...bureau, name: renamed };
  });

  it('changes nothing when someone renamed it meanwhile, and says what it is called now', async () => {
    const res = await rename(prefectureAdmin, bureau.id, {
      name: `${county.name}交通运输管理局`,
      expectedName: `${county.name}交通局`,
    }).expect(409);
    expect(res.body).toMatchObject({ error: 'UNIT_NAME_CHANGED', details: { currentName: bureau.name } });
    const [row] = await api.dataSource.query('SELECT name FROM units WHERE id = ?', [bureau.id]);
    expect(row.name).toBe(bureau.name);
  });

  it('refuses a name its parent already has, and an empty one', async () => {
    const taken = await rename(prefectureAdmin, bureau.id, { name: sibling.name, expectedName: bureau.name });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toBe('UNIT_NAME_TAKEN');
    const blank = await rename(prefectureAdmin, bureau.id, { name: '   ', expectedName: bureau.name });
    expect(blank.status).toBe(400);
    expect(blank.body.message).toContain('at least 2 characters besides spaces');
    // Names that read as another unit's: invisible characters, direction overrides, C1 controls
    // (a penetration test, stop 43, put a second 乙县交通运输局 on a board).
    for (const name of [
      `${sibling.name}\u200b`,
      `\u202e局输运通交县乙`,
      `${county.name}交通\u0085局`,
      `${county.name}\u007f局`,
    ]) {
      const odd = await rename(prefectureAdmin, bureau.id, { name, expectedName: bureau.name });
      expect(odd.status).toBe(400);
      expect(odd.body.error).toBe('VALIDATION_FAILED');
    }
    const [row] = await api.dataSource.query('SELECT name FROM units WHERE id = ?', [bureau.id]);
    expect(row.name).toBe(bureau.name);
  });

  it('leaves the county itself to the prefecture, and another prefecture’s administrator sees nothing', async () => {
    const own = await rename(countyAdmin, county.id, { name: `${county.name}新`, expectedName: county.name });
    expect(own.status).toBe(403);
    expect(own.body.error).toBe('ROLE_REQUIRED');
    const stranger = await rename(strangerAdmin, bureau.id, {
      name: `${bureau.name}X`,
      expectedName: bureau.name,
    });
    expect(stranger.status).toBe(404);
    const [row] = await api.dataSource.query('SELECT name FROM units WHERE id = ?', [county.id]);
    expect(row.name).toBe(county.name);
    await rename(prefectureAdmin, county.id, { name: `${county.name}新`, expectedName: county.name }).expect(
      200,
    );
  });
});
