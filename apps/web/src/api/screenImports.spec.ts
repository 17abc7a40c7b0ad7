import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The lint rule that keeps requests in the api layer (eslint.config.mjs: readRule, writeRules): a
 * screen that sends a request itself, or refreshes by hand after a write, fails `npm run lint`.
 */
const root = join(__dirname, '..', '..', '..', '..');

type Probe = { path: string; source: string };

/**
 * The no-restricted-imports messages ESLint gives for each probe, as if it were the file at its path
 * (relative to the repository). One ESLint process for all: loading the config is the slow part.
 */
function lint(probes: Probe[]): string[][] {
  const script = `
    const { ESLint } = await import('eslint');
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const p of JSON.parse(process.argv[1])) {
      const [result] = await eslint.lintText(p.source, { filePath: p.path });
      out.push(result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
    }
    process.stdout.write(JSON.stringify(out));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(probes)], {
    cwd: root,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[][];
}

const screen = 'apps/web/src/pages/report/Probe.tsx';
const uses = (names: string) => `export const used = [${names}];\n`;

const probes = {
  generic: {
    path: screen,
    source: `import { call } from '../../api/contract';\nimport { api } from '../../api/client';\n${uses('call, api')}`,
  },
  writes: {
    path: screen,
    source:
      `import { takeAction, saveRevision } from '../../api/endpoints';\n` +
      `import { reportChanged } from '../../api/queries';\n${uses('takeAction, saveRevision, reportChanged')}`,
  },
  allowed: {
    path: screen,
    source:
      `import { ApiError, download } from '../../api/client';\n` +
      `import { documentPath } from '../../api/endpoints';\n` +
      `import { useTakeAction } from '../../api/mutations';\n` +
      `import { useReport } from '../../api/queries';\n` +
      uses('ApiError, download, documentPath, useTakeAction, useReport'),
  },
  apiLayer: {
    path: 'apps/web/src/api/probe.ts',
    source: `import { call } from './contract';\n${uses('call')}`,
  },
} satisfies Record<string, Probe>;

type ProbeName = keyof typeof probes;

describe('screens send no request themselves (lint)', () => {
  const messages = new Map<ProbeName, string[]>();
  beforeAll(() => {
    const names = Object.keys(probes) as ProbeName[];
    lint(names.map((n) => probes[n])).forEach((m, i) => messages.set(names[i], m));
  }, 120_000);

  it('refuses the generic call() and api() in a screen', () => {
    const said = messages.get('generic');
    expect(said).toHaveLength(2);
    expect(said?.every((m) => m.includes('Only the api layer sends requests'))).toBe(true);
  });

  it('refuses a write endpoint and a hand-made refresh, naming the mutation hooks', () => {
    const said = messages.get('writes');
    expect(said).toHaveLength(3);
    expect(said?.every((m) => m.includes('mutations.ts'))).toBe(true);
  });

  it('lets screens use the hooks, a download path and the error type; the api layer itself may call', () => {
    expect(messages.get('allowed')).toEqual([]);
    expect(messages.get('apiLayer')).toEqual([]);
  });
});
