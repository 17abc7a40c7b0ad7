import { Injectable } from '@nestjs/common';
import { Database } from '@app/persistence';
import { DeadlineRepository, type DesiredDeadlines } from '@app/reports';

/**
 * Brings a report's deadline rows in line with its row, in one transaction. A bridge only:
 * DeadlineRepository.sync (libs/reports) still takes the transaction's EntityManager; once it joins
 * the current transaction itself, the handler calls it inside Transactions.run and this goes.
 */
@Injectable()
export class DeadlineSyncRepository {
  constructor(
    private readonly db: Database,
    private readonly deadlines: DeadlineRepository,
  ) {}

  sync(change: { reportId: string; desired: DesiredDeadlines; now: Date }): Promise<boolean> {
    return this.db.transaction((manager) =>
      this.deadlines.sync(manager, change.reportId, change.desired, change.now),
    );
  }
}
