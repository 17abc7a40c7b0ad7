import { waitFor } from '../support/wait';
import { killProcess, startAppsOnHa, type AppsOnHa } from './apps-on-ha';
import { haStack } from './ha-stack';

/**
 * ReportFlow on a Sentinel set (1 master, 2 replicas, 3 Sentinels, all with passwords), started by
 * scripts/stack.sh on ports of this file's own. The master is killed mid-run: Sentinel promotes a
 * replica and the apps must follow it by themselves, without a restart and without running a job twice.
 */
describe('queues on a Redis Sentinel set', () => {
  const BASE_PORT = 16700; // Redis 16700-16702, Sentinels 16800-16802 (the stack default is 16380)
  const stack = haStack('sentinel', {
    basePort: BASE_PORT,
    password: 'ha-redis-pw',
    sentinelPassword: 'ha-sentinel-pw',
  });
  let apps: AppsOnHa | undefined;

  const currentMaster = async () =>
    Number(
      (await stack.cli(BASE_PORT + 100, 'sentinel', 'get-master-addr-by-name', 'reportflow')).split('\n')[1],
    );

  beforeAll(async () => {
    await stack.up();
    apps = await startAppsOnHa('queue_ha_sentinel', await stack.settings(), (tag) => tag);
  }, 300_000);
  afterAll(async () => {
    await apps?.close();
    await stack.down();
  }, 60_000);

  it('enqueues and consumes a job through the master the Sentinels name', async () => {
    expect(await currentMaster()).toBe(BASE_PORT);
    const id = await apps!.selfCheckRoundTrip('the worker to process a self-check through the Sentinel set');
    expect(apps!.completions(id)).toBe(1);
    expect(await apps!.readiness()).toBe(200);
  });

  it('follows a failover by itself: a job added after the master died is processed exactly once', async () => {
    const before = await apps!.selfCheckRoundTrip('a self-check before the failover');
    const connectionsBefore = await appConnections(stack, BASE_PORT);
    // Queues, workers' blocking reads, the readiness probe, the login limits: many, not a handful.
    expect(connectionsBefore).toBeGreaterThan(5);
    await killProcess(stack.pidFile(BASE_PORT), 'SIGKILL');
    const promoted = await waitFor(
      'Sentinel to promote a replica',
      async () => {
        const port = await currentMaster();
        return port !== BASE_PORT ? port : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    expect([BASE_PORT + 1, BASE_PORT + 2]).toContain(promoted);

    // Generous: under a full suite on two cores, the clients' reconnection (backing off to 2 s
    // between tries while the Sentinels agree) and BullMQ's retry of its blocking read take a while.
    const after = await apps!.selfCheckRoundTrip(
      'a self-check after the failover, on the promoted master',
      90_000,
    );
    expect(apps!.completions(after)).toBe(1);
    expect(apps!.completions(before)).toBe(1);
    // The job really went through the new master: its record is there (the old master is dead).
    expect(
      await stack.cli(promoted, 'exists', `${await prefixOf(stack, promoted)}:system:self-check-${after}`),
    ).toBe('1');
    expect(await apps!.readiness()).toBe(200);
    // Every connection of the apps came back, on the promoted master. The stall this guards against:
    // a client whose reconnection was cancelled mid-way (by ioredis' failover detector) ended for
    // good, and the queue it served (the outbox relay's) failed every command until a restart.
    await waitFor(
      'every connection of the apps to reach the promoted master',
      async () => (await appConnections(stack, promoted)) >= connectionsBefore,
      { timeoutMs: 30_000, intervalMs: 250 },
    );
  }, 180_000);
});

/** Clients of the apps on `port`: not the replicas, not the Sentinels, not this redis-cli itself. */
async function appConnections(stack: ReturnType<typeof haStack>, port: number): Promise<number> {
  const clients = (await stack.cli(port, 'client', 'list')).split('\n');
  return clients.filter(
    (client) =>
      !/ flags=\S*S/.test(client) && !/ name=sentinel-/.test(client) && !/ cmd=client\|list/.test(client),
  ).length;
}

/** The queue prefix the apps chose, read back from the keys of the system queue on `port`. */
async function prefixOf(stack: ReturnType<typeof haStack>, port: number): Promise<string> {
  const keys = (await stack.cli(port, '--scan', '--pattern', 'rftha-*:system:meta')).split('\n');
  return keys[0].replace(/:system:meta$/, '');
}
