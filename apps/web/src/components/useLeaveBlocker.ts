import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router-dom';

/**
 * Holds back leaving a page while `holds()` says something would be lost: in-app navigation to
 * another page is blocked (the caller shows its own dialog from the blocker's state), and closing or
 * reloading the tab gets the browser's own prompt. `holds` is read when the user leaves, so a page
 * may clear what it tracks and navigate in one step.
 */
export function useLeaveBlocker(holds: () => boolean) {
  const latest = useRef(holds);
  latest.current = holds;

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (latest.current()) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  return useBlocker(
    ({ currentLocation, nextLocation }) =>
      latest.current() && currentLocation.pathname !== nextLocation.pathname,
  );
}
