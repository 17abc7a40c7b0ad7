import { ManualClock } from '@app/common';
import type { Principal, Unit } from '@app/directory';
import type { Transactions } from '@app/persistence';
import { DEFAULT_DEFINITION, type Role } from '@app/workflow';
import { GENESIS_HASH } from './audit-chain';
import type { AuditRepository } from './audit.repository';
import { CheckOverrideService } from './check-override.service';
import type { ReportAccess } from './report-access';
import type { ReportHeadUpdate, ReportRepository } from './report.repository';
import type { AuditEvent, Report } from './report.types';

const now = new Date('2025-03-10T02:00:00Z');
const unit = { id: 'unit-1', path: '/unit-1/', name: '某县交通运输局' } as Unit;

function principal(role: Role): Principal {
  return {
    userId: 'reviewer-1',
    username: 'reviewer',
    displayName: '审核人',
    unitId: unit.id,
    unitPath: unit.path,
    roles: [{ role, unitId: unit.id, unitPath: unit.path }],
    sessionId: 's',
  };
}

function report(overrides: Partial<Report> = {}): Report {
  return {
    id: 'report-1',
    workflowId: DEFAULT_DEFINITION.id,
    workflowVersion: DEFAULT_DEFINITION.version,
    state: 'drafting',
    version: 4,
    currentRevision: 2,
    lastEventSeq: 3,
    lastHash: GENESIS_HASH,
    ...overrides,
  } as Report;
}

function setUp(read: Report, applied = true) {
  const heads: Array<{ head: ReportHeadUpdate; reason: string }> = [];
  const events: Array<Omit<AuditEvent, 'id'>> = [];
  const access = {
    readable: async () => ({
      report: read,
      unit,
      parent: null,
      coReportingUnit: null,
      asReportingUnit: true,
      copyOnly: false,
      copy: null,
    }),
  } as Pick<ReportAccess, 'readable'>;
  const transactions = { run: <T>(work: () => Promise<T>) => work() } as Transactions;
  const reports = {
    applyCheckOverride: async (head: ReportHeadUpdate, override: { reason: string }) => {
      heads.push({ head, reason: override.reason });
      return applied;
    },
  } as Pick<ReportRepository, 'applyCheckOverride'>;
  const audit = {
    append: async (event: Omit<AuditEvent, 'id'>) => events.push(event),
  } as Pick<AuditRepository, 'append'>;
  const service = new CheckOverrideService(
    transactions,
    access as ReportAccess,
    reports as ReportRepository,
    audit as AuditRepository,
    new ManualClock(now),
  );
  return { service, heads, events };
}

describe('CheckOverrideService', () => {
  it('records the override for the current revision, with the reason, in the audit chain', async () => {
    const { service, heads, events } = setUp(report());
    await expect(
      service.override(principal('dept_reviewer'), 'report-1', '  补报往年报告  '),
    ).resolves.toEqual({
      revision: 2,
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'override-check',
      seq: 4,
      revision: 2,
      comment: '补报往年报告',
    });
    expect(heads).toEqual([
      {
        head: { id: 'report-1', expectedVersion: 4, lastEventSeq: 4, lastHash: events[0].hash, now },
        reason: '补报往年报告',
      },
    ]);
  });

  it('is for the department reviewer only', async () => {
    const { service, events } = setUp(report());
    await expect(service.override(principal('drafter'), 'report-1', '理由')).rejects.toMatchObject({
      statusCode: 403,
    });
    expect(events).toEqual([]);
  });

  it('needs a saved revision to override', async () => {
    const { service } = setUp(report({ currentRevision: 0 }));
    await expect(service.override(principal('dept_reviewer'), 'report-1', '理由')).rejects.toMatchObject({
      code: 'NO_REVISION_YET',
    });
  });

  it('answers 409 and records nothing when the report changed after it was read', async () => {
    const { service, events } = setUp(report(), false);
    await expect(service.override(principal('dept_reviewer'), 'report-1', '理由')).rejects.toMatchObject({
      code: 'REPORT_STALE_VERSION',
    });
    expect(events).toEqual([]);
  });
});
