import { createServer } from 'node:net';
import type { Cluster } from 'ioredis';
import { createRedisClient } from './redis-connection';

/** A loopback port nobody listens on: connections to it are refused at once. */
async function refusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('a Redis Cluster connection that lost every node', () => {
  // The state a worker's blocking connection is in while the Cluster master of its queue restarts:
  // no node answers, the pool is empty, the client waits to try again. Closing it then (a worker
  // shutting down) must end it and answer what it had queued, or Worker.close() waits for ever.
  it('ends when disconnected between reconnection attempts, and rejects the commands it queued', async () => {
    const client = createRedisClient({
      kind: 'cluster',
      nodes: [{ host: '127.0.0.1', port: await refusedPort() }],
    }) as Cluster;
    client.on('error', () => undefined);
    const queued = client.get('a-key').then(
      () => 'answered',
      (error: Error) => error.message,
    );
    await within(
      10_000,
      'the client giving up its first connection attempt',
      new Promise<void>((resolve) => client.once('reconnecting', () => resolve())),
    );
    expect(client.nodes()).toEqual([]);

    const ended = new Promise<void>((resolve) => client.once('end', () => resolve()));
    client.disconnect();
    await within(5_000, "the client's 'end'", ended);
    expect(client.status).toBe('end');
    expect(await within(5_000, 'the queued command to be answered', queued)).toBe('Connection is closed.');
  });

  it("makes duplicates (a BullMQ worker's blocking connection) that end the same way", async () => {
    const client = createRedisClient({
      kind: 'cluster',
      nodes: [{ host: '127.0.0.1', port: await refusedPort() }],
    }) as Cluster;
    client.on('error', () => undefined);
    const duplicate = client.duplicate();
    duplicate.on('error', () => undefined);
    await within(
      10_000,
      'the duplicate giving up its first connection attempt',
      new Promise<void>((resolve) => duplicate.once('reconnecting', () => resolve())),
    );
    const ended = new Promise<void>((resolve) => duplicate.once('end', () => resolve()));
    duplicate.disconnect();
    await within(5_000, "the duplicate's 'end'", ended);
    client.disconnect();
  });
});
