import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from './wait';

/** A free loopback port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A MariaDB and a Redis of the fault suite's own (same Debian binaries as scripts/stack.sh), so it
 * can stop, restart and flush them without touching the servers every other test uses.
 */
export class PrivateServers {
  readonly dir = mkdtempSync(join(tmpdir(), 'rf-faults-'));
  dbPort = 0;
  redisPort = 0;
  private mariadb: ChildProcess | null = null;

  async start(): Promise<void> {
    this.dbPort = await freePort();
    this.redisPort = await freePort();
    mkdirSync(join(this.dir, 'redis'));
    execFileSync(
      'mariadb-install-db',
      [
        '--no-defaults',
        `--datadir=${join(this.dir, 'db')}`,
        '--user=root',
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
      ],
      { stdio: 'ignore' },
    );
    await this.startMariadb();
    execFileSync('mariadb', [
      '--no-defaults',
      `--socket=${join(this.dir, 'db.sock')}`,
      '-uroot',
      '-e',
      'CREATE DATABASE reportflow_faults CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; ' +
        "CREATE USER 'rf'@'localhost' IDENTIFIED BY 'rf'; CREATE USER 'rf'@'127.0.0.1' IDENTIFIED BY 'rf'; " +
        "GRANT ALL ON reportflow_faults.* TO 'rf'@'localhost'; GRANT ALL ON reportflow_faults.* TO 'rf'@'127.0.0.1';",
    ]);
    await this.startRedis();
  }

  get databaseUrl(): string {
    return `mysql://rf:rf@127.0.0.1:${this.dbPort}/reportflow_faults`;
  }

  get redisUrl(): string {
    return `redis://127.0.0.1:${this.redisPort}`;
  }

  async startMariadb(): Promise<void> {
    this.mariadb = spawn(
      'mariadbd',
      [
        '--no-defaults',
        `--datadir=${join(this.dir, 'db')}`,
        `--socket=${join(this.dir, 'db.sock')}`,
        `--pid-file=${join(this.dir, 'db.pid')}`,
        `--port=${this.dbPort}`,
        '--bind-address=127.0.0.1',
        '--user=root',
        `--log-error=${join(this.dir, 'db.err')}`,
        '--character-set-server=utf8mb4',
        '--collation-server=utf8mb4_unicode_ci',
        '--default-time-zone=+00:00',
        '--max-connections=300',
      ],
      { stdio: 'ignore' },
    );
    await waitFor(
      'the private MariaDB',
      () => {
        try {
          execFileSync(
            'mariadb-admin',
            ['--no-defaults', `--socket=${join(this.dir, 'db.sock')}`, '-uroot', 'ping'],
            { stdio: 'ignore' },
          );
          return true;
        } catch {
          return false;
        }
      },
      { timeoutMs: 30_000, intervalMs: 100 },
    );
  }

  async stopMariadb(): Promise<void> {
    const server = this.mariadb;
    if (!server || server.exitCode !== null) return;
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }

  async startRedis(): Promise<void> {
    execFileSync('redis-server', [
      '--port',
      String(this.redisPort),
      '--bind',
      '127.0.0.1',
      '--dir',
      join(this.dir, 'redis'),
      '--appendonly',
      'yes',
      '--maxmemory-policy',
      'noeviction',
      '--save',
      '',
      '--daemonize',
      'yes',
      '--pidfile',
      join(this.dir, 'redis.pid'),
      '--logfile',
      join(this.dir, 'redis.log'),
    ]);
    await waitFor(
      'the private Redis',
      () => {
        try {
          return (
            execFileSync('redis-cli', ['-p', String(this.redisPort), 'ping'], { encoding: 'utf8' }).trim() ===
            'PONG'
          );
        } catch {
          return false;
        }
      },
      { timeoutMs: 30_000, intervalMs: 50 },
    );
  }

  /** SHUTDOWN keeps the AOF, so the restarted Redis comes back with the scheduled jobs. */
  async restartRedis(): Promise<void> {
    try {
      execFileSync('redis-cli', ['-p', String(this.redisPort), 'shutdown'], { stdio: 'ignore' });
    } catch {
      // the connection closes as it shuts down
    }
    await new Promise((r) => setTimeout(r, 300));
    await this.startRedis();
  }

  flushRedis(): void {
    execFileSync('redis-cli', ['-p', String(this.redisPort), 'flushall']);
  }

  async stop(): Promise<void> {
    try {
      execFileSync('redis-cli', ['-p', String(this.redisPort), 'shutdown', 'nosave'], { stdio: 'ignore' });
    } catch {
      // already gone
    }
    await this.stopMariadb();
  }
}
