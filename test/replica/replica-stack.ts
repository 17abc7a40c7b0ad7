import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { waitFor } from '../support/wait';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

/** A MariaDB primary + replica of this test file's own, started with `scripts/stack.sh replica`. */
export interface ReplicaStack {
  /** Starts both from empty data directories, the replica following the primary (GTID). */
  up(): Promise<void>;
  /** Stops both and removes their data; safe after a failed or partial up. */
  down(): Promise<void>;
  /** DATABASE_URL (the primary) and DATABASE_REPLICA_URLS for the stack's database. */
  settings(): Promise<Record<string, string>>;
  /** Runs SQL as root on one member (over its socket); returns the first column of the first row. */
  sql(member: 'primary' | 'replica', statement: string): Promise<string>;
  /** Stops one member (SIGTERM, or `signal`, by its pid file) and waits, bounded, until it has exited. */
  stop(member: 'primary' | 'replica', signal?: NodeJS.Signals): Promise<void>;
  /** `scripts/stack.sh replica promote`: the replica applies what it received and takes writes. */
  promote(): Promise<void>;
  /** Bounded wait until the replica has applied everything the primary has committed so far. */
  caughtUp(timeoutSeconds?: number): Promise<void>;
}

export function replicaStack({
  primaryPort,
  database,
  semiSync = false,
}: {
  primaryPort: number;
  database: string;
  /** Semi-synchronous replication: every commit the primary acknowledged is on the replica. */
  semiSync?: boolean;
}): ReplicaStack {
  const dir = join(ROOT, '.local', `test-replica-${primaryPort}`);
  const env = {
    ...process.env,
    REPORTFLOW_STACK_DIR: dir,
    REPORTFLOW_REPLICA_PRIMARY_PORT: String(primaryPort),
    REPORTFLOW_REPLICA_PORT: String(primaryPort + 1),
    REPORTFLOW_DATABASES: database,
    REPORTFLOW_REPLICA_SEMISYNC: semiSync ? '1' : '0',
  };
  // Bounded, but for a loaded machine: initialising two data directories can take minutes there.
  const stack = (...args: string[]) =>
    run('bash', [join(ROOT, 'scripts', 'stack.sh'), 'replica', ...args], { env, timeout: 240_000 }).catch(
      (error: Error & { killed?: boolean; stderr?: string }) => {
        throw new Error(
          `scripts/stack.sh replica ${args.join(' ')} ${error.killed ? 'did not finish within 240 s' : 'failed'}` +
            ` (see ${dir}): ${error.stderr?.trim() || error.message}`,
        );
      },
    );
  const sql: ReplicaStack['sql'] = async (member, statement) => {
    const socket = join(dir, `replica-${primaryPort}`, member, 'mysqld.sock');
    const { stdout } = await run(
      'mariadb',
      ['--no-defaults', `--socket=${socket}`, '-uroot', '-N', '-B', '-e', statement],
      { timeout: 30_000 },
    );
    return stdout.trim().split('\n')[0]?.split('\t')[0] ?? '';
  };
  return {
    async up() {
      rmSync(dir, { recursive: true, force: true });
      await stack('up');
    },
    async down() {
      await stack('down').catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
    async settings() {
      const { stdout } = await stack('env', database);
      return Object.fromEntries(
        stdout
          .trim()
          .split('\n')
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      );
    },
    sql,
    async stop(member, signal = 'SIGTERM') {
      const pid = Number(
        readFileSync(join(dir, `replica-${primaryPort}`, member, 'mysqld.pid'), 'utf8').trim(),
      );
      process.kill(pid, signal);
      await waitFor(
        `MariaDB ${member} to exit`,
        () => {
          try {
            process.kill(pid, 0);
            return false;
          } catch {
            return true;
          }
        },
        { timeoutMs: 30_000, intervalMs: 100 },
      );
    },
    async promote() {
      await stack('promote');
    },
    async caughtUp(timeoutSeconds = 20) {
      const position = await sql('primary', 'SELECT @@gtid_binlog_pos');
      // 0: reached; -1: timed out (MariaDB's own bounded wait).
      const reached = await sql('replica', `SELECT MASTER_GTID_WAIT('${position}', ${timeoutSeconds})`);
      if (reached !== '0')
        throw new Error(`the replica did not reach ${position} within ${timeoutSeconds} s`);
    },
  };
}
