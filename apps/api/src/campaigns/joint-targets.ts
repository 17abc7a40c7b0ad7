import { jointReportProblem, type Unit } from '@app/directory';
import { CampaignErrors } from './campaign.errors';

// A campaign's joint 党委+政府 reports (联合报告, docs/campaigns.md): pure checks over the resolved
// targets and, when persisting, over the reports the pair already has for the year.

/** A government target and its party committee, named by the issuer to report jointly. */
export interface JointPair {
  governmentUnitId: string;
  partyCommitteeUnitId: string;
}

/** The pairs that report jointly: by party committee, the government whose report answers for both. */
export type JointReports = ReadonlyMap<string, Unit>;

/**
 * Checks each named pair against the targets: both must be targets, the 党委 and 政府 of the same
 * place (jointReportProblem), each unit in one pair only. 400 JOINT_REPORT_INVALID naming every problem.
 */
export function planJointReports(targets: Unit[], pairs: readonly JointPair[] | undefined): JointReports {
  const joint = new Map<string, Unit>();
  if (!pairs?.length) return joint;
  const byId = new Map(targets.map((unit) => [unit.id, unit]));
  const problems: Array<JointPair & { reason: string }> = [];
  const paired = new Set<string>();
  for (const pair of pairs) {
    const government = byId.get(pair.governmentUnitId);
    const partyCommittee = byId.get(pair.partyCommitteeUnitId);
    const refuse = (reason: string) => problems.push({ ...pair, reason });
    if (!government || !partyCommittee) {
      refuse(
        `name both units of a joint report among the targets (${[pair.governmentUnitId, pair.partyCommitteeUnitId].filter((id) => !byId.has(id)).join(', ')} is not one)`,
      );
      continue;
    }
    const problem = jointReportProblem({ government, partyCommittee });
    if (problem) {
      refuse(problem);
      continue;
    }
    if (paired.has(government.id) || paired.has(partyCommittee.id)) {
      refuse(`${government.name} or ${partyCommittee.name} is named in two joint reports`);
      continue;
    }
    paired.add(government.id).add(partyCommittee.id);
    joint.set(partyCommittee.id, government);
  }
  if (problems.length > 0) throw CampaignErrors.jointReportInvalid(problems);
  return joint;
}

/** The report a unit already has for the year, as far as joining it to a pair matters. */
export interface ExistingReport {
  id: string;
  unitId: string;
  coReportingUnitId: string | null;
}

/**
 * The units of joint pairs whose existing report stands in the way (one report per unit and year):
 * a government whose report is not joint with this 党委, or a 党委 with a report of its own. A pair
 * already reporting jointly (from an earlier campaign) is fine: its report answers this one too.
 */
export function jointConflicts(
  pairs: Array<{ government: Pick<Unit, 'id' | 'name'>; partyCommittee: Pick<Unit, 'id' | 'name'> }>,
  existingByUnit: ReadonlyMap<string, ExistingReport>,
): Array<{ unitName: string; reportId: string }> {
  const conflicts: Array<{ unitName: string; reportId: string }> = [];
  for (const { government, partyCommittee } of pairs) {
    const ofGovernment = existingByUnit.get(government.id);
    if (ofGovernment && ofGovernment.coReportingUnitId !== partyCommittee.id)
      conflicts.push({ unitName: government.name, reportId: ofGovernment.id });
    const ofParty = existingByUnit.get(partyCommittee.id);
    if (ofParty && ofParty.unitId === partyCommittee.id)
      conflicts.push({ unitName: partyCommittee.name, reportId: ofParty.id });
  }
  return conflicts;
}
