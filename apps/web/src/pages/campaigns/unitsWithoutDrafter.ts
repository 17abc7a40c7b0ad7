import type { DrafterCount, Unit } from '../../api/openapi.gen';

/**
 * The units among `targets` where no active user holds the drafter role (nobody would get the task).
 * A 党委 reporting jointly with its government (`draftedElsewhere`) is not one: the government's
 * people draft the joint report (a walk, stop 49: the 镇党委 was named, and unticking it would have
 * broken the joint report).
 */
export function unitsWithoutDrafter(
  targets: Unit[],
  counts: readonly DrafterCount[],
  draftedElsewhere: readonly string[] = [],
): Unit[] {
  const drafted = new Set([
    ...counts.filter((c) => c.drafters > 0).map((c) => c.unitId),
    ...draftedElsewhere,
  ]);
  return targets.filter((u) => !drafted.has(u.id));
}
