import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Tells a supervisor (scripts/start.sh) that this process is ready: writes `file` (the pid inside)
 * and removes it when the process exits, so a stale file never claims a dead process is ready.
 * Does nothing when no file is configured.
 */
export function announceReady(file: string | undefined): void {
  if (!file) return;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${process.pid}\n`);
  process.once('exit', () => rmSync(file, { force: true }));
}
