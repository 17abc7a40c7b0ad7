import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '@app/config';
import { Channels } from '../../apps/worker/src/notifications/channels';

/**
 * The worker posts to unit webhooks only at addresses the operator allows, checked at send time
 * (a URL saved before, or a name whose DNS answer changed) and on the very address it connects to.
 * Everything here stays on loopback: a listener we own, and a port we just closed.
 */
describe('webhook sends: loopback is refused unless allow-listed, and errors say nothing of the network', () => {
  let server: Server;
  let port: number;
  const received: string[] = [];
  const message = (target: string) => ({
    channel: 'webhook' as const,
    target,
    subject: '催办',
    body: '请尽快提交',
    link: null,
  });
  const channels = (allow = '') =>
    new Channels(
      loadConfig({ ...process.env, WEBHOOK_ALLOWED_HOSTS: allow, WEBHOOK_TIMEOUT_MS: '2000' }, ''),
    );

  beforeAll(async () => {
    server = createServer((req, res) => {
      received.push(req.url ?? '');
      req.resume();
      req.on('end', () => res.writeHead(200).end());
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));
  beforeEach(() => (received.length = 0));

  it('refuses a loopback listener by default, by address or by name, without connecting', async () => {
    for (const target of [
      `http://127.0.0.1:${port}/robot`,
      `http://localhost:${port}/robot`,
      `http://2130706433:${port}/robot`,
      `http://[::ffff:127.0.0.1]:${port}/robot`,
    ]) {
      await expect(channels().send(message(target))).rejects.toThrow(
        'webhook address not allowed (ask the operator about WEBHOOK_ALLOWED_HOSTS)',
      );
    }
    expect(received).toEqual([]);
  });

  it('reaches it when WEBHOOK_ALLOWED_HOSTS names it (an address, a network or a hostname)', async () => {
    await channels('127.0.0.1').send(message(`http://127.0.0.1:${port}/a`));
    await channels('127.0.0.0/8,::1/128').send(message(`http://localhost:${port}/b`));
    await channels('localhost').send(message(`http://localhost:${port}/c`));
    expect(received).toEqual(['/a', '/b', '/c']);
  });

  it('says "webhook unreachable" whether the port is closed or silent, never the network error', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    const silent = createServer(() => undefined); // accepts, never answers
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    const silentPort = (silent.address() as AddressInfo).port;
    try {
      const errors = await Promise.all(
        [closedPort, silentPort].map((p) =>
          channels('127.0.0.1')
            .send(message(`http://127.0.0.1:${p}/robot?key=secret-robot-key`))
            .then(
              () => 'sent',
              (e: Error) => e.message,
            ),
        ),
      );
      expect(errors).toEqual(['webhook unreachable', 'webhook unreachable']);
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((done) => silent.close(() => done()));
    }
  });
});
