import { startApi } from '../support/apps';
import { createUnit, createUser, uniqueName } from '../support/factories';
import { login } from '../campaigns/campaign-helpers';

/**
 * GET /units/drafter-counts: before 下发 the issuer learns which target units nobody could draft
 * for. Counts only (never who), and only for the subtrees the caller coordinates or administers.
 */
describe('drafter counts for issuers', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  const units = {} as Record<
    'prefecture' | 'staffed' | 'unstaffed' | 'foreign',
    { id: string; path: string }
  >;
  const counts = async (token: string) => {
    const res = await api
      .http()
      .get('/units/drafter-counts')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    return new Map((res.body as Array<{ unitId: string; drafters: number }>).map((c) => [c.unitId, c]));
  };

  beforeAll(async () => {
    api = await startApi({ env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    const ds = api.dataSource;
    units.prefecture = await createUnit(ds, null, {
      name: uniqueName('计数州'),
      kind: 'government',
      level: 'prefecture',
    });
    units.staffed = await createUnit(ds, units.prefecture, { name: uniqueName('有起草人局') });
    units.unstaffed = await createUnit(ds, units.prefecture, { name: uniqueName('无起草人局') });
    const foreignPrefecture = await createUnit(ds, null, { kind: 'government', level: 'prefecture' });
    units.foreign = await createUnit(ds, foreignPrefecture, { name: uniqueName('外州局') });
    await createUser(ds, units.staffed.id, ['drafter']);
    await createUser(ds, units.staffed.id, ['drafter']);
    await createUser(ds, units.foreign.id, ['drafter']);
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('tells a coordinator who is not an admin how many drafters each unit of its subtree has, without names', async () => {
    const coordinator = await createUser(api.dataSource, units.prefecture.id, ['coordinator']);
    const seen = await counts(await login(api.http, coordinator.username, coordinator.password));
    expect(seen.get(units.staffed.id)).toEqual({ unitId: units.staffed.id, drafters: 2 });
    expect(seen.get(units.unstaffed.id)).toEqual({ unitId: units.unstaffed.id, drafters: 0 });
    // Another prefecture's units are outside its reach: not even their counts.
    expect(seen.has(units.foreign.id)).toBe(false);
  });

  it('gives a 依法治州办 coordinator the counts of the area it issues to, with the target area', async () => {
    // The office sits under the 州委 under the 州政府: its own reach is the office alone, so the
    // issuing form warned that every county had no drafter (a civil servant's walk, stop 40).
    const party = await createUnit(api.dataSource, units.prefecture, {
      name: uniqueName('计数州委'),
      kind: 'party_committee',
      level: 'prefecture',
    });
    const office = await createUnit(api.dataSource, party, {
      name: uniqueName('计数依法治州办'),
      kind: 'rule_of_law_office',
      level: 'prefecture',
    });
    const coordinator = await createUser(api.dataSource, office.id, ['coordinator']);
    const token = await login(api.http, coordinator.username, coordinator.password);
    const area = await api
      .http()
      .get('/campaigns/target-area')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    const seen = new Map(
      (area.body.drafterCounts as Array<{ unitId: string; drafters: number }>).map((c) => [
        c.unitId,
        c.drafters,
      ]),
    );
    expect([seen.get(units.staffed.id), seen.get(units.unstaffed.id)]).toEqual([2, 0]);
    expect(seen.has(units.foreign.id)).toBe(false);
  });

  it('gives a drafter, who issues nothing, no counts at all', async () => {
    const drafter = await createUser(api.dataSource, units.staffed.id, ['drafter']);
    const seen = await counts(await login(api.http, drafter.username, drafter.password));
    expect(seen.size).toBe(0);
  });
});
