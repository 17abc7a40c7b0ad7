import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { basename, join } from 'node:path';
import { ROOT } from './env';

export interface Running {
  child: ChildProcess;
  /** Everything the process wrote to stderr (the last 64 KB), for error messages. */
  stderr: () => string;
}

/**
 * Starts a compiled entry point (dist/...) as its own OS process and resolves once it printed
 * `readyLine` on stdout: measured processes never share the load generator's event loop.
 */
export async function startProcess(
  script: string,
  env: Record<string, string>,
  readyLine: RegExp,
  timeoutMs = 60_000,
  args: string[] = [],
): Promise<Running> {
  // BENCH_PROFILE_DIR=/some/dir writes a V8 CPU profile of every measured process when it exits.
  const profile = process.env.BENCH_PROFILE_DIR
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`]
    : [];
  // BENCH_SQL_COUNT_DIR=/some/dir counts the SQL statements of every measured process (sql-count.ts).
  const sqlCount = process.env.BENCH_SQL_COUNT_DIR ? ['--require', join(__dirname, 'sql-count.js')] : [];
  const child = spawn('node', [...profile, ...sqlCount, join(ROOT, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    err = (err + chunk.toString()).slice(-65_536);
  });
  // BENCH_LOG_DIR=/some/dir keeps every line the measured processes print, to find out why something failed.
  if (process.env.BENCH_LOG_DIR) {
    const file = createWriteStream(
      join(process.env.BENCH_LOG_DIR, `${basename(script, '.js')}-${child.pid}.log`),
    );
    child.stdout?.pipe(file);
    child.stderr?.pipe(file);
  }
  const running: Running = { child, stderr: () => err };
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`${script} not ready after ${timeoutMs} ms: ${err}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      out = (out + chunk.toString()).slice(-65_536);
      if (readyLine.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code} before it was ready: ${err}`));
    });
  });
  // Keep draining stdout so a chatty process never blocks on a full pipe.
  child.stdout?.on('data', () => undefined);
  child.removeAllListeners('exit');
  return running;
}

export function startApi(env: Record<string, string>): Promise<Running> {
  return startProcess('dist/apps/api/src/main.js', env, /ReportFlow API listening/);
}

export function startWorker(env: Record<string, string>): Promise<Running> {
  return startProcess('dist/apps/worker/src/main.js', env, /ReportFlow worker started/);
}

/** SIGTERM, then SIGKILL after `timeoutMs`; only ever the process this module started. */
export async function stopProcess(running: Running | null, timeoutMs = 15_000): Promise<void> {
  const child = running?.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, timeoutMs))]);
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await exited;
  }
}

/** Resident and peak resident memory of a process, in MB (Linux /proc). */
export function memoryOf(pid: number): { rssMb: number; peakRssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakRssMb: Math.round(kb('VmHWM') / 1024) };
}

/** A free loopback port (bound and released; the race with another process is accepted here). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** CPU time (user + system) a process has used so far, in ms (Linux /proc, clock ticks of 10 ms). */
export function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name may hold spaces; the fields after its closing parenthesis are fixed.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
