import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

export type HaTopology = 'sentinel' | 'cluster';

/** A Sentinel set or a Cluster of this test file's own, started with scripts/stack.sh on its own ports. */
export interface HaStack {
  /** Starts the set (`fresh`: from empty data); started again, it restarts only the members that are down. */
  up(fresh?: boolean): Promise<void>;
  /** Stops every process of the set and removes its data; safe to call after a failed or partial up. */
  down(): Promise<void>;
  /** The REDIS_* settings (and QUEUE_PREFIX hash tag for a Cluster) that point the apps at the set. */
  settings(): Promise<Record<string, string>>;
  /** redis-cli against one of the set's ports, with the set's password. */
  cli(port: number, ...args: string[]): Promise<string>;
  /** The pid file of the Redis server on `port`, for killing or restarting one member. */
  pidFile(port: number): string;
}

export interface HaStackOptions {
  basePort: number;
  password: string;
  sentinelPassword?: string;
  /** Cluster only: one replica per master (six nodes, BASE..BASE+5), promoted by the Cluster itself. */
  clusterReplicas?: 0 | 1;
  /** Cluster only: bus port = port + this (Redis' default 10000 would leave the test's own port range). */
  clusterBusOffset?: number;
}

export function haStack(
  topology: HaTopology,
  { basePort, password, sentinelPassword, clusterReplicas = 0, clusterBusOffset = 10000 }: HaStackOptions,
): HaStack {
  const dir = process.env.HA_STACK_DIR
    ? join(process.env.HA_STACK_DIR, `${topology}-${basePort}`)
    : join(ROOT, '.local', `test-queue-ha-${topology}-${basePort}`);
  const env = {
    ...process.env,
    REPORTFLOW_STACK_DIR: dir,
    REPORTFLOW_SENTINEL_BASE_PORT: String(basePort),
    REPORTFLOW_CLUSTER_BASE_PORT: String(basePort),
    REPORTFLOW_HA_PASSWORD: password,
    REPORTFLOW_SENTINEL_PASSWORD: sentinelPassword ?? '',
    // A failover within seconds, so the test stays short; production keeps Sentinel's own defaults.
    REPORTFLOW_SENTINEL_DOWN_AFTER_MS: '1500',
    REPORTFLOW_CLUSTER_REPLICAS: String(clusterReplicas),
    REPORTFLOW_CLUSTER_BUS_OFFSET: String(clusterBusOffset),
  };
  // Bounded, but for a loaded machine: six fresh Redis processes and a cluster create take a while.
  const stack = (action: string) =>
    run('bash', [join(ROOT, 'scripts', 'stack.sh'), topology, action], { env, timeout: 180_000 }).catch(
      (error: Error & { killed?: boolean; stderr?: string }) => {
        throw new Error(
          `scripts/stack.sh ${topology} ${action} ${error.killed ? 'did not finish within 180 s' : 'failed'}` +
            ` (see ${dir}): ${error.stderr?.trim() || error.message}`,
        );
      },
    );
  const setDir = join(dir, `${topology}-${basePort}`);
  return {
    async up(fresh = true) {
      if (fresh) rmSync(dir, { recursive: true, force: true });
      await stack('up');
    },
    async down() {
      await stack('down').catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
    async settings() {
      const { stdout } = await stack('env');
      return Object.fromEntries(
        stdout
          .trim()
          .split('\n')
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      );
    },
    async cli(port, ...args) {
      const isSentinel = topology === 'sentinel' && port >= basePort + 100;
      const auth = isSentinel ? (sentinelPassword ?? '') : password;
      const { stdout } = await run('redis-cli', ['-h', '127.0.0.1', '-p', String(port), ...args], {
        env: { ...process.env, REDISCLI_AUTH: auth },
        timeout: 10_000,
      });
      return stdout.trim();
    },
    pidFile: (port) => join(setDir, `redis-${port}`, 'redis.pid'),
  };
}
