import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './env';
import type { Machine } from './machine';

export const RESULTS_DIR = join(ROOT, 'bench/results');

/** One target of issue #8 and whether this run met it. */
export interface Check {
  target: string;
  measured: string;
  met: boolean;
}

export interface BenchResult<T> {
  name: string;
  machine: Machine;
  durationS: number;
  checks: Check[];
  figures: T;
}

export function writeJson<T>(result: BenchResult<T>, dir = RESULTS_DIR): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${result.name}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  return file;
}

/** A markdown table from a header row and body rows. */
export function table(header: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.map(String).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function checksTable(checks: Check[]): string {
  return table(
    ['target', 'measured', 'met'],
    checks.map((c) => [c.target, c.measured, c.met ? 'yes' : '**no**']),
  );
}
