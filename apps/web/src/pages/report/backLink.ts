import type { Location } from 'react-router-dom';

/** Where a report page leads back to: the page it was opened from, when that page said so. */
export interface BackLink {
  backTo: { path: string; label: string };
}

/** The state a link puts on a report it opens, naming the page it is on (its path and query). */
export const cameFrom = (location: Pick<Location, 'pathname' | 'search'>, label: string): BackLink => ({
  backTo: { path: `${location.pathname}${location.search}`, label },
});

/**
 * The page to go back to from a report: the one that opened it (router state), else the list the
 * reader finds the report in. Only a path inside the console is followed.
 */
export function backLinkOf(state: unknown, fallback: { path: string; label: string }) {
  const backTo = (state as Partial<BackLink> | null)?.backTo;
  return backTo &&
    typeof backTo.path === 'string' &&
    backTo.path.startsWith('/app/') &&
    typeof backTo.label === 'string'
    ? backTo
    : fallback;
}
