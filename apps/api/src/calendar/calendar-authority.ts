import { ancestorIdsOf, calendarRegionsOf, type Principal, type Unit } from '@app/directory';

/**
 * Where an administrator may manage the holiday calendar from, per unit they hold `admin` in:
 *   - a top-level unit (no parent): the State Council schedule and every region's extra days;
 *   - a province-level unit: the extra days of its own calendar region, found as for deadlines
 *     (the 2-digit province prefix of the nearest division code on its path, e.g. "65").
 * Regional holidays are announced by the provincial government, so a prefecture or county admin
 * manages none; the national schedule applies to every unit, so only the top level may change it.
 */
export interface CalendarAdminPlace {
  unitId: string;
  unitName: string;
  root: boolean;
  /** The region this place manages (province level only); null for the top level or none. */
  region: string | null;
}

/** Every unit id the admin roles' paths run through, for the one query that reads them. */
export function unitIdsForAdminRoles(principal: Principal): string[] {
  const ids = new Set<string>();
  for (const held of principal.roles) {
    if (held.role === 'admin') for (const id of ancestorIdsOf(held.unitPath)) ids.add(id);
  }
  return [...ids];
}

export function calendarAdminPlaces(
  principal: Principal,
  unitsById: ReadonlyMap<string, Unit>,
): CalendarAdminPlace[] {
  const places: CalendarAdminPlace[] = [];
  for (const held of principal.roles) {
    if (held.role !== 'admin') continue;
    const unit = unitsById.get(held.unitId);
    if (!unit) continue;
    const ancestors = ancestorIdsOf(unit.path)
      .slice(0, -1)
      .map((id) => unitsById.get(id))
      .filter((u): u is Unit => u !== undefined);
    const root = unit.parentId === null;
    const region = unit.level === 'province' ? (calendarRegionsOf(unit, ancestors)[0] ?? null) : null;
    places.push({ unitId: unit.id, unitName: unit.name, root, region });
  }
  return places;
}

/** The place that allows changing the State Council schedule, if any. */
export function nationalPlace(places: readonly CalendarAdminPlace[]): CalendarAdminPlace | undefined {
  return places.find((p) => p.root);
}

/**
 * The place that allows changing `region`'s extra days: an admin of the province it lies in (a
 * 4- or 6-digit code inside the province too), else the top level.
 */
export function regionPlace(
  places: readonly CalendarAdminPlace[],
  region: string,
): CalendarAdminPlace | undefined {
  return places.find((p) => p.region !== null && region.startsWith(p.region)) ?? places.find((p) => p.root);
}
