import type { Me } from '../api/openapi.gen';

/**
 * Who gets 抄送给我的: a member of a justice bureau (the rule-of-law office copies go to) holding
 * the role the API's 'report.read-copy' asks for there — unit_leader in the unit itself, or
 * coordinator (held in the unit or above it). Anyone else would only see an empty list or a 403.
 */
export function canReadCopies(me: Me | null): boolean {
  if (!me || me.unit.kind !== 'justice_bureau') return false;
  return me.roles.some(
    (r) => r.role === 'coordinator' || (r.role === 'unit_leader' && r.unitId === me.unit.id),
  );
}
