// The import rules of `npm run lint` (.dependency-cruiser.js, docs/architecture.md) must bite: each
// offending snippet below, laid out as it would be in the repository, is reported under its rule's
// name, and the allowed import beside them is not. No servers needed.
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(__dirname, '../..');
const DEPCRUISE = join(ROOT, 'node_modules', '.bin', 'depcruise');
const CONFIG = join(ROOT, '.dependency-cruiser.js');

/** A relative specifier climbing `levels` folders (spelled out so no tracked line climbs out of the repo). */
const up = (levels: number) => '../'.repeat(levels);

/** Files of a tiny tree shaped like the repository: path -> content. */
const TREE: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { baseUrl: '.', paths: { '@app/*': ['./libs/*/src'] }, module: 'commonjs' },
  }),
  'libs/common/src/index.ts': "export * from './clock';\n",
  'libs/common/src/clock.ts': 'export const clock = 1;\n',
  'libs/directory/src/index.ts': "export * from './principal';\n",
  'libs/directory/src/principal.ts': 'export const principal = 1;\n',
  'apps/worker/src/thing.ts': 'export const thing = 1;\n',
  'apps/api/src/thing.ts': 'export const thing = 1;\n',
  // Allowed: an app imports a lib by its index.
  'apps/api/src/allowed.ts': "import { principal } from '@app/directory';\nexport const a = principal;\n",
  // Offenders, one per rule.
  'libs/workflow/src/uses-nest.ts':
    "import { Injectable } from '@nestjs/common';\nexport const a = Injectable;\n",
  'libs/calendar/src/uses-common.ts': "import { clock } from '@app/common';\nexport const a = clock;\n",
  'libs/content/src/uses-typeorm.ts':
    "import type { DataSource } from 'typeorm';\nexport type A = DataSource;\n",
  'libs/directory/src/uses-api.ts': `import { thing } from '${up(3)}apps/api/src/thing';\nexport const a = thing;\n`,
  'apps/api/src/uses-worker.ts': `import { thing } from '${up(2)}worker/src/thing';\nexport const a = thing;\n`,
  'apps/worker/src/uses-api.ts': `import { thing } from '${up(2)}api/src/thing';\nexport const a = thing;\n`,
  'apps/web/src/uses-server.ts': "import { principal } from '@app/directory';\nexport const a = principal;\n",
  'apps/api/src/deep.ts': `import { principal } from '${up(3)}libs/directory/src/principal';\nexport const a = principal;\n`,
  'libs/common/src/deep.ts': `import { principal } from '${up(2)}directory/src/principal';\nexport const a = principal;\n`,
};

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

let workDir: string;
let violations: Violation[];

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'rf-import-rules-'));
  for (const [path, content] of Object.entries(TREE)) {
    mkdirSync(dirname(join(workDir, path)), { recursive: true });
    writeFileSync(join(workDir, path), content);
  }
  // depcruise exits non-zero when it finds violations; the JSON report is on stdout either way.
  const run = promisify(execFile)(DEPCRUISE, ['--config', CONFIG, '--output-type', 'json', 'apps', 'libs'], {
    cwd: workDir,
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  const { stdout } = await run;
  violations = (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function rulesBrokenBy(file: string): string[] {
  return violations.filter((v) => v.from === file).map((v) => v.rule.name);
}

describe('import rules checked by npm run lint', () => {
  it.each([
    ['libs/workflow/src/uses-nest.ts', 'pure-libs-stay-pure'],
    ['libs/content/src/uses-typeorm.ts', 'pure-libs-stay-pure'],
    ['libs/calendar/src/uses-common.ts', 'pure-libs-import-only-pure-libs'],
    ['libs/directory/src/uses-api.ts', 'libs-never-import-apps'],
    ['apps/api/src/uses-worker.ts', 'api-never-imports-worker'],
    ['apps/worker/src/uses-api.ts', 'worker-never-imports-api'],
    ['apps/web/src/uses-server.ts', 'web-never-imports-server-code'],
    ['apps/api/src/deep.ts', 'apps-import-libs-by-index'],
    ['libs/common/src/deep.ts', 'libs-import-other-libs-by-index'],
  ])('%s breaks %s', (file, rule) => {
    expect(rulesBrokenBy(file)).toContain(rule);
  });

  it('an app importing a lib by its index breaks no rule', () => {
    expect(rulesBrokenBy('apps/api/src/allowed.ts')).toEqual([]);
  });
});
