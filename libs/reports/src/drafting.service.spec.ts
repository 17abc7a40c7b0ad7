import { AppError, ManualClock } from '@app/common';
import type { Principal, Unit, UnitRepository } from '@app/directory';
import type { Transactions } from '@app/persistence';
import { DEFAULT_DEFINITION } from '@app/workflow';
import { GENESIS_HASH } from './audit-chain';
import type { AuditRepository } from './audit.repository';
import type { DeadlineRepository } from './deadline.repository';
import { DraftingService } from './drafting.service';
import type { ReportAccess } from './report-access';
import type { OutboxWriter } from '@app/queue';
import type { ReportRepository } from './report.repository';
import type { Report, Revision } from './report.types';
import type { RevisionRepository } from './revision.repository';

const now = new Date('2025-03-10T02:00:00Z');
const unit = { id: 'unit-1', name: '某县交通运输局' } as Unit;
const drafter = { userId: 'drafter-1', unitId: 'unit-1' } as Principal;

function report(overrides: Partial<Report> = {}): Report {
  return {
    id: 'report-1',
    workflowId: DEFAULT_DEFINITION.id,
    workflowVersion: DEFAULT_DEFINITION.version,
    state: 'drafting',
    version: 4,
    currentRevision: 1,
    title: '2024年报告',
    lastEventSeq: 2,
    lastHash: GENESIS_HASH,
    ...overrides,
  } as Report;
}

const revision1: Revision = {
  reportId: 'report-1',
  number: 1,
  basedOn: 0,
  title: '2024年报告',
  sections: { measures: '措施', shortcomings: '不足', leadersDuty: '履职', nextYearPlan: '计划', other: '' },
  contentHash: 'h1',
  authorId: 'drafter-1',
  createdAt: now,
};

/** Saves over fakes: `reads` are the reports access hands out in turn; `applied` the UPDATE outcomes in turn. */
function setUp(reads: Report[], applied: boolean[]) {
  const inserted: Revision[] = [];
  const access = {
    writable: async () => ({ report: reads.shift() ?? report(), unit }),
  } as Pick<ReportAccess, 'writable'>;
  const transactions = { run: <T>(work: () => Promise<T>) => work() } as Transactions;
  const reports = {
    applySave: async () => applied.shift() ?? true,
    findById: async () => report({ currentRevision: 2 }),
  } as Pick<ReportRepository, 'applySave' | 'findById'>;
  const revisions = {
    find: async () => revision1,
    insert: async (revision: Revision) => void inserted.push(revision),
  } as Pick<RevisionRepository, 'find' | 'insert'>;
  const audit = { append: async () => 1 } as Pick<AuditRepository, 'append'>;
  const service = new DraftingService(
    transactions,
    reports as ReportRepository,
    revisions as RevisionRepository,
    audit as AuditRepository,
    {} as UnitRepository,
    access as ReportAccess,
    {} as DeadlineRepository,
    {} as OutboxWriter,
    new ManualClock(now),
  );
  return { service, inserted };
}

describe('DraftingService.save', () => {
  it('keeps the text of sections the save does not name, and clears one sent empty', async () => {
    const { service, inserted } = setUp([report()], [true]);
    const saved = await service.save(drafter, 'report-1', {
      basedOnRevision: 1,
      sections: { measures: '新的措施', other: '', shortcomings: undefined },
    });
    expect(saved.number).toBe(2);
    expect(inserted[0].sections).toEqual({ ...revision1.sections, measures: '新的措施', other: '' });
  });

  it('refuses a save based on an older revision with 409 and the current number', async () => {
    const { service, inserted } = setUp([report({ currentRevision: 3 })], []);
    const error: unknown = await service
      .save(drafter, 'report-1', { basedOnRevision: 1, sections: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'REVISION_STALE', details: { currentRevision: 3, basedOn: 1 } });
    expect(inserted).toEqual([]);
  });

  it('after losing a race, re-reads and answers 409 when the revision moved meanwhile', async () => {
    const { service, inserted } = setUp([report(), report({ currentRevision: 2, version: 5 })], [false]);
    const error: unknown = await service
      .save(drafter, 'report-1', { basedOnRevision: 1, sections: { measures: '措施二' } })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'REVISION_STALE', details: { currentRevision: 2, basedOn: 1 } });
    expect(inserted).toEqual([]);
  });

  it('after losing a race to a change that kept the revision, saves on the next round', async () => {
    const { service, inserted } = setUp([report(), report({ version: 5 })], [false, true]);
    const saved = await service.save(drafter, 'report-1', { basedOnRevision: 1, sections: {} });
    expect(saved.number).toBe(2);
    expect(inserted).toHaveLength(1);
  });
});
