import {
  bodiesAskingThrough,
  recipientsAskedBy,
  reportingLinesOf,
  type ReportingKind,
  type RoutingInput,
  type Unit,
} from '@app/directory';

/**
 * A campaign's default 主送/抄送 when the issuer names none (docs/campaigns.md, "Recipients"):
 * - every target's line asked for by the issuer (routing.ts, recipientsAskedBy) names the same
 *   units: those, e.g. 依法治县办 → its county's bureaus: 主送 县委、县政府, 抄送 依法治县办;
 * - otherwise (the issuer is on no line of some target, or the targets' lines differ, e.g. a
 *   county government and its bureaus in one campaign): the issuer, as before the table was used.
 *   A campaign stores one recipient list, so differing targets need a campaign each (or recipients
 *   named explicitly); the preview says which case applies.
 * Receipts do not depend on this: the issuing unit decides (accepts, returns) whoever receives.
 */
export type DefaultRecipients =
  | { source: 'routing_table'; kind: ReportingKind; main: UnitRef[]; copy: UnitRef[] }
  | { source: 'issuer'; reason: 'issuer_not_on_line' | 'lines_differ'; main: UnitRef[]; copy: UnitRef[] };

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
    return around ? recipientsAskedBy(reportingLinesOf(around), bodies) : null;
  });
  const issuerReceives = (reason: 'issuer_not_on_line' | 'lines_differ'): DefaultRecipients => ({
    source: 'issuer',
    reason,
    main: [ref(issuer)],
    copy: [],
  });
  const first = asked[0];
  if (!first || asked.some((a) => !a || a.main.length === 0)) return issuerReceives('issuer_not_on_line');
  const keyOf = (a: NonNullable<(typeof asked)[number]>) =>
    `${a.main.map((u) => u.id).join(',')}|${a.copies.map((u) => u.id).join(',')}`;
  if (asked.some((a) => keyOf(a!) !== keyOf(first))) return issuerReceives('lines_differ');
  return {
    source: 'routing_table',
    kind: first.kind,
    main: first.main.map(ref),
    copy: first.copies.map(ref),
  };
}

const ref = (unit: UnitRef): UnitRef => ({ id: unit.id, name: unit.name });
