import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { OutboxRelay } from '@app/queue';

/** The API relays its own outbox right after each commit; this sweep catches what a crash left. */
@Injectable()
export class OutboxPollingService implements OnApplicationBootstrap {
  constructor(
    private readonly relay: OutboxRelay,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.relay.startPolling(this.config.env.OUTBOX_RELAY_INTERVAL_MS);
  }
}
