import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/** Starts a built app (scripts/test.sh builds before the tests) as its own OS process. */
export function spawnApp(app: 'api' | 'worker', env: Record<string, string>): ChildProcess {
  const child = spawn('node', [`dist/apps/${app}/src/main.js`], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', () => undefined);
  return child;
}

/**
 * The environment that makes a spawned app kill itself (SIGKILL) right after its `commits`-th
 * committed transaction, before what follows the commit runs: a preload module wraps the commit
 * path (test/support/crash-after-commits.js), so the product carries no fault hook.
 */
export function crashAfterCommits(commits: number): Record<string, string> {
  const preload = resolve(__dirname, 'crash-after-commits.js');
  return {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${preload}`.trim(),
    TEST_CRASH_AFTER_COMMITS: String(commits),
  };
}

export async function stop(
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGTERM',
  timeoutMs = 15_000,
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill(signal);
  await Promise.race([exited, new Promise((r) => setTimeout(r, timeoutMs))]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
