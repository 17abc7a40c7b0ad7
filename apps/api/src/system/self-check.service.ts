import { Injectable } from '@nestjs/common';
import { Clock, CommonErrors, newId } from '@app/common';
import { Transactions } from '@app/persistence';
import { OutboxRelay, OutboxWriter } from '@app/queue';
import { SelfCheckRepository } from '@app/queue';

export interface SelfCheckView {
  id: string;
  requestedAt: string;
  processedAt: string | null;
  processedBy: string | null;
}

/** Proves the whole path API -> MySQL outbox -> Redis -> worker -> MySQL. */
@Injectable()
export class SelfCheckService {
  constructor(
    private readonly transactions: Transactions,
    private readonly checks: SelfCheckRepository,
    private readonly outbox: OutboxWriter,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
  ) {}

  async request(): Promise<SelfCheckView> {
    const id = newId();
    const now = this.clock.now();
    await this.transactions.run(async () => {
      await this.checks.insert(id, now);
      await this.outbox.add('self-check', { selfCheckId: id }, now);
    });
    this.relay.kick();
    return this.get(id);
  }

  async get(id: string): Promise<SelfCheckView> {
    const check = await this.checks.findById(id);
    if (!check) throw CommonErrors.notFound('Self-check');
    return {
      id: check.id,
      requestedAt: new Date(check.requestedAt).toISOString(),
      processedAt: check.processedAt ? new Date(check.processedAt).toISOString() : null,
      processedBy: check.processedBy,
    };
  }
}
