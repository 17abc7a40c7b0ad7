import { ManualClock } from '@app/common';
import type {
  AdminEventRepository,
  NewAdminEvent,
  NewUnit,
  Principal,
  Unit,
  UnitRepository,
} from '@app/directory';
import type { Transactions } from '@app/persistence';
import { UnitsService } from './units.service';

const unit = (id: string, parent: Unit | null, changes: Partial<Unit> = {}): Unit => ({
  id,
  parentId: parent?.id ?? null,
  path: `${parent?.path ?? '/'}${id}/`,
  depth: parent ? parent.depth + 1 : 0,
  name: id,
  kind: 'government',
  level: 'county',
  divisionCode: null,
  demonstrationArea: false,
  housedInUnitId: null,
  createdAt: new Date('2026-01-01T00:00:00Z'),
  ...changes,
});

const principalAt = (home: Unit, roles: Principal['roles']): Principal => ({
  userId: 'caller',
  username: 'caller',
  displayName: 'caller',
  unitId: home.id,
  unitPath: home.path,
  roles,
  sessionId: 'session',
});

describe('UnitsService', () => {
  const now = new Date('2026-03-01T02:00:00Z');
  const city = unit('city', null, { level: 'prefecture' });
  const justice = unit('justice', city, { kind: 'justice_bureau', level: 'prefecture' });
  const county = unit('county', city);
  const township = unit('township', county, { level: 'township' });
  const elsewhere = unit('elsewhere', null);
  const all = [city, justice, county, township, elsewhere];

  let inTransaction: boolean;
  let inserted: Array<NewUnit & { inTransaction: boolean }>;
  let events: Array<NewAdminEvent & { inTransaction: boolean }>;
  let failInsertWith: Error | null;
  let service: UnitsService;

  beforeEach(() => {
    inTransaction = false;
    inserted = [];
    events = [];
    failInsertWith = null;
    const transactions: Pick<Transactions, 'run'> = {
      run: async <T>(work: () => Promise<T>): Promise<T> => {
        inTransaction = true;
        try {
          return await work();
        } finally {
          inTransaction = false;
        }
      },
    };
    const units: Pick<UnitRepository, 'findById' | 'findSubtree' | 'findAncestors' | 'insert'> = {
      findById: async (id) => all.find((u) => u.id === id) ?? null,
      // Root first, the unit itself left out: the ancestors by path.
      findAncestors: async (of) =>
        all
          .filter((u) => u.id !== of.id && of.path.startsWith(u.path))
          .sort((a, b) => a.path.length - b.path.length),
      findSubtree: async (path, filter = {}) =>
        all
          .filter((u) => u.path.startsWith(path))
          .filter((u) => !filter.kind || u.kind === filter.kind)
          .filter((u) => !filter.level || u.level === filter.level)
          .sort((a, b) => a.path.localeCompare(b.path)),
      insert: async (newUnit) => {
        if (failInsertWith) throw failInsertWith;
        inserted.push({ ...newUnit, inTransaction });
        return unit(newUnit.id, county, { name: newUnit.name, createdAt: newUnit.now });
      },
    };
    const adminEvents: Pick<AdminEventRepository, 'record'> = {
      record: async (event) => {
        events.push({ ...event, inTransaction });
      },
    };
    service = new UnitsService(
      transactions as Transactions,
      units as UnitRepository,
      adminEvents as AdminEventRepository,
      new ManualClock(now),
    );
  });

  it('lists the subtree of each coordinator or admin role once, roots inside other roots read once', async () => {
    const caller = principalAt(justice, [
      { role: 'coordinator', unitId: city.id, unitPath: city.path },
      { role: 'admin', unitId: county.id, unitPath: county.path },
    ]);
    const listed = await service.listVisible(caller, {});
    expect(listed.map((u) => u.id)).toEqual(['city', 'county', 'township', 'justice']);
  });

  it('a caller without subtree roles sees only their own unit, and only when it passes the filter', async () => {
    const drafter = principalAt(township, [
      { role: 'drafter', unitId: township.id, unitPath: township.path },
    ]);
    expect((await service.listVisible(drafter, {})).map((u) => u.id)).toEqual(['township']);
    expect(await service.listVisible(drafter, { level: 'county' })).toEqual([]);
  });

  it('a unit outside the caller reach answers 404, not 403', async () => {
    const admin = principalAt(county, [{ role: 'admin', unitId: county.id, unitPath: county.path }]);
    await expect(service.get(admin, elsewhere.id)).rejects.toMatchObject({ statusCode: 404 });
  });

  it('creates a unit under its parent with the creation event, in one transaction, name trimmed', async () => {
    const admin = principalAt(county, [{ role: 'admin', unitId: county.id, unitPath: county.path }]);
    const created = await service.create(admin, {
      parentId: county.id,
      name: '  示例镇 ',
      kind: 'government',
      level: 'township',
    });
    expect(created.name).toBe('示例镇');
    expect(inserted).toEqual([
      expect.objectContaining({
        parentId: county.id,
        parentPath: county.path,
        name: '示例镇',
        createdBy: 'caller',
        now,
        inTransaction: true,
      }),
    ]);
    expect(events).toEqual([
      expect.objectContaining({ action: 'unit.created', targetId: created.id, inTransaction: true }),
    ]);
  });

  it('a second unit of the same name under one parent answers 409 UNIT_NAME_TAKEN', async () => {
    const admin = principalAt(county, [{ role: 'admin', unitId: county.id, unitPath: county.path }]);
    failInsertWith = Object.assign(new Error('Duplicate entry'), { code: 'ER_DUP_ENTRY', errno: 1062 });
    await expect(
      service.create(admin, { parentId: county.id, name: 'township', kind: 'government', level: 'township' }),
    ).rejects.toMatchObject({ statusCode: 409, code: 'UNIT_NAME_TAKEN' });
    expect(events).toEqual([]);
  });

  it('a drafter cannot create units', async () => {
    const drafter = principalAt(county, [{ role: 'drafter', unitId: county.id, unitPath: county.path }]);
    await expect(
      service.create(drafter, { parentId: county.id, name: 'x', kind: 'government', level: 'township' }),
    ).rejects.toMatchObject({ statusCode: 403 });
    expect(inserted).toEqual([]);
  });
});
