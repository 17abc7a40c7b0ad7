// API_PROCESSES: several API processes behind one port. The primary says ready once all listen,
// a killed copy is replaced while the others keep answering, login and public page limits hold
// across copies (counted in Redis), and SIGTERM stops them all.
import { execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PUBLIC_REQUESTS_PER_MINUTE } from '../../apps/api/src/disclosure/public-rate-limit';
import { freePort } from '../support/private-servers';
import { spawnApp, stop } from '../support/processes';
import { waitFor } from '../support/wait';

function childrenOf(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when there are none
  }
}

describe('an API of several processes behind one port', () => {
  let api: ChildProcess;
  let base: string;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rf-api-processes-'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const readyFile = join(dir, 'api.ready');
    api = spawnApp('api', {
      API_PORT: String(port),
      API_PROCESSES: '2',
      READY_FILE: readyFile,
      LOGIN_THROTTLE_PER_MINUTE: '2',
    });
    await waitFor('the primary to announce that both processes listen', () => existsSync(readyFile), {
      timeoutMs: 90_000,
      intervalMs: 200,
    });
  });

  afterAll(async () => {
    await stop(api);
    await rm(dir, { recursive: true, force: true });
  });

  it('runs the configured number of processes, all answering on the one port', async () => {
    expect(childrenOf(api.pid!)).toHaveLength(2);
    for (let i = 0; i < 4; i++) {
      const response = await fetch(`${base}/health/live`, {
        headers: { connection: 'close' },
        signal: AbortSignal.timeout(10_000),
      });
      expect(response.status).toBe(200);
    }
  });

  it('counts login attempts across processes, so the limit is not multiplied by their number', async () => {
    // New connections are handed out round-robin: with per-process counting, the third attempt
    // on one account would reach a process that has seen only one.
    const attempt = () =>
      fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', connection: 'close' },
        body: JSON.stringify({ username: `nobody-${api.pid}`, password: 'wrong-password-1' }),
      }).then((r) => r.status);
    const statuses = [await attempt(), await attempt(), await attempt()];
    expect(statuses.slice(0, 2)).not.toContain(429);
    expect(statuses[2]).toBe(429);
  });

  it('counts public page requests across processes, so a crawler gets one allowance, not one per process', async () => {
    // A fixed one-minute window: start well inside one, so the requests all fall in the same window.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 45_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 100));
    const page = () =>
      fetch(`${base}/public/reports.json?unit=00000000-0000-4000-8000-000000000000&year=2011`, {
        headers: { connection: 'close' },
        signal: AbortSignal.timeout(10_000),
      }).then((r) => r.status);
    const statuses: number[] = [];
    for (let i = 0; i < PUBLIC_REQUESTS_PER_MINUTE + 1; i++) statuses.push(await page());
    // Each process saw about half: counted per process, none of these would be refused.
    expect(statuses.slice(0, PUBLIC_REQUESTS_PER_MINUTE)).not.toContain(429);
    expect(statuses[PUBLIC_REQUESTS_PER_MINUTE]).toBe(429);
  });

  it('replaces a process that dies while the others keep answering', async () => {
    const [victim, survivor] = childrenOf(api.pid!);
    process.kill(victim!, 'SIGKILL');
    await waitFor('the primary to notice the death', () => !childrenOf(api.pid!).includes(victim!), {
      timeoutMs: 30_000,
      intervalMs: 50,
    });
    // Until the replacement listens, the survivor alone answers every connection.
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`${base}/health/live`, {
        headers: { connection: 'close' },
        signal: AbortSignal.timeout(10_000),
      });
      expect(response.status).toBe(200);
    }
    const replaced = await waitFor(
      'a new process in place of the killed one',
      () => {
        const now = childrenOf(api.pid!);
        return now.length === 2 && !now.includes(victim!) && now.includes(survivor!) ? now : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 200 },
    );
    expect(replaced).toHaveLength(2);
  });

  it('stops every process on SIGTERM', async () => {
    const children = childrenOf(api.pid!);
    await stop(api);
    expect(api.exitCode).toBe(0);
    await waitFor('every API process to be gone', () => children.every((pid) => !isAlive(pid)), {
      timeoutMs: 30_000,
      intervalMs: 100,
    });
  });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
