import {
  bodiesAskingThrough,
  recipientsAskedByAll,
  reportingLinesOf,
  type AskedRecipients,
  type ExternalBody,
  type ReportingKind,
  type RoutingInput,
  type Unit,
} from '@app/directory';

/**
 * A campaign's default 主送/抄送 when the issuer names none (docs/campaigns.md, "Recipients"):
 * - every target's line asked for by the issuer (routing.ts, recipientsAskedByAll) names the same
 *   recipients: those, e.g. 依法治县办 → its county's bureaus: 主送 县委、县政府, 抄送 依法治县办;
 *   依法治区办 → 自治区党委 and 自治区政府: 主送 党中央、国务院, 抄送 中央依法治国办 (bodies outside
 *   the tree, `external`). When a target offers several parts (a provincial government: its own
 *   level's, and the centre's), the first one every target shares wins;
 * - otherwise (the issuer is on no line of some target, or the targets' lines differ, e.g. a
 *   county government and its bureaus in one campaign): the issuer, as before the table was used.
 *   A campaign stores one recipient list, so differing targets need a campaign each (or recipients
 *   named explicitly); the preview says which case applies.
 * Receipts do not depend on this: the issuing unit decides (accepts, returns) whoever receives.
 */
export type DefaultRecipients =
  | ({ source: 'routing_table'; kind: ReportingKind } & RecipientLists)
  | ({ source: 'issuer'; reason: 'issuer_not_on_line' | 'lines_differ' } & RecipientLists);

interface RecipientLists {
  main: UnitRef[];
  copy: UnitRef[];
  /** Bodies outside the tree (EXTERNAL_BODIES keys), 主送 and 抄送. */
  external: { main: ExternalBody[]; copy: ExternalBody[] };
}

type UnitRef = Pick<Unit, 'id' | 'name'>;

export interface DefaultRecipientsInput {
  issuer: Unit;
  issuerParent: Unit | null;
  housedOffices: Unit[];
  targets: Unit[];
  /** Per target id (CampaignRecipientRoutingRepository.neighbourhoodsOf). */
  neighbourhoods: Map<string, RoutingInput>;
}

export function defaultRecipients(input: DefaultRecipientsInput): DefaultRecipients {
  const { issuer, targets, neighbourhoods } = input;
  const bodies = bodiesAskingThrough({
    issuer,
    parent: input.issuerParent,
    housedOffices: input.housedOffices,
  });
  const asked = targets.map((target) => {
    const around = neighbourhoods.get(target.id);
    return around ? recipientsAskedByAll(reportingLinesOf(around), bodies).filter(addressesSomeone) : [];
  });
  const issuerReceives = (reason: 'issuer_not_on_line' | 'lines_differ'): DefaultRecipients => ({
    source: 'issuer',
    reason,
    main: [ref(issuer)],
    copy: [],
    external: { main: [], copy: [] },
  });
  if (asked.length === 0 || asked.some((parts) => parts.length === 0))
    return issuerReceives('issuer_not_on_line');
  // Each target's parts by key, made once: comparing every part of the first target with every part
  // of 3,000 others rebuilt both keys per comparison.
  const keys = asked.map((parts) => new Set(parts.map(keyOf)));
  const shared = asked[0].find((part) => {
    const key = keyOf(part);
    return keys.every((of) => of.has(key));
  });
  if (!shared) return issuerReceives('lines_differ');
  return {
    source: 'routing_table',
    kind: shared.kind,
    main: shared.main.map(ref),
    copy: shared.copies.map(ref),
    external: { main: shared.externalMain, copy: shared.externalCopies },
  };
}

const addressesSomeone = (part: AskedRecipients) => part.main.length + part.externalMain.length > 0;

const keyOf = (part: AskedRecipients) =>
  [part.main.map((u) => u.id), part.copies.map((u) => u.id), part.externalMain, part.externalCopies]
    .map((ids) => ids.join(','))
    .join('|');

const ref = (unit: UnitRef): UnitRef => ({ id: unit.id, name: unit.name });
