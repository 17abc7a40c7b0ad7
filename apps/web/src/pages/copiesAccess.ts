import type { Me } from '../api/openapi.gen';

/**
 * The kinds of unit reports are sent to (主送 or 抄送): the justice bureau and the rule-of-law
 * office by the regulation's copy rule, the party committee, the government and the congress's
 * standing committee when a campaign names them 主送. A department receives only what it asked for
 * as an issuer, and an issuer holds the coordinator role.
 */
const RECEIVING_KINDS: ReadonlySet<string> = new Set([
  'justice_bureau',
  'rule_of_law_office',
  'party_committee',
  'government',
  'congress_standing_committee',
]);

/**
 * Who gets 收到的报告: the roles the API's 'report.read-copy' asks for — a coordinator (held in the
 * unit or above it), or the unit_leader of a unit reports are sent to. Anyone else would only see an
 * empty list or a 403.
 */
export function canReadCopies(me: Me | null): boolean {
  if (!me) return false;
  return me.roles.some(
    (r) =>
      r.role === 'coordinator' ||
      (r.role === 'unit_leader' && r.unitId === me.unit.id && RECEIVING_KINDS.has(me.unit.kind)),
  );
}
