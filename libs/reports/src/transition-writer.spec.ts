import type { Transactions } from '@app/persistence';
import type { Unit } from '@app/directory';
import type { AuditRepository } from './audit.repository';
import type { DeadlineRepository } from './deadline.repository';
import type { DeliberationRecordRepository } from './deliberation-record.repository';
import type { IdempotencyRepository } from './idempotency.repository';
import type { ReportDispatch } from './report-dispatch';
import type { OutboxWriter } from '@app/queue';
import { StaleVersionError } from './report.errors';
import type { ReportRepository } from './report.repository';
import type { TransitionPlan } from './transition-plan';
import { TransitionWriter } from './transition-writer';

const now = new Date('2025-03-10T02:00:00Z');
const unit = { id: 'unit-1' } as Unit;

function plan(overrides: Partial<TransitionPlan> = {}): TransitionPlan {
  return {
    head: { id: 'report-1', expectedVersion: 3, lastEventSeq: 4, lastHash: 'hash-4', now },
    change: {
      state: 'submitted',
      action: 'approve',
      fromState: 'party_approval',
      actorId: 'approver-1',
      actorRole: 'party_approver',
      isReturn: false,
      stageDueAt: null,
      submittedAt: now,
    },
    event: {
      reportId: 'report-1',
      seq: 4,
      revision: 2,
      action: 'approve',
      fromState: 'party_approval',
      toState: 'submitted',
      actorUserId: 'approver-1',
      actorRole: 'party_approver',
      actorUnitId: 'unit-1',
      comment: null,
      fields: {},
      effects: [],
      createdAt: now,
      prevHash: 'hash-3',
      hash: 'hash-4',
    },
    deadlines: { stage: null, due: null },
    dispatchesCopies: true,
    withdrawsDispatch: false,
    notifies: true,
    deliberationRecord: null,
    result: {
      report: { id: 'report-1', state: 'submitted', version: 4, currentRevision: 2, stageDueAt: null },
      event: {
        seq: 4,
        action: 'approve',
        fromState: 'party_approval',
        toState: 'submitted',
        actorRole: 'party_approver',
        createdAt: now.toISOString(),
      },
    },
    ...overrides,
  };
}

/** The writer over fakes that log each statement they stand for, inside the transactions they ran in. */
function setUp(options: { applied?: boolean; deadlocks?: number } = {}) {
  const log: string[] = [];
  let deadlocks = options.deadlocks ?? 0;
  const transactions = {
    run: async <T>(work: () => Promise<T>, run?: { isolation?: string; pipelined?: boolean }) => {
      log.push(`begin ${run?.isolation ?? 'default'}${run?.pipelined ? ' pipelined' : ''}`);
      try {
        const result = await work();
        if (deadlocks-- > 0) throw Object.assign(new Error('deadlock'), { code: 'ER_LOCK_DEADLOCK' });
        log.push('commit');
        return result;
      } catch (error) {
        log.push('rollback');
        throw error;
      }
    },
  } as Transactions;
  const reports = {
    applyTransition: async () => {
      log.push('UPDATE reports');
      return options.applied ?? true;
    },
  } as Pick<ReportRepository, 'applyTransition'>;
  const audit = {
    append: async () => {
      log.push('INSERT audit_events');
      return 77;
    },
  } as Pick<AuditRepository, 'append'>;
  const deadlines = {
    lockForReport: async () => {
      log.push('SELECT deadlines FOR UPDATE');
      return [];
    },
    syncLocked: async () => {
      log.push('sync deadlines');
      return true;
    },
  } as Pick<DeadlineRepository, 'lockForReport' | 'syncLocked'>;
  const outbox = {
    addMany: async (jobs: Parameters<OutboxWriter['addMany']>[0]) => {
      log.push(`INSERT outbox ${jobs.map((j) => j.name).join(', ')}`);
    },
  } as Pick<OutboxWriter, 'addMany'>;
  const dispatch = {
    record: async ({ revision }: { revision: number }) => {
      log.push(`dispatch revision ${revision} (receipts, copies)`);
    },
    withdraw: async () => {
      log.push('mark the open receipts withdrawn');
    },
  } as Pick<ReportDispatch, 'record' | 'withdraw'>;
  const idempotency = {
    store: async () => {
      log.push('INSERT idempotency_keys');
    },
  } as Pick<IdempotencyRepository, 'store'>;
  const deliberationRecords = {
    apply: async () => {
      log.push('UPSERT report_deliberation_records');
    },
  } as Pick<DeliberationRecordRepository, 'apply'>;
  const writer = new TransitionWriter(
    transactions,
    reports as ReportRepository,
    audit as AuditRepository,
    deadlines as DeadlineRepository,
    outbox as OutboxWriter,
    dispatch as ReportDispatch,
    idempotency as IdempotencyRepository,
    deliberationRecords as DeliberationRecordRepository,
  );
  return { writer, log };
}

const key = { userId: 'approver-1', key: 'key-1', requestHash: 'fingerprint' };

describe('TransitionWriter', () => {
  it('writes the head, the event, the deadlines, the jobs, the copies and the answer in one READ COMMITTED transaction', async () => {
    const { writer, log } = setUp();
    await writer.persist({ plan: plan(), unit, idempotency: key });
    expect(log).toEqual([
      'begin READ COMMITTED pipelined',
      'UPDATE reports',
      'INSERT audit_events',
      'SELECT deadlines FOR UPDATE',
      'sync deadlines',
      'INSERT outbox deadlines-changed, transition-notify',
      'dispatch revision 2 (receipts, copies)',
      'INSERT idempotency_keys',
      'commit',
    ]);
  });

  it('copies nothing within the unit and stores no answer without an Idempotency-Key', async () => {
    const { writer, log } = setUp();
    await writer.persist({ plan: plan({ dispatchesCopies: false }), unit, idempotency: null });
    expect(log.filter((line) => line.includes('copies') || line.includes('idempotency'))).toEqual([]);
  });

  it('marks the open receipts in the same transaction when the unit withdraws its dispatch', async () => {
    const { writer, log } = setUp();
    await writer.persist({
      plan: plan({ dispatchesCopies: false, withdrawsDispatch: true }),
      unit,
      idempotency: null,
    });
    expect(log.slice(-2)).toEqual(['mark the open receipts withdrawn', 'commit']);
  });

  it('writes the meeting, sign-off or 文号 the step records in the same transaction, after the event', async () => {
    const { writer, log } = setUp();
    const deliberationRecord = { reportId: 'report-1', documentNumber: '呼交发〔2026〕3号', now };
    await writer.persist({ plan: plan({ deliberationRecord }), unit, idempotency: null });
    expect(log.slice(0, 6)).toEqual([
      'begin READ COMMITTED pipelined',
      'UPDATE reports',
      'INSERT audit_events',
      'SELECT deadlines FOR UPDATE',
      'UPSERT report_deliberation_records',
      'sync deadlines',
    ]);
  });

  it('rolls back with StaleVersionError when the version moved: the event sent in the same round trip goes with it, nothing after is written', async () => {
    const { writer, log } = setUp({ applied: false });
    await expect(writer.persist({ plan: plan(), unit, idempotency: key })).rejects.toBeInstanceOf(
      StaleVersionError,
    );
    expect(log).toEqual([
      'begin READ COMMITTED pipelined',
      'UPDATE reports',
      'INSERT audit_events',
      'SELECT deadlines FOR UPDATE',
      'rollback',
    ]);
  });

  it('runs the whole transaction again when InnoDB picks it as a deadlock victim', async () => {
    const { writer, log } = setUp({ deadlocks: 1 });
    await writer.persist({ plan: plan(), unit, idempotency: key });
    expect(log.filter((line) => line === 'UPDATE reports')).toHaveLength(2);
    expect(log.at(-1)).toBe('commit');
  });
});
