import { GENESIS_HASH, verifyChain } from './audit-chain';
import type { AuditRepository } from './audit.repository';
import { DUE_DATE_CHANGED, DueDateChanges, type DueDateMove } from './due-date-changes';
import type { DueDateHead, DueDateMoveWrite, ReportRepository } from './report.repository';
import type { AuditEvent } from './report.types';

const now = new Date('2025-03-10T02:00:00Z');
const march31 = new Date('2025-03-31T15:59:59.999Z');
const april15 = new Date('2025-04-15T15:59:59.999Z');

function head(id: string, dueAt: Date | null): DueDateHead {
  return {
    id,
    state: 'drafting',
    version: 5,
    currentRevision: 2,
    lastEventSeq: 0,
    lastHash: GENESIS_HASH,
    dueAt,
  };
}

function setUp(heads: DueDateHead[]) {
  const locked: string[][] = [];
  const events: Array<Omit<AuditEvent, 'id'>> = [];
  const moves: DueDateMoveWrite[] = [];
  const reports = {
    lockDueDateHeads: async (ids: string[]) => {
      locked.push(ids);
      return heads.filter((h) => ids.includes(h.id));
    },
    moveDueDates: async (move: DueDateMoveWrite) => {
      moves.push(move);
    },
  } as Pick<ReportRepository, 'lockDueDateHeads' | 'moveDueDates'>;
  const audit = {
    append: async (event: Omit<AuditEvent, 'id'>) => events.push(event),
  } as Pick<AuditRepository, 'append'>;
  const changes = new DueDateChanges(reports as ReportRepository, audit as AuditRepository);
  return { changes, locked, events, moves };
}

const extension = (reportIds: string[]): DueDateMove => ({
  reportIds,
  dueAt: april15,
  actor: { userId: 'coordinator-1', unitId: 'prefecture', role: 'coordinator' },
  reason: { kind: 'extension_granted', extensionId: 'ext-1', comment: '同意延期' },
  now,
});

describe('DueDateChanges', () => {
  it('records the move in each report’s history, chained to its head, and moves the heads with it', async () => {
    const { changes, events, moves } = setUp([head('a', march31)]);
    const moved = await changes.move(extension(['a']));
    expect(moved).toEqual([{ id: 'a', version: 6 }]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: DUE_DATE_CHANGED,
      seq: 1,
      fromState: 'drafting',
      toState: 'drafting',
      comment: '同意延期',
      fields: {
        dueDateBefore: '2025-03-31',
        dueDate: '2025-04-15',
        kind: 'extension_granted',
        extensionId: 'ext-1',
      },
    });
    expect(verifyChain(events, events[0].hash).verified).toBe(true);
    expect(moves).toEqual([{ dueAt: april15, heads: [{ reportId: 'a', hash: events[0].hash }], now }]);
  });

  it('leaves a report whose due date is already the new one untouched: no event, no version', async () => {
    const { changes, events, moves } = setUp([head('a', april15), head('b', march31)]);
    const moved = await changes.move(extension(['a', 'b']));
    expect(moved.map((m) => m.id)).toEqual(['b']);
    expect(events.map((e) => e.reportId)).toEqual(['b']);
    expect(moves[0].heads.map((h) => h.reportId)).toEqual(['b']);
  });

  it('locks and moves a campaign’s reports in chunks of 500', async () => {
    const ids = Array.from({ length: 501 }, (_, i) => `r${String(i).padStart(3, '0')}`);
    const { changes, locked, moves } = setUp(ids.map((id) => head(id, march31)));
    const moved = await changes.move(extension(ids));
    expect(locked.map((chunk) => chunk.length)).toEqual([500, 1]);
    expect(moves.map((m) => m.heads.length)).toEqual([500, 1]);
    expect(moved).toHaveLength(501);
  });
});
