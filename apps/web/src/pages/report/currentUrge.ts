import { hasLeftUnit } from '../../labels';

/**
 * The 催办 the report page shows: the latest one, while the report is with its unit and only if it
 * came after the report last left the unit. A 催办 of January, answered by the dispatch, would
 * otherwise come back with its old words (尚未报送，还有 5 个工作日) once an office returns the report.
 */
export function currentUrge<U extends { createdAt: string }>(
  urged: U | null,
  report: { state: string },
  events: ReadonlyArray<{ fromState: string | null; toState: string; createdAt: string }>,
): U | null {
  if (!urged || hasLeftUnit(report.state)) return null;
  const left = events.filter((e) => hasLeftUnit(e.toState) && !hasLeftUnit(e.fromState));
  const lastLeft = left.length > 0 ? left[left.length - 1].createdAt : null;
  return lastLeft !== null && Date.parse(urged.createdAt) <= Date.parse(lastLeft) ? null : urged;
}
