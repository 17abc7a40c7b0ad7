// A clone with nothing beside it must pass its tests: no tracked file may refer to a path outside
// the repository (CI's machine has a sibling folder of shared material, a newcomer's does not).
import { resolve } from 'node:path';

// Plain CommonJS script, also run by scripts/test.sh before anything else.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { check, outsideReferences } = require('../../scripts/check-self-contained.js') as {
  check: (root: string) => { file: string; line: number; reference: string }[];
  outsideReferences: (
    root: string,
    file: string,
    content: string,
  ) => { file: string; line: number; reference: string }[];
};

const ROOT = resolve(__dirname, '../..');
// Built from parts, so this file does not itself name a path outside the repository.
const SIBLING = ['sha', 'red'].join('');
const SIBLING_FIXTURE = ['..', '..', '..', SIBLING, 'fixtures', 'reports', 'a.txt'].join('/');

describe('the repository stands on its own', () => {
  it('no tracked file refers to a path outside the repository', () => {
    expect(check(ROOT)).toEqual([]);
  });

  it('the fixture reports the tests read are inside the repository', () => {
    const line = "const FIXTURE = resolve(__dirname, '../../fixtures/reports/lanshan.txt');";
    expect(outsideReferences(ROOT, 'test/content/x.e2e-spec.ts', line)).toEqual([]);
  });

  it('names the file and line of a reference to a sibling folder', () => {
    const content = `ok\nconst FIXTURE = resolve(__dirname, '${SIBLING_FIXTURE}');\n`;
    expect(outsideReferences(ROOT, 'test/content/x.e2e-spec.ts', content)).toEqual([
      { file: 'test/content/x.e2e-spec.ts', line: 2, reference: SIBLING_FIXTURE },
    ]);
    expect(outsideReferences(ROOT, 'README.md', `import --dir ../${SIBLING}/fixtures/reports`)).toHaveLength(
      1,
    );
  });

  it('lets a line that climbs out on purpose say so', () => {
    const line = "attach('../../../etc/passwd') // outside-repo-ok: path traversal on purpose";
    expect(outsideReferences(ROOT, 'test/security/x.ts', line)).toEqual([]);
  });
});
