import type { Unit } from '../../api/openapi.gen';

/** A place's 党委 and 政府 that may write one joint report (联合报告). */
export interface JointPairChoice {
  government: Unit;
  partyCommittee: Unit;
}

/**
 * Among the chosen targets, each 党委 with the 政府 of its own place: the pairs the issuer may let
 * report jointly. The API's rule (libs/directory joint-report.ts): the 党委 is held under its place's
 * government in the unit tree; both must be targets.
 */
export function jointCandidates(targets: readonly Unit[]): JointPairChoice[] {
  const governments = new Map(targets.filter((u) => u.kind === 'government').map((u) => [u.id, u]));
  return targets.flatMap((unit) => {
    const government =
      unit.kind === 'party_committee' && unit.parentId ? governments.get(unit.parentId) : undefined;
    return government ? [{ government, partyCommittee: unit }] : [];
  });
}

/** What the issuing request names: the chosen pairs among those still possible. */
export function jointReportsOf(
  candidates: readonly JointPairChoice[],
  chosenPartyCommitteeIds: readonly string[],
): Array<{ governmentUnitId: string; partyCommitteeUnitId: string }> {
  return candidates
    .filter((pair) => chosenPartyCommitteeIds.includes(pair.partyCommittee.id))
    .map((pair) => ({ governmentUnitId: pair.government.id, partyCommitteeUnitId: pair.partyCommittee.id }));
}

/** How the form and the confirmation say it: 中共某县委员会、某县人民政府联合报送一份报告. */
export const jointPairLabel = (pair: JointPairChoice) =>
  `${pair.partyCommittee.name}、${pair.government.name}联合报送一份报告`;
