import { Injectable } from '@nestjs/common';
import type { Unit } from '@app/directory';
// eslint-disable-next-line no-restricted-imports -- temporary: see TransactionBridge; goes when the reports and worker conversions land
import { Database } from '@app/persistence';
import { OutboxWriter } from '@app/queue';
import { DraftingService, DueDateChanges, type CreateReportCommand, type DueDateMove } from '@app/reports';

type Jobs = Parameters<OutboxWriter['addMany']>[0];

/**
 * TEMPORARY, for the persistence conversion (issue #16). The campaign services run their changes in
 * `Transactions.run`, but three collaborators of other areas still take the transaction's
 * EntityManager as an argument: DraftingService.createInTransaction and DueDateChanges.move
 * (libs/reports) and OutboxWriter.addMany (libs/queue). This hands them the manager of the current
 * transaction (a nested `Database.transaction` joins it) so the services never see one.
 *
 * Each method has the manager-free signature those collaborators are being given: once they join
 * the current transaction themselves, call them directly with the same arguments and delete this file.
 */
@Injectable()
export class TransactionBridge {
  constructor(
    private readonly db: Database,
    private readonly drafting: DraftingService,
    private readonly dueDates: DueDateChanges,
    private readonly outbox: OutboxWriter,
  ) {}

  /** DraftingService.createInTransaction inside the current transaction. */
  createReport(cmd: CreateReportCommand, preloaded: Unit) {
    this.db.requireTransaction("A campaign target's report");
    return this.db.transaction((manager) => this.drafting.createInTransaction(manager, cmd, preloaded));
  }

  /** DueDateChanges.move inside the current transaction. */
  moveDueDates(move: DueDateMove) {
    this.db.requireTransaction('A due-date change');
    return this.db.transaction((manager) => this.dueDates.move(manager, move));
  }

  /** OutboxWriter.addMany (it joins the current transaction itself now). */
  addJobs(jobs: Jobs, now: Date) {
    return this.outbox.addMany(jobs, now);
  }
}
