import type { DefaultRecipients } from '../../api/openapi.gen';

/** A body outside the tree (党中央, 国务院, …), as the API names it. */
export type ExternalBody = DefaultRecipients['external']['main'][number]['body'];

/** The bodies 厅字〔2019〕28号 names outside the tree, in the words printed on the 公文. */
const EXTERNAL_BODY_NAMES: Record<ExternalBody, string> = {
  party_central_committee: '党中央',
  state_council: '国务院',
  central_rule_of_law_office: '中央依法治国办',
  state_council_department: '国务院有关部门',
};

/** A body's printed name from its key (party_central_committee → 党中央); undefined for anything else. */
export function externalBodyName(key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(EXTERNAL_BODY_NAMES, key)
    ? EXTERNAL_BODY_NAMES[key as ExternalBody]
    : undefined;
}

/**
 * The lists hold unit ids and bodies outside the tree side by side, a body as `external:<key>`
 * (never a unit id, which is a UUID), so the issuer orders and removes them alike.
 */
const EXTERNAL = 'external:';
export const externalValue = (body: ExternalBody) => `${EXTERNAL}${body}`;

/** The unit ids and the bodies of one list of the form, for the API's `recipients`. */
export function splitRecipients(values: string[] | undefined): { units: string[]; bodies: ExternalBody[] } {
  const units: string[] = [];
  const bodies: ExternalBody[] = [];
  for (const value of values ?? []) {
    if (value.startsWith(EXTERNAL)) bodies.push(value.slice(EXTERNAL.length) as ExternalBody);
    else units.push(value);
  }
  return { units, bodies };
}

/** The name of a unit or body in a list, for the confirmation. */
export function recipientName(units: Array<{ id: string; name: string }>, value: string): string {
  if (value.startsWith(EXTERNAL))
    return EXTERNAL_BODY_NAMES[value.slice(EXTERNAL.length) as ExternalBody] ?? value;
  return units.find((u) => u.id === value)?.name ?? value;
}

/** The bodies as choices of the recipient lists. */
export const externalOptions = (Object.keys(EXTERNAL_BODY_NAMES) as ExternalBody[]).map((body) => ({
  value: externalValue(body),
  label: EXTERNAL_BODY_NAMES[body],
}));
