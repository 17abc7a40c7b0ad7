import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { COMPLETENESS_RULES_VERSION } from './completeness';

/**
 * A submit trusts the completeness verdict stored with a revision when it was reached under the
 * same COMPLETENESS_RULES_VERSION (libs/reports completeness-gate). A rule changed without bumping
 * that version would let a revision that fails the new rule be submitted on its old pass. So the
 * sources of the rules (completeness.ts and every module of this library it imports, transitively)
 * are pinned here with the version they were last reviewed under.
 *
 * When this fails: if your change alters what `passed` means for any text, bump
 * COMPLETENESS_RULES_VERSION; then record the new version and digest below (even a change that
 * alters nothing, such as a comment, needs the digest updated, so that someone looked).
 */
const REVIEWED = { version: 10, digest: 'da893f71c23998fcd3e93dd5638fd0a7ee055cf0cd4dad314a961ac0c2c48406' };

function rulesSources(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/from '(\.{1,2}\/[^']+)'/g))
      visit(join(dirname(file), `${spec}.ts`).replace(/\/index\.ts\.ts$/, '/index.ts'));
  };
  visit(entry);
  return [...seen].sort();
}

describe('the completeness rules version', () => {
  it('is bumped (and recorded here) whenever the rules it names change', () => {
    const files = rulesSources(join(__dirname, 'completeness.ts'));
    const hash = createHash('sha256');
    for (const file of files)
      hash.update(`${relative(__dirname, file)}\n${readFileSync(file, 'utf8').replace(/\r\n/g, '\n')}\n`);
    const digest = hash.digest('hex');
    expect({ version: COMPLETENESS_RULES_VERSION, digest }).toEqual(REVIEWED);
  });
});
