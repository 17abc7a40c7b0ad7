/**
 * Test helpers: reading the real reports in fixtures/reports at the repository root (published reports, see
 * fixtures/README.md) and the hand-written reports in ./fixtures. Used by the specs only: the library in ../src
 * does no I/O.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export const FIXTURE_DIR = path.resolve(__dirname, '../../../fixtures/reports');

export const FIXTURES = {
  baodi: 'baodi-district-transport-2023.txt',
  changji: 'changji-prefecture-transport-2021.txt',
  lanshan: 'lanshan-county-transport-2024.txt',
} as const;

export function readFixture(name: keyof typeof FIXTURES): string {
  return readFileSync(path.join(FIXTURE_DIR, FIXTURES[name]), 'utf8');
}

export function readLocalFixture(file: string): string {
  return readFileSync(path.join(__dirname, 'fixtures', file), 'utf8');
}
