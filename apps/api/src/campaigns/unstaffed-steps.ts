import { heldRoleFor } from '@app/directory';
import {
  defaultRegistry,
  isJointVariant,
  rolesThatAct,
  stateLabel,
  type Role,
  type WorkflowDefinition,
} from '@app/workflow';

/** A target whose report would wait on a step nobody in the unit can take, and those steps. */
export interface UnstaffedTarget {
  unit: { id: string; name: string };
  missing: Array<{ step: string; label: string }>;
}

/**
 * The path a unit's new report would follow, near enough to tell the issuer who is missing: the
 * unit's chosen review path if the engine knows it, else the default. (The campaign may still put a
 * report on its own path where the unit's lacks a safeguard; the report's page says so exactly.)
 */
export function likelyPathOf(unit: { reviewChain?: string | null }): WorkflowDefinition {
  const id = unit.reviewChain;
  const known = id && !isJointVariant({ id }) && defaultRegistry.list().some((d) => d.id === id);
  return defaultRegistry.latest(known ? id : 'default');
}

/** The steps of a path inside the unit (drafting and its review stages) and the roles that take each. */
function unitSteps(path: WorkflowDefinition): Array<{ step: string; label: string; roles: Role[] }> {
  return path.states
    .filter((state) => state.kind === 'drafting' || state.kind === 'review')
    .map((state) => ({
      step: state.id,
      // The drafting state is 起草中 on a report; as a step nobody can take, it is 起草.
      label: state.kind === 'drafting' ? '起草' : stateLabel(path, state.id),
      roles: [...new Set(rolesThatAct(path, state.id).map(heldRoleFor))],
    }));
}

/** The roles any of these units' paths needs: what to read the holders of, in one query. */
export function rolesNeeded(units: Array<{ reviewChain?: string | null }>): Role[] {
  return [...new Set(units.flatMap((u) => unitSteps(likelyPathOf(u)).flatMap((s) => s.roles)))];
}

/**
 * The targets with a step of their path that no active account of the unit can take (a walk, stop
 * 56: five county bureaus with a drafter only were issued a campaign and nobody was told; the
 * drafter learnt it at 提交审核, weeks later). Said to the issuer before issuing, so the office can
 * phone them; not refused: an administrator may add the accounts before the report gets there.
 */
export function unstaffedTargets(
  units: Array<{ id: string; name: string; reviewChain?: string | null }>,
  held: Array<{ unit_id: string; role: Role }>,
): UnstaffedTarget[] {
  const holds = new Set(held.map((h) => `${h.unit_id}|${h.role}`));
  return units.flatMap((unit) => {
    const missing = unitSteps(likelyPathOf(unit))
      .filter((step) => !step.roles.some((role) => holds.has(`${unit.id}|${role}`)))
      .map(({ step, label }) => ({ step, label }));
    return missing.length === 0 ? [] : [{ unit: { id: unit.id, name: unit.name }, missing }];
  });
}
