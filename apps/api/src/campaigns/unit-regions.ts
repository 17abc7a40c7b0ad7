import { ancestorIdsOf } from '@app/directory';

/** The ancestry facts a campaign needs about a unit, read for all targets in one query. */
export interface AncestorFacts {
  id: string;
  kind: string;
  divisionCode: string | null;
  demonstrationArea: boolean;
}

/**
 * A unit's calendar regions: the 2-digit province prefix of the nearest administrative division
 * code (行政区划代码) on its path, the unit itself included, e.g. ['65'] for any unit in Xinjiang.
 * Regional extra holidays (e.g. 肉孜节, 古尔邦节) are attached to these codes in config/calendar.
 */
export function regionsOf(path: string, facts: ReadonlyMap<string, AncestorFacts>): string[] {
  const ids = ancestorIdsOf(path);
  for (let i = ids.length - 1; i >= 0; i--) {
    const code = facts.get(ids[i])?.divisionCode;
    if (code && code.length >= 2) return [code.slice(0, 2)];
  }
  return [];
}

/** Every id on the given paths, for the one query that reads their facts. */
export function idsOnPaths(paths: Iterable<string>): string[] {
  const ids = new Set<string>();
  for (const path of paths) for (const id of ancestorIdsOf(path)) ids.add(id);
  return [...ids];
}
