import { isChunkLoadError, shouldReloadFor } from './chunkLoad';

const memory = () => {
  const values = new Map<string, string>();
  return {
    getItem: (k: string) => values.get(k) ?? null,
    setItem: (k: string, v: string) => void values.set(k, v),
  };
};

describe('a page whose code failed to load after an update', () => {
  it('is recognised in the words of each browser, and nothing else is', () => {
    for (const message of [
      'Failed to fetch dynamically imported module: http://127.0.0.1:3000/assets/CopiesPage-C5h1gLS4.js',
      'error loading dynamically imported module',
      'Importing a module script failed.',
    ])
      expect(isChunkLoadError(new TypeError(message))).toBe(true);
    expect(isChunkLoadError(new TypeError("Cannot read properties of undefined (reading 'length')"))).toBe(
      false,
    );
    expect(isChunkLoadError(undefined)).toBe(false);
  });

  it('reloads once, not again within a minute', () => {
    const storage = memory();
    const error = new TypeError('Failed to fetch dynamically imported module: /assets/x.js');
    expect(shouldReloadFor(error, 1_000_000, storage)).toBe(true);
    expect(shouldReloadFor(error, 1_030_000, storage)).toBe(false);
    expect(shouldReloadFor(error, 1_070_000, storage)).toBe(true);
    expect(shouldReloadFor(new Error('other'), 2_000_000, storage)).toBe(false);
  });

  it('does not reload when the browser blocks storage', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
    };
    expect(
      shouldReloadFor(new TypeError('Failed to fetch dynamically imported module: /x.js'), 1, blocked),
    ).toBe(false);
  });
});
