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
 * commit.
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
          if (!(await this.reports.applyTransition(plan.head, plan.change))) {
            throw new StaleVersionError(reportId);
          }
          const eventId = await this.audit.append(plan.event);
          if (plan.deliberationRecord) await this.deliberationRecords.apply(plan.deliberationRecord);
          const deadlinesMoved = await this.deadlines.sync({ reportId, desired: plan.deadlines, now });
          await this.outbox.addMany(jobsAfter(plan, { deadlinesMoved, eventId }), now);
          if (plan.dispatchesCopies) {
            await this.dispatch.record({ reportId, unit, revision: plan.event.revision, now });
          }
          if (idempotency) {
            await this.idempotency.store({
              userId: idempotency.userId,
              key: idempotency.key,
              stored: { requestHash: idempotency.requestHash, statusCode: 200, response: plan.result },
              now,
            });
          }
        },
        { isolation: 'READ COMMITTED' },
      ),
    );
  }
}
