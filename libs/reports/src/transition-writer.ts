import { Injectable } from '@nestjs/common';
import { retryOnDeadlock } from '@app/common';
import type { Unit } from '@app/directory';
import { Transactions } from '@app/persistence';
import { OutboxWriter } from '@app/queue';
import { AuditRepository } from './audit.repository';
import { DeadlineRepository } from './deadline.repository';
import { DeliberationRecordRepository } from './deliberation-record.repository';
import { IdempotencyRepository } from './idempotency.repository';
import { ReportDispatch } from './report-dispatch';
import { StaleVersionError } from './report.errors';
import { ReportRepository } from './report.repository';
import { jobsAfter, type TransitionPlan } from './transition-plan';

export interface TransitionWrite {
  plan: TransitionPlan;
  /** The report's unit: where it is dispatched is looked up when the report goes up. */
  unit: Unit;
  /** Set when the request carried an Idempotency-Key: the answer is stored with the change. */
  idempotency: { userId: string; key: string; requestHash: string } | null;
}

/**
 * Persists a planned transition in one transaction: the conditional versioned UPDATE (0 rows:
 * StaleVersionError), the hash-chained audit event, the deadlines, the outbox rows (one INSERT),
 * the dispatch (receipts and copies, ReportDispatch), the deliberation record (meeting, sign-off, 文号)
 * and the idempotency record. Nothing is published here: the outbox is relayed after
 * commit. Pipelined (Database.transaction): a plain submit or approval is two round trips, the
 * UPDATE with the event and the deadlines' lock, then the deadline, outbox and idempotency writes
 * with the COMMIT.
 */
@Injectable()
export class TransitionWriter {
  constructor(
    private readonly transactions: Transactions,
    private readonly reports: ReportRepository,
    private readonly audit: AuditRepository,
    private readonly deadlines: DeadlineRepository,
    private readonly outbox: OutboxWriter,
    private readonly dispatch: ReportDispatch,
    private readonly idempotency: IdempotencyRepository,
    private readonly deliberationRecords: DeliberationRecordRepository,
  ) {}

  async persist({ plan, unit, idempotency }: TransitionWrite): Promise<void> {
    const reportId = plan.head.id;
    const now = plan.head.now;
    // READ COMMITTED: the deadline lookup then locks only the rows it finds, not the gaps between
    // reports, so concurrent first submits of different reports do not block each other.
    await retryOnDeadlock(() =>
      this.transactions.run(
        async () => {
          // One round trip (pipelined): START TRANSACTION, the versioned UPDATE, the chained event and
          // the deadlines' locking read. Should the UPDATE find the version moved, the event and the
          // lock are rolled back with it (a taken event number fails the INSERT: 409 all the same).
          const [applied, eventId, deadlines] = await Promise.all([
            this.reports.applyTransition(plan.head, plan.change),
            this.audit.append(plan.event),
            this.deadlines.lockForReport(reportId),
          ]);
          if (!applied) throw new StaleVersionError(reportId);
          if (plan.deliberationRecord) await this.deliberationRecords.apply(plan.deliberationRecord);
          // The rest are writes nobody reads back: they go with the COMMIT, in this order.
          const deadlinesMoved = await this.deadlines.syncLocked({
            reportId,
            rows: deadlines,
            desired: plan.deadlines,
            now,
          });
          await this.outbox.addMany(jobsAfter(plan, { deadlinesMoved, eventId }), now);
          if (plan.dispatchesCopies) {
            await this.dispatch.record({ reportId, unit, revision: plan.event.revision, now });
          }
          if (plan.withdrawsDispatch) await this.dispatch.withdraw({ reportId, now });
          if (idempotency) {
            await this.idempotency.store({
              userId: idempotency.userId,
              key: idempotency.key,
              stored: { requestHash: idempotency.requestHash, statusCode: 200, response: plan.result },
              now,
            });
          }
        },
        { isolation: 'READ COMMITTED', pipelined: true },
      ),
    );
  }
}
