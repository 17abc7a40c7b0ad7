import {
  bodiesAskingThrough,
  recipientsAskedByAll,
  reportingLinesOf,
  type AskedRecipients,
  type ExternalBody,
  type RecipientRole,
  type ReportingKind,
  type ReportingLine,
  type RoutingInput,
  type Unit,
} from '@app/directory';
import type { ReportLine } from '@app/reports';

/**
 * A campaign's default 主送/抄送 when the issuer names none (docs/campaigns.md, "Recipients"):
 * - every target's line asked for by the issuer (routing.ts, recipientsAskedByAll) names the same
 *   recipients: those, one list for the campaign, e.g. 依法治县办 → its county's bureaus: 主送
 *   县委、县政府, 抄送 依法治县办; 依法治区办 → 自治区党委 and 自治区政府: 主送 党中央、国务院, 抄送
 *   中央依法治国办 (bodies outside the tree, `external`). When a target offers several parts (a
 *   provincial government: its own level's, and the centre's), the first one every target shares wins;
 * - the issuer is on a line of every target but the lines differ (a county government and its
 *   bureaus in one notice, as the 依法治县办's real notices do): each target gets its own list, the
 *   first part of its lines the issuer asks for; targets with the same list form one group
 *   (`per_target`), e.g. 县政府: 主送 县委、县人大常委会 / the bureaus: 主送 县委、县政府, 抄送 依法治县办;
 * - the issuer is on no line of any target: the issuer receives, as before the table was used;
 * - the issuer is on the lines of some targets only (a 依法治县办 asking the 县委 with the county's
 *   bureaus): per target as above, the targets off its lines in a group of their own that the issuer
 *   receives (`kind` null). One such target turned the whole notice to the issuer, and the bureaus'
 *   reports no longer reached the 县委 and 县政府 (scenario test, stop 48).
 * Receipts do not depend on this: the issuing unit decides (accepts, returns) whoever receives.
 */
export type DefaultRecipients =
  | ({ source: 'routing_table'; kind: ReportingKind } & RecipientLists)
  | ({ source: 'issuer'; reason: 'issuer_not_on_line' } & RecipientLists)
  | { source: 'per_target'; groups: TargetRecipientGroup[] };

/** Targets sharing one line's recipients, in the order of their first target. */
export interface TargetRecipientGroup extends RecipientLists {
  /** The row of the rules table; null: the issuer is on none of these targets' lines and receives. */
  kind: ReportingKind | null;
  targetIds: string[];
}

export interface RecipientLists {
  main: UnitRef[];
  copy: UnitRef[];
  /** Bodies outside the tree (EXTERNAL_BODIES keys), 主送 and 抄送. */
  external: { main: ExternalBody[]; copy: ExternalBody[] };
  /**
   * Recipients the rules name on this line but the directory lacks (say, no 人大常委会 unit yet): said,
   * never guessed (docs/domain.md). Over every target sharing the lists.
   */
  unresolved: RecipientRole[];
}

type UnitRef = Pick<Unit, 'id' | 'name'>;

export interface DefaultRecipientsInput {
  issuer: Unit;
  issuerParent: Unit | null;
  housedOffices: Unit[];
  targets: Unit[];
  /** Per target id (CampaignRecipientRoutingRepository.neighbourhoodsOf). */
  neighbourhoods: Map<string, RoutingInput>;
  /** The line the campaign asks for: the demonstration line's recipients, or the ordinary lines'. */
  reportLine: ReportLine;
}

/** A campaign on the demonstration line follows that line alone; an ordinary one every other line. */
function onLine(reportLine: ReportLine) {
  return (line: ReportingLine) =>
    (line.kind === 'demonstration_area') === (reportLine === 'demonstration_area');
}

/**
 * A line none of whose 主送 the directory holds: nobody in the tree to receive it. The demonstration
 * line's centre is outside the tree, so the missing 依法治省办 leaves it with no one to ask through.
 */
const lacksEveryMainUnit = (line: ReportingLine): boolean =>
  line.unresolved.length > 0 && line.main.every((r) => r.type === 'external');

export function defaultRecipients(input: DefaultRecipientsInput): DefaultRecipients {
  const { issuer, targets, neighbourhoods } = input;
  const bodies = bodiesAskingThrough({
    issuer,
    parent: input.issuerParent,
    housedOffices: input.housedOffices,
  });
  const linesOf = targets.map((target) => {
    const around = neighbourhoods.get(target.id);
    return around ? reportingLinesOf(around).filter(onLine(input.reportLine)) : [];
  });
  const asked = linesOf.map((lines) => recipientsAskedByAll(lines, bodies).filter(addressesSomeone));
  if (asked.length === 0 || asked.every((parts) => parts.length === 0))
    return {
      source: 'issuer',
      reason: 'issuer_not_on_line',
      main: [ref(issuer)],
      copy: [],
      external: { main: [], copy: [] },
      // A line whose 主送 the directory lacks altogether (no 依法治省办 for the demonstration line)
      // has nobody on it to ask through: the issuer receives, and the missing recipients are named.
      unresolved: unresolvedOf(linesOf.flat().filter(lacksEveryMainUnit)),
    };
  if (asked.some((parts) => parts.length === 0)) {
    // The off-line targets' lines that name no 主送 the directory holds are said, as when every
    // target is off the issuer's lines (review, stop 48: the group named nothing missing).
    const missing = unresolvedOf(
      linesOf
        .filter((_, i) => asked[i].length === 0)
        .flat()
        .filter(lacksEveryMainUnit),
    );
    return { source: 'per_target', groups: groupByList(targets, asked, issuer, missing) };
  }
  // Each target's parts by key, made once: comparing every part of the first target with every part
  // of 3,000 others rebuilt both keys per comparison.
  const keys = asked.map((parts) => new Set(parts.map(keyOf)));
  const shared = asked[0].find((part) => {
    const key = keyOf(part);
    return keys.every((of) => of.has(key));
  });
  if (shared) {
    const key = keyOf(shared);
    const sharing = asked.map((parts) => parts.find((part) => keyOf(part) === key)!);
    return {
      source: 'routing_table',
      kind: shared.kind,
      ...listsOf(shared),
      unresolved: unresolvedOf(sharing),
    };
  }
  return { source: 'per_target', groups: groupByList(targets, asked, issuer) };
}

/**
 * Each target with its first asked part; targets on the same line whose parts name the same
 * recipients share a group.
 * A target with no part (the issuer is on none of its lines) is in the issuer's group.
 */
function groupByList(
  targets: Unit[],
  asked: AskedRecipients[][],
  issuer: Unit,
  offLineUnresolved: RecipientRole[] = [],
): TargetRecipientGroup[] {
  const groups = new Map<string, TargetRecipientGroup>();
  const issuerReceives: TargetRecipientGroup = {
    kind: null,
    targetIds: [],
    main: [ref(issuer)],
    copy: [],
    external: { main: [], copy: [] },
    unresolved: offLineUnresolved,
  };
  targets.forEach((target, i) => {
    const part = asked[i][0];
    if (!part) {
      if (issuerReceives.targetIds.length === 0) groups.set('(issuer)', issuerReceives);
      issuerReceives.targetIds.push(target.id);
      return;
    }
    // By line and lists: a township's line that happens to name the bureaus' recipients is its own
    // group, with its own missing recipients (a scenario test, stop 49: the 镇 was shown as a
    // department, warned of a 上一级政府有关部门 its line does not have).
    const key = `${part.kind}|${keyOf(part)}`;
    const group = groups.get(key) ?? { kind: part.kind, targetIds: [], ...listsOf(part) };
    group.targetIds.push(target.id);
    group.unresolved = unresolvedOf([group, part]);
    groups.set(key, group);
  });
  return [...groups.values()];
}

const listsOf = (part: AskedRecipients): RecipientLists => ({
  main: part.main.map(ref),
  copy: part.copies.map(ref),
  external: { main: part.externalMain, copy: part.externalCopies },
  unresolved: part.unresolved,
});

/** Every role missing for some of the parts, once, in the rules' order of first mention. */
const unresolvedOf = (parts: ReadonlyArray<{ unresolved: RecipientRole[] }>): RecipientRole[] => [
  ...new Set(parts.flatMap((part) => part.unresolved)),
];

const addressesSomeone = (part: AskedRecipients) => part.main.length + part.externalMain.length > 0;

const keyOf = (part: AskedRecipients) =>
  [part.main.map((u) => u.id), part.copies.map((u) => u.id), part.externalMain, part.externalCopies]
    .map((ids) => ids.join(','))
    .join('|');

const ref = (unit: UnitRef): UnitRef => ({ id: unit.id, name: unit.name });
