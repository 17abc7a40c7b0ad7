import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Database } from '@app/persistence';
import { Clock, CommonErrors, newId } from '@app/common';
import { OutboxRelay, OutboxWriter } from '@app/queue';

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
    private readonly dataSource: DataSource,
    // Its transaction carries the outbox writes (they join the current transaction, see Database).
    private readonly db: Database,
    private readonly outbox: OutboxWriter,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
  ) {}

  async request(): Promise<SelfCheckView> {
    const id = newId();
    const now = this.clock.now();
    await this.db.transaction(async (manager) => {
      await manager.query('INSERT INTO self_checks (id, requested_at) VALUES (?, ?)', [id, now]);
      await this.outbox.add('self-check', { selfCheckId: id }, now);
    });
    this.relay.kick();
    return this.get(id);
  }

  async get(id: string): Promise<SelfCheckView> {
    const [row] = await this.dataSource.query(
      'SELECT id, requested_at, processed_at, processed_by FROM self_checks WHERE id = ?',
      [id],
    );
    if (!row) throw CommonErrors.notFound('Self-check');
    return {
      id: row.id,
      requestedAt: new Date(row.requested_at).toISOString(),
      processedAt: row.processed_at ? new Date(row.processed_at).toISOString() : null,
      processedBy: row.processed_by,
    };
  }
}
