import type { Principal, Unit } from '@app/directory';
import { calendarAdminPlaces, nationalPlace, regionPlace } from './calendar-authority';

const unit = (id: string, path: string, level: Unit['level'], divisionCode: string | null = null): Unit =>
  ({
    id,
    parentId: path.split('/').filter(Boolean).slice(-2, -1)[0] ?? null,
    path,
    name: id,
    level,
    kind: 'government',
    divisionCode,
  }) as Unit;

const units = new Map(
  [
    unit('root', '/root/', 'province'),
    unit('xj', '/root/xj/', 'province', '65'),
    unit('xjsft', '/root/xj/xjsft/', 'province'),
    unit('cj', '/root/xj/cj/', 'prefecture', '6523'),
  ].map((u) => [u.id, u]),
);
const adminAt = (...ids: string[]): Principal => ({
  userId: 'u',
  username: 'u',
  displayName: 'u',
  unitId: ids[0],
  unitPath: units.get(ids[0])!.path,
  sessionId: 's',
  roles: ids.map((id) => ({ role: 'admin' as const, unitId: id, unitPath: units.get(id)!.path })),
});

describe('who manages which holiday schedule', () => {
  it('the top level manages the national schedule and every region', () => {
    const places = calendarAdminPlaces(adminAt('root'), units);
    expect(nationalPlace(places)?.unitId).toBe('root');
    expect(regionPlace(places, '65')?.unitId).toBe('root');
  });

  it("a province-level unit (its region from the nearest division code) manages its region's days only", () => {
    for (const id of ['xj', 'xjsft']) {
      const places = calendarAdminPlaces(adminAt(id), units);
      expect(nationalPlace(places)).toBeUndefined();
      expect(regionPlace(places, '65')?.unitId).toBe(id);
      expect(regionPlace(places, '6501')?.unitId).toBe(id);
      expect(regionPlace(places, '54')).toBeUndefined();
    }
  });

  it('a prefecture admin manages none', () => {
    const places = calendarAdminPlaces(adminAt('cj'), units);
    expect(nationalPlace(places)).toBeUndefined();
    expect(regionPlace(places, '65')).toBeUndefined();
  });
});
