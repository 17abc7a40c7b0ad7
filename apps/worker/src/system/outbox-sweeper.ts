import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { OutboxRelay } from '@app/queue';

/** The worker also sweeps the outbox, so effects of an API that died after commit still get relayed. */
@Injectable()
export class OutboxSweeper implements OnApplicationBootstrap {
  constructor(
    private readonly relay: OutboxRelay,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.relay.startPolling(this.config.env.OUTBOX_RELAY_INTERVAL_MS);
  }
}
