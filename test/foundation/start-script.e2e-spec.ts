// The README's start command, run as a newcomer runs it: it must end with a banner that says where
// to go, only once the system answers; and one crashed process must not take the other down.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { scratchDatabase } from '../support/scratch-db';
import { waitFor } from '../support/wait';

const ROOT = resolve(__dirname, '../..');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('scripts/start.sh', () => {
  let start: ChildProcess | undefined;
  let output = '';
  let port = 0;
  const runDir = () => resolve(ROOT, '.local/run', String(port));
  const pidOf = (name: string) => Number(readFileSync(resolve(runDir(), `${name}.pid`), 'utf8'));
  const get = (path: string) => fetch(`http://127.0.0.1:${port}${path}`);

  beforeAll(async () => {
    const { url, dataSource } = await scratchDatabase('start');
    await dataSource.destroy();
    port = await freePort();
    start = spawn('bash', ['scripts/start.sh'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        DATABASE_URL: url,
        API_PORT: String(port),
        LOG_LEVEL: 'info',
        // What a developer at a terminal gets (the test's stdout is a pipe, not a terminal).
        LOG_FORMAT: 'pretty',
        // Two worker copies: both supervised, both waited for, both stopped.
        WORKER_PROCESSES: '2',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    start.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    start.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  });

  afterAll(async () => {
    if (start && start.exitCode === null) {
      start.kill('SIGKILL');
      for (const name of ['api', 'worker', 'worker-2']) {
        const file = resolve(runDir(), `${name}.pid`);
        if (existsSync(file)) {
          try {
            process.kill(Number(readFileSync(file, 'utf8')), 'SIGKILL');
          } catch {
            // already gone
          }
        }
      }
    }
  });

  it('ends with a banner naming the console, the docs and the logins, printed once the system is ready', async () => {
    await waitFor('the start banner', () => output.includes('ReportFlow is running.'), {
      timeoutMs: 240_000,
      intervalMs: 100,
    });
    // The banner is printed only after both are ready: checked at once, without waiting.
    const ready = await get('/health/ready');
    expect(ready.status).toBe(200);
    expect(existsSync(resolve(runDir(), 'worker.ready'))).toBe(true);
    expect(existsSync(resolve(runDir(), 'worker-2.ready'))).toBe(true);
    expect(pidOf('worker-2')).not.toBe(pidOf('worker'));

    const banner = output.slice(output.indexOf('ReportFlow is running.'));
    expect(banner).toContain(`http://127.0.0.1:${port}/`);
    expect(banner).toContain(`http://127.0.0.1:${port}/docs`);
    expect(banner).toMatch(/htb-drafter\s+drafter/);
    expect(banner).toContain('Demo@2025!x');
    expect(banner).toContain('Ctrl-C');
  });

  it('keeps the terminal short: human lines, no JSON, no route-by-route start-up detail', () => {
    const before = output.slice(0, output.indexOf('ReportFlow is running.'));
    expect(before).not.toMatch(/^\{"level"/m);
    expect(before).not.toMatch(/RouterExplorer|InstanceLoader|Mapped \{/);
    expect(before.split('\n').length).toBeLessThan(40);
  });

  it('starts a crashed API again without stopping the worker', async () => {
    const worker = pidOf('worker');
    const api = pidOf('api');
    process.kill(api, 'SIGKILL');
    await waitFor('a new API process', () => pidOf('api') !== api, { timeoutMs: 30_000, intervalMs: 100 });
    await waitFor('the new API to answer', async () => (await get('/health/live')).ok, {
      timeoutMs: 60_000,
      intervalMs: 200,
    });
    expect(alive(worker)).toBe(true);
    expect(pidOf('worker')).toBe(worker);
    expect(output).toContain('the api stopped');
  });

  it('Ctrl-C (SIGINT/SIGTERM) stops every process and the script', async () => {
    const pids = [pidOf('api'), pidOf('worker'), pidOf('worker-2')];
    const exited = new Promise<number | null>((done) => start!.once('exit', (code) => done(code)));
    start!.kill('SIGTERM');
    expect(await exited).toBe(0);
    await waitFor('every process gone', () => pids.every((pid) => !alive(pid)), { timeoutMs: 30_000 });
  });
});
