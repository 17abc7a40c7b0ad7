import { UNIT_LEVELS, type UnitKind, type UnitLevel } from './unit.repository';

/** What a new unit says of its own place in the tree, checked against its parent's. */
export interface PlacementRequest {
  level: UnitLevel;
  /** Absent: not checked (the level and code alone). */
  kind?: UnitKind;
  divisionCode?: string | null;
}

/** The parent and the administrative division code nearest above the new unit (the parent's own first). */
export interface PlacementContext {
  parentLevel: UnitLevel;
  /** Absent: not checked. */
  parentKind?: UnitKind;
  /** The nearest division code on the parent's path, the parent's own included; null when none. */
  nearestDivisionCode: string | null;
}

/**
 * Why a unit may not be created with this level and division code under this parent, or null when
 * it may. A unit is never above its parent (a 县's department is not a 省) and its division code lies
 * inside the nearest one above it (GB/T 2260: 652323 inside 6523 or 652300, inside 65 or 650000).
 * Both decide authority outside the subtree: a "province" unit's admin edits its region's holiday
 * calendar, which counts every deadline in that region (penetration test, round 15: a prefecture's
 * admin made a "province" unit under a county bureau and set another province's calendar).
 */
export function placementProblem(request: PlacementRequest, context: PlacementContext): string | null {
  // A government is the place's own (人民政府): under the government of the place above, never under
  // a bureau or an office, whose administrator would then be "the unit above" it and could designate
  // it a demonstration area, or ask it for the additional report (pen test, stop 45).
  if (request.kind === 'government' && context.parentKind && context.parentKind !== 'government') {
    return `A government (人民政府) sits under the government of the place above it, not under a ${context.parentKind}; choose that government as its parent`;
  }
  if (UNIT_LEVELS.indexOf(request.level) < UNIT_LEVELS.indexOf(context.parentLevel)) {
    return `A unit under a ${context.parentLevel}-level unit cannot be at the ${request.level} level; choose ${context.parentLevel} or below`;
  }
  const code = request.divisionCode;
  const above = context.nearestDivisionCode;
  if (code && above && !code.startsWith(significantDigits(above))) {
    return `divisionCode ${code} is not inside ${above}, the division this unit is in; it must start with ${significantDigits(above)}`;
  }
  return null;
}

/** Whether two division codes name the same division (652300 and 6523 do); false when either is unknown. */
export function sameDivision(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && significantDigits(a) === significantDigits(b);
}

/** A division code without its trailing pairs of zeros (650000 -> 65, 652300 -> 6523), at least 2 digits. */
function significantDigits(code: string): string {
  let digits = code;
  while (digits.length > 2 && digits.endsWith('00')) digits = digits.slice(0, -2);
  return digits;
}
