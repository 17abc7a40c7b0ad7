import { functionOf, sameDivision, type ExternalBody, type Unit } from '@app/directory';

// Whom a campaign's issuer may ask and whom it may name as recipients: pure rules over unit paths.

/**
 * The subtrees whose units (strictly below each root, never the issuer) the issuer may target.
 * Every issuer asks the units below it. An issuer that is not a government also speaks for its
 * level: it asks units of the government it belongs to (`levelGovernment`, its nearest government
 * ancestor). A department asks only its counterparts there, the departments of the same function
 * (routing.ts, functionOf: 州交通运输局 → 呼图壁县交通运输局, never 呼图壁县财政局 or a county
 * government: a penetration test, stop 42, found a 州交通运输局 asking 呼图壁县财政局, which pulled
 * that bureau's deadline in to the day and would have made it a receiver of its report). A 司法局
 * (which runs its level's 依法治X办) and a rule-of-law office under the 县委 (依法治县办) ask all the
 * units of their level. A party committee or its office also asks the level government itself: the
 * government reports to its own level's 党委 and 人大常委会 (routing.ts, government_to_own_level).
 */
export function targetAreaRoots(
  issuer: Unit,
  levelGovernment: Pick<Unit, 'id' | 'path' | 'name'> | null,
): TargetAreaRoot[] {
  const roots: TargetAreaRoot[] = [{ id: issuer.id, path: issuer.path, includesItself: false }];
  if (issuer.kind !== 'government' && levelGovernment) {
    roots.push({
      id: levelGovernment.id,
      path: levelGovernment.path,
      includesItself: PARTY_SIDE_ISSUERS.includes(issuer.kind),
      counterpartsOf: issuer.kind === 'department' ? functionOf(issuer.name, levelGovernment.name) : null,
    });
  }
  return roots;
}

/** A subtree an issuer may ask, strictly below the root unless `includesItself`. */
export interface TargetAreaRoot {
  id: string;
  path: string;
  includesItself: boolean;
  /**
   * When a string, only the departments of this function (functionOf) below the root: a department's
   * counterparts. An empty string (a department whose name says no function once the place is taken
   * off, 昌吉州经济技术开发区 say) has none; it is not "no restriction" (a penetration test, stop 43,
   * renamed a bureau so and then asked every unit of its level). Null or absent: the whole subtree.
   */
  counterpartsOf?: string | null;
}

/** Whether a root admits only a department's counterparts (even none), rather than its whole subtree. */
export function asksCounterparts(root: TargetAreaRoot): boolean {
  return root.counterpartsOf !== null && root.counterpartsOf !== undefined;
}

/** The name of the nearest government at or above a unit (its own government, for a department). */
export type GovernmentNameOf = (unit: Pick<Unit, 'path'>) => string | null;

/** A government-name lookup for areas with no counterpart root (nothing asks it). */
export const NO_GOVERNMENT_NAMES: GovernmentNameOf = () => null;

/** Issuers that speak for their level's 党委 and so ask its government for its own report. */
const PARTY_SIDE_ISSUERS: ReadonlyArray<Unit['kind']> = ['party_committee', 'rule_of_law_office'];

/** The nearest government above a unit, from its ancestors (root first); null when there is none. */
export function levelGovernmentOf<T extends Pick<Unit, 'kind' | 'path'>>(ancestors: T[]): T | null {
  // findByIds returns them ordered by path, root first; the deepest government is the nearest.
  return [...ancestors].reverse().find((a) => a.kind === 'government') ?? null;
}

/**
 * The units a rule-of-law office (依法治县办) receives campaigns for: its own level's 党委 and
 * government, the bodies it works for. A notice the 依法治州办 sends 各县市 is forwarded (逐级下发) by
 * the county's office, which sits under the 县委 and so below neither target (a walk and a scenario
 * test, stop 49: it neither saw the notice nor could forward it). Only an office where routing looks
 * for the level's office (officeOf): under the 党委 that sits under its government, or directly under
 * the government. An office made anywhere else (a bureau's admin can make one under the bureau)
 * serves nobody (review, stop 49). Any other issuer receives only what is sent to it or below it.
 */
export function unitsServedBy<T extends Pick<Unit, 'id' | 'kind' | 'level' | 'parentId'>>(
  issuer: Pick<Unit, 'kind' | 'level' | 'parentId'>,
  ancestors: T[],
): T[] {
  if (issuer.kind !== 'rule_of_law_office') return [];
  const ofLevel = (unit: T | undefined, kind: Unit['kind']) =>
    unit && unit.kind === kind && unit.level === issuer.level ? unit : undefined;
  const parent = ancestors.find((a) => a.id === issuer.parentId);
  const government = ofLevel(parent, 'government');
  if (government) return [government];
  const party = ofLevel(parent, 'party_committee');
  const partyGovernment = ofLevel(
    ancestors.find((a) => a.id === party?.parentId),
    'government',
  );
  return party && partyGovernment ? [party, partyGovernment] : [];
}

/**
 * Whether `unit` lies below one of the roots (or is a root that includes itself), is a counterpart
 * where the root asks only those, and is not the issuer.
 */
export function inTargetArea(
  unit: Pick<Unit, 'id' | 'path' | 'kind' | 'name'>,
  issuer: Pick<Unit, 'id'>,
  roots: TargetAreaRoot[],
  governmentNameOf: GovernmentNameOf,
): boolean {
  return (
    unit.id !== issuer.id &&
    roots.some(
      (root) =>
        (root.includesItself || unit.path !== root.path) &&
        unit.path.startsWith(root.path) &&
        (!asksCounterparts(root) ||
          (unit.kind === 'department' &&
            root.counterpartsOf !== '' &&
            functionOf(unit.name, governmentNameOf(unit) ?? '') === root.counterpartsOf)),
    )
  );
}

/** The path of a unit's parent ('/a/b/c/' → '/a/b/'); '/' for a root. */
function parentPathOf(path: string): string {
  return path.replace(/[^/]+\/$/, '');
}

type Addressed = Pick<Unit, 'id' | 'path' | 'kind' | 'level' | 'divisionCode'>;

/** The party side that sits beside a government node of the same level (县委, 县人大常委会, 依法治县办). */
const PARTY_AND_CONGRESS: ReadonlyArray<Unit['kind']> = [
  'party_committee',
  'congress_standing_committee',
  'rule_of_law_office',
];

/**
 * The issuer's level node: the highest unit on its path (itself included) at the issuer's own
 * level, e.g. 呼图壁县 for the 依法治县办 or a county bureau, 昌吉州 for the 州交通运输局.
 */
export function levelNodeOf(issuer: Addressed, ancestors: Addressed[]): Addressed {
  return levelNodeAt(issuer.level, issuer, ancestors) ?? issuer;
}

/** The highest unit of `level` on the issuer's path (itself included); null when its path has none. */
function levelNodeAt(level: Unit['level'], issuer: Addressed, ancestors: Addressed[]): Addressed | null {
  return [...ancestors, issuer].find((a) => a.level === level) ?? null;
}

/**
 * Whom the issuer may name as a recipient (主送 or 抄送), never a unit below it:
 * - itself, or a unit above it on its path;
 * - its own level's 党委, 人大常委会 and 依法治X办 inside its level node, even below it (a government
 *   holds its 党委 below it; a 党委 its 依法治X办): the routing table's 主送 for departments' reports
 *   (县委、县政府) and 抄送 for a lower level's 党委/政府 report (依法治州办, named by the 州委);
 * - at any level, its own or above, a unit whose parent is on its path and that lies inside the
 *   level node of that level on its path (州委, 州人大常委会 and the 州交通运输局 inside 昌吉州 for a
 *   呼图壁 office; 县委 inside 呼图壁县), or a party committee, people's congress or rule-of-law
 *   office placed beside that level node (a sibling under the same parent) and of the same
 *   administrative division (its division code; where either has none, nobody can tell whose it
 *   is, and it is refused);
 * - never another county's or prefecture's government, departments or party side: the parent of
 *   伊犁州 is on a 呼图壁 office's path too (the region), but 伊犁州 is not inside 昌吉州 (penetration
 *   test, stop 39: a county office named it 抄送 and its readers read the county's reports).
 */
export function mayAddress(issuer: Addressed, ancestors: Addressed[], recipient: Addressed): boolean {
  if (recipient.id === issuer.id) return true;
  if (ownLevelPartySide(issuer, levelNodeOf(issuer, ancestors), recipient)) return true;
  if (recipient.path.startsWith(issuer.path)) return false;
  if (issuer.path.startsWith(recipient.path)) return true;
  if (!issuer.path.startsWith(parentPathOf(recipient.path))) return false;
  if (levelRank(recipient.level) > levelRank(issuer.level)) return false;
  const levelNode = levelNodeAt(recipient.level, issuer, ancestors);
  if (!levelNode) return false;
  if (recipient.path.startsWith(levelNode.path)) return true;
  return (
    PARTY_AND_CONGRESS.includes(recipient.kind) &&
    parentPathOf(recipient.path) === parentPathOf(levelNode.path) &&
    sameDivision(recipient.divisionCode, levelNode.divisionCode)
  );
}

/**
 * The issuer's own level's 党委, 人大常委会 and 依法治X办, wherever the tree holds them inside the
 * level node: below the government node, and the office below the 党委. Every issuer of that level
 * may name them (the routing table's 主送 and 抄送 of a department's report, and the 抄送 of a lower
 * level's 党委/政府 report when the 党委 itself or a 司法局 housing the office issues); whether they
 * sit below the issuer (a government, a 党委 with its office) or beside it does not change that.
 */
function ownLevelPartySide(issuer: Addressed, levelNode: Addressed, recipient: Addressed): boolean {
  return (
    recipient.level === issuer.level &&
    PARTY_AND_CONGRESS.includes(recipient.kind) &&
    recipient.path.startsWith(levelNode.path)
  );
}

const LEVEL_ORDER: ReadonlyArray<Unit['level']> = ['province', 'prefecture', 'county', 'township'];

/** 0 for a province, higher further down. */
function levelRank(level: Unit['level']): number {
  return LEVEL_ORDER.indexOf(level);
}

export interface RecipientsInput {
  main?: string[];
  copy?: string[];
  /** Bodies outside the tree (EXTERNAL_BODIES keys; the DTO refuses others). */
  external?: { main?: ExternalBody[]; copy?: ExternalBody[] };
}

export interface CampaignRecipientsPlan {
  main: string[];
  copy: string[];
  external: { main: ExternalBody[]; copy: ExternalBody[] };
}

/** A campaign's recipients as issued: one list for every target, or one per group of targets. */
export type IssuedRecipients =
  | { shared: CampaignRecipientsPlan; perTarget: null }
  | { shared: null; perTarget: Array<{ targetIds: string[]; recipients: CampaignRecipientsPlan }> };

/**
 * Checks the named recipients (default main: the issuer) against the units found, the campaign's
 * targets and the issuer's reach; returns the problems, one per bad id (empty: all fine).
 */
export function recipientProblems(input: {
  issuer: Addressed;
  /** The issuer's ancestors (root first). */
  ancestors: Addressed[];
  recipients: CampaignRecipientsPlan;
  found: Addressed[];
  targetIds: ReadonlySet<string>;
}): Array<{ unitId: string; reason: string }> {
  const { issuer, ancestors, recipients, found, targetIds } = input;
  const problems: Array<{ unitId: string; reason: string }> = [];
  const named = [...recipients.main, ...recipients.copy];
  for (const unitId of new Set(named)) {
    const unit = found.find((u) => u.id === unitId);
    if (!unit) problems.push({ unitId, reason: 'no such unit' });
    else if (targetIds.has(unitId)) problems.push({ unitId, reason: 'a target of this campaign' });
    else if (!mayAddress(issuer, ancestors, unit))
      problems.push({
        unitId,
        reason: 'not a unit the issuer may address (see docs/campaigns.md, Recipients)',
      });
  }
  for (const unitId of recipients.copy) {
    if (recipients.main.includes(unitId)) problems.push({ unitId, reason: 'named both 主送 and 抄送' });
  }
  for (const body of recipients.external.copy) {
    if (recipients.external.main.includes(body))
      problems.push({ unitId: body, reason: 'named both 主送 and 抄送' });
  }
  return problems;
}

/**
 * Main recipients default to the issuing unit when neither a unit nor a body outside the tree is
 * named (campaign-recipient-planning.ts fills them from the routing table first); duplicates removed, order kept.
 */
export function planRecipients(
  issuer: Pick<Unit, 'id'>,
  input: RecipientsInput | undefined,
): CampaignRecipientsPlan {
  const external = {
    main: [...new Set(input?.external?.main ?? [])],
    copy: [...new Set(input?.external?.copy ?? [])],
  };
  const namesMain = (input?.main?.length ?? 0) > 0 || external.main.length > 0;
  const main = [...new Set(namesMain ? (input?.main ?? []) : [issuer.id])];
  return { main, copy: [...new Set(input?.copy ?? [])], external };
}
