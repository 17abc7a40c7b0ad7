import type { Me, Unit } from '../../api/openapi.gen';

/**
 * Whether to offer 接收/退回 on a receipt: the user is a coordinator of the issuing unit or of a
 * unit above it (walking parentId through the units the console knows). The API decides: a
 * coordinator above the issuer is refused with 403, which the panel shows as it is.
 */
export function mayDecideReceipt(me: Me | null, issuingUnitId: string, units: readonly Unit[]): boolean {
  if (!me) return false;
  const coordinated = new Set(me.roles.filter((r) => r.role === 'coordinator').map((r) => r.unitId));
  if (coordinated.size === 0) return false;
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const seen = new Set<string>();
  for (
    let unit: string | null | undefined = issuingUnitId;
    unit && !seen.has(unit);
    unit = parentOf.get(unit)
  ) {
    if (coordinated.has(unit)) return true;
    seen.add(unit);
  }
  return false;
}
