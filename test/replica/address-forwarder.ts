import net from 'node:net';

/**
 * The one database address the apps know (DATABASE_URL), as a VIP, a DNS name or a proxy is in
 * production: a loopback TCP forwarder whose target an operator moves to the promoted replica.
 * Moving it drops the connections to the old target, as they would be after a VIP move.
 */
export class AddressForwarder {
  private server: net.Server | null = null;
  private readonly open = new Set<net.Socket>();
  private targetPort: number;
  port = 0;

  constructor(targetPort: number) {
    this.targetPort = targetPort;
  }

  async start(): Promise<number> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.targetPort, '127.0.0.1');
      for (const socket of [client, upstream]) {
        this.open.add(socket);
        socket.on('close', () => this.open.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
    return this.port;
  }

  /** New connections go to `targetPort`; the ones to the old target are dropped. */
  pointAt(targetPort: number): void {
    this.targetPort = targetPort;
    for (const socket of this.open) socket.destroy();
  }

  async stop(): Promise<void> {
    for (const socket of this.open) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }
}
