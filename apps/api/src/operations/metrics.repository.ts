import { Injectable } from '@nestjs/common';
import { Database } from '@app/persistence';

export interface BacklogCounts {
  deadLetters: number;
  openDeadlines: number;
  outboxPending: number;
}

/** Read-only counts for /metrics: how much is stuck or waiting. */
@Injectable()
export class MetricsRepository {
  constructor(private readonly db: Database) {}

  async backlog(): Promise<BacklogCounts> {
    const { sql } = this.db;
    const [dead, open, outbox] = await Promise.all([
      this.db.row(
        sql
          .selectFrom('deliveries')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('status', '=', 'dead'),
      ),
      this.db.row(
        sql
          .selectFrom('deadlines')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('closed_at', 'is', null),
      ),
      this.db.row(
        sql
          .selectFrom('outbox')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('relayed_at', 'is', null),
      ),
    ]);
    return {
      deadLetters: Number(dead?.n ?? 0),
      openDeadlines: Number(open?.n ?? 0),
      outboxPending: Number(outbox?.n ?? 0),
    };
  }
}
