import { useSyncExternalStore } from 'react';

/**
 * Whether the computer asks for less motion (Windows: 显示动画 off; the accessibility setting of any
 * OS). Dialogs, drawers and menus then open at once instead of zooming in: motion that a person has
 * turned off can make them unwell or lose their place (WCAG 2.3.3), and a dialog that is still
 * moving can swallow a click on a slow office PC.
 */
const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => undefined;
  const list = window.matchMedia(QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia && window.matchMedia(QUERY).matches;
}

export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, prefersReducedMotion, () => false);
}
