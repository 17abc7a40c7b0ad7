/**
 * Whether an error is the browser failing to load a page's code: after an update the old chunk
 * names are gone, and a tab opened before it asks for them (a walk, stop 48: an English crash page).
 * Chromium, Firefox and Safari word it differently.
 */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(
    message,
  );
}

/**
 * Reload once for a chunk that failed to load, not in a loop: a page that still fails after a
 * reload shows the message instead. `storage` remembers the last reload's time.
 */
export function shouldReloadFor(
  error: unknown,
  now: number,
  storage: Pick<Storage, 'getItem' | 'setItem'>,
): boolean {
  if (!isChunkLoadError(error)) return false;
  try {
    const last = Number(storage.getItem(RELOADED_AT) ?? 0);
    if (now - last < 60_000) return false;
    storage.setItem(RELOADED_AT, String(now));
    return true;
  } catch {
    // Storage blocked (a locked-down browser): no automatic reload, the page says what to do.
    return false;
  }
}

const RELOADED_AT = 'rf-chunk-reload-at';
