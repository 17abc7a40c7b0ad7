import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { ROOT } from './env';
import { machineLine, type Machine } from './machine';

// Kept apart from report.ts: prettier cannot be loaded inside Jest, and only `npm run bench` writes the file.
const BENCHMARKS = join(ROOT, 'BENCHMARKS.md');

/**
 * Replaces the generated block of one benchmark in BENCHMARKS.md (between its two marker
 * comments), leaving the hand-written text around it alone. A missing block is appended.
 */
export async function updateBenchmarksMd(
  name: string,
  machine: Machine,
  body: string,
  file = BENCHMARKS,
): Promise<void> {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const block = `${start}\n\n_Last run: ${machineLine(machine)}._\n\n${body.trim()}\n\n${end}`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next =
    from >= 0 && to > from
      ? text.slice(0, from) + block + text.slice(to + end.length)
      : `${text.trimEnd()}\n\n${block}\n`;
  // Formatted as `npm run format:check` expects, so a fresh run leaves the repository clean.
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(next, { ...options, filepath: file }));
}
