import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { allErrorCodes, renderErrorCodesMarkdown } from './error-catalogue';

const ROOT = join(__dirname, '../../../..');
const DOC = join(ROOT, 'docs/error-codes.md');

/** Product sources that answer HTTP requests (tests excluded). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Every (status, code) the code throws inline, and every code it sends through a catalogue. */
function thrownCodes(): Array<{ file: string; status?: number; code: string }> {
  const files = [...sources(join(ROOT, 'apps/api/src')), ...sources(join(ROOT, 'libs'))];
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const where = relative(ROOT, file);
    const inline = [...text.matchAll(/new AppError\(\s*(\d{3}),\s*'([A-Z0-9_]+)'/g)].map((m) => ({
      file: where,
      status: Number(m[1]),
      code: m[2],
    }));
    const viaCatalogue = [...text.matchAll(/(?:catalogued\(\s*\w+,|\bfail\()\s*'([A-Z0-9_]+)'/g)].map(
      (m) => ({
        file: where,
        code: m[1],
      }),
    );
    const filter = [...text.matchAll(/error: '([A-Z0-9_]+)'/g)].map((m) => ({ file: where, code: m[1] }));
    return [...inline, ...viaCatalogue, ...(where.endsWith('error-filter.ts') ? filter : [])];
  });
}

describe('the error catalogue', () => {
  const catalogue = allErrorCodes();

  it('lists every code the API throws, with the status it is thrown with', () => {
    const thrown = thrownCodes();
    expect(thrown.length).toBeGreaterThan(30);
    const problems = thrown.flatMap(({ file, status, code }) => {
      const entry = catalogue.get(code);
      if (!entry) return [`${file}: ${code} is in no catalogue`];
      if (status !== undefined && status !== entry.status)
        return [`${file}: ${code} thrown with ${status}, catalogued as ${entry.status}`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it('has one code per cause: ROLE_NOT_ALLOWED and the other merged synonyms are gone', () => {
    for (const merged of [
      'ROLE_NOT_ALLOWED',
      'NOTHING_TO_EXPORT',
      'NOTHING_TO_OVERRIDE',
      'ATTACHMENT_TYPE_NOT_ALLOWED',
      'NOTICE_FILE_TYPE_NOT_ALLOWED',
      'THROTTLED',
    ]) {
      expect(catalogue.has(merged)).toBe(false);
    }
    expect(catalogue.get('ROLE_REQUIRED')).toMatchObject({ status: 403 });
  });

  it('the console words only codes the API sends', () => {
    const consoleText = readFileSync(join(ROOT, 'apps/web/src/api/errors.ts'), 'utf8');
    const worded = [...consoleText.matchAll(/^ {2}([A-Z0-9_]+): \(/gm)].map((m) => m[1]);
    expect(worded.length).toBeGreaterThan(20);
    expect(worded.filter((code) => !catalogue.has(code))).toEqual([]);
  });

  it('docs/error-codes.md is the rendered catalogue (npm run docs:errors regenerates it)', () => {
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, renderErrorCodesMarkdown());
    expect(readFileSync(DOC, 'utf8')).toBe(renderErrorCodesMarkdown());
  });
});
