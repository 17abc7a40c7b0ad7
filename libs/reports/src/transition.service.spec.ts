import { AppError, ManualClock } from '@app/common';
import type { AppConfig } from '@app/config';
import type { Principal, Unit, UnitRepository } from '@app/directory';
import type { OutboxRelay } from '@app/queue';
import { DEFAULT_DEFINITION, DEFAULT_DEFINITION_V2 } from '@app/workflow';
import { GENESIS_HASH } from './audit-chain';
import type { CompletenessGate } from './completeness-gate';
import type { DeliberationRecordRepository } from './deliberation-record.repository';
import type { DeliberationRecord } from './deliberation-records';
import type { DutySeparationPolicy } from './duty-separation-policy';
import type { IdempotencyRepository, StoredResponse } from './idempotency.repository';
import type { ReadableReport, ReportAccess } from './report-access';
import { StaleVersionError } from './report.errors';
import type { ReportRepository } from './report.repository';
import type { Report } from './report.types';
import type { StageClock } from './stage-clock';
import type { StampedScanGate } from './stamped-scan-gate';
import type { TransitionWrite, TransitionWriter } from './transition-writer';
import type { ReportDispatch } from './report-dispatch';
import { TransitionService, type TransitionCommand } from './transition.service';

const now = new Date('2025-03-10T02:00:00Z');

const unit: Unit = {
  id: 'unit-1',
  parentId: 'county',
  path: '/county/unit-1/',
  depth: 2,
  name: '某县交通运输局',
  kind: 'department',
  level: 'county',
  divisionCode: '450102',
  demonstrationArea: false,
  housedInUnitId: null,
  createdAt: now,
};

const drafter: Principal = {
  userId: 'drafter-1',
  username: 'drafter',
  displayName: '起草人',
  unitId: unit.id,
  unitPath: unit.path,
  roles: [{ role: 'drafter', unitId: unit.id, unitPath: unit.path }],
  sessionId: 's',
};

function report(overrides: Partial<Report> = {}): Report {
  return {
    id: 'report-1',
    unitId: unit.id,
    receivingUnitId: 'prefecture',
    coReportingUnitId: null,
    campaignId: null,
    reportYear: 2024,
    reportLine: 'annual',
    workflowId: DEFAULT_DEFINITION.id,
    workflowVersion: DEFAULT_DEFINITION.version,
    state: 'drafting',
    version: 3,
    currentRevision: 2,
    title: '某局2024年法治政府建设年度报告',
    lastEventSeq: 0,
    lastHash: GENESIS_HASH,
    lastAction: null,
    lastFromState: null,
    lastActorId: null,
    lastActorRole: null,
    returnCount: 0,
    stageEnteredAt: now,
    stageDueAt: null,
    submittedAt: null,
    stageLimits: null,
    reminderPolicy: null,
    dueAt: null,
    createdBy: 'drafter-1',
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

/** The service over hand-written fakes; `steps` records the calls that matter, in order. */
interface FakeOptions {
  persist?: (write: TransitionWrite) => Promise<void>;
  stored?: StoredResponse;
  /** The completeness check's refusal, if it refuses. */
  completeness?: AppError;
  /** The report as read (default: drafting on default v1). */
  report?: Report;
  /** The report's standing deliberation record. */
  deliberation?: DeliberationRecord;
}

function setUp(options: FakeOptions = {}) {
  const steps: string[] = [];
  const writes: TransitionWrite[] = [];
  let current = report();
  const readable: ReadableReport = {
    report: options.report ?? report(),
    unit,
    parent: null,
    coReportingUnit: null,
    asReportingUnit: true,
    copyOnly: false,
    copy: null,
  };
  const access = { readable: async () => readable } as Pick<ReportAccess, 'readable'>;
  const reports = { findById: async () => current } as Pick<ReportRepository, 'findById'>;
  const units = { findAncestors: async () => [] } as Pick<UnitRepository, 'findAncestors'>;
  const completeness = {
    assertPasses: async () => {
      if (options.completeness) throw options.completeness;
      steps.push('completeness');
    },
  } as Pick<CompletenessGate, 'assertPasses'>;
  const dutySeparation = { relaxedRuleBrokenBy: async () => null } as Pick<
    DutySeparationPolicy,
    'relaxedRuleBrokenBy'
  >;
  const stageClock = {
    dueAfter: async (from: Date, days: number, regions: string[] = []) => {
      steps.push(`stage clock: ${days} days in ${regions.join(',')}`);
      return new Date(from.getTime() + days * 86_400_000);
    },
  } as Pick<StageClock, 'dueAfter'>;
  const idempotency = { find: async () => options.stored ?? null } as Pick<IdempotencyRepository, 'find'>;
  const writer = {
    persist: async (write: TransitionWrite) => {
      steps.push('persist');
      writes.push(write);
      await options.persist?.(write);
    },
  } as Pick<TransitionWriter, 'persist'>;
  const relay = { kick: () => void steps.push('relay kick') } as Pick<OutboxRelay, 'kick'>;
  const config = { env: { DEFAULT_STAGE_LIMIT_WORKING_DAYS: 5 } } as AppConfig;
  const deliberationRecords = {
    find: async () => {
      steps.push('read deliberation record');
      return options.deliberation ?? null;
    },
    redeliberationAskedSince: async () => false,
  } as Pick<DeliberationRecordRepository, 'find' | 'redeliberationAskedSince'>;
  const stampedScans = {
    assertReady: async () => void steps.push('stamped scan'),
  } as Pick<StampedScanGate, 'assertReady'>;
  const dispatch = {
    assertWithdrawable: async () => void steps.push('withdrawable'),
  } as Pick<ReportDispatch, 'assertWithdrawable'>;
  const service = new TransitionService(
    access as ReportAccess,
    reports as ReportRepository,
    units as UnitRepository,
    completeness as CompletenessGate,
    dutySeparation as DutySeparationPolicy,
    stageClock as StageClock,
    idempotency as IdempotencyRepository,
    writer as TransitionWriter,
    relay as OutboxRelay,
    config,
    new ManualClock(now),
    deliberationRecords as DeliberationRecordRepository,
    stampedScans as StampedScanGate,
    dispatch as ReportDispatch,
  );
  return { service, steps, writes, setCurrent: (r: Report) => (current = r) };
}

const submit: TransitionCommand = {
  principal: drafter,
  reportId: 'report-1',
  action: 'submit',
  expectedVersion: 3,
  idempotencyKey: 'key-1',
};

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => new Error('expected a refusal'),
    (e: unknown) => e,
  );
  if (error instanceof AppError) return error;
  throw error;
}

describe('TransitionService', () => {
  it('checks completeness, dates the stage in the unit’s region, persists, then kicks the relay', async () => {
    const { service, steps, writes } = setUp();
    const result = await service.transition(submit);
    expect(steps).toEqual(['completeness', 'stage clock: 5 days in 45', 'persist', 'relay kick']);
    expect(result.report).toMatchObject({ state: 'dept_review', version: 4 });
    expect(writes[0].idempotency).toMatchObject({ userId: 'drafter-1', key: 'key-1' });
    expect(writes[0].plan.result).toEqual(result);
  });

  it('answers a version that moved before the UPDATE with the report as it is now, and publishes nothing', async () => {
    const { service, steps, setCurrent } = setUp({
      persist: async () => {
        throw new StaleVersionError('report-1');
      },
    });
    setCurrent(report({ state: 'dept_review', version: 4 }));
    const error = await refusal(service.transition(submit));
    expect(error.code).toBe('REPORT_STALE_VERSION');
    expect(error.details).toEqual({ currentState: 'dept_review', currentVersion: 4 });
    expect(steps).not.toContain('relay kick');
  });

  it('gives a repeated request (same Idempotency-Key) the first answer, and refuses the key for another request', async () => {
    const first = setUp();
    const answer = await first.service.transition(submit);
    const { requestHash } = first.writes[0].idempotency!;
    const lostRace = async () => {
      throw new StaleVersionError('report-1');
    };

    const repeated = setUp({ persist: lostRace, stored: { requestHash, statusCode: 200, response: answer } });
    await expect(repeated.service.transition(submit)).resolves.toEqual(answer);

    const reused = setUp({
      persist: lostRace,
      stored: { requestHash: 'another request', statusCode: 200, response: answer },
    });
    expect((await refusal(reused.service.transition(submit))).code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('writes nothing when the completeness check refuses', async () => {
    const incomplete = new AppError(422, 'COMPLETENESS_CHECK_FAILED', 'incomplete');
    const { service, steps } = setUp({ completeness: incomplete });
    expect(await refusal(service.transition(submit))).toBe(incomplete);
    expect(steps).toEqual([]);
  });

  it('on default v2, a standing meeting record sends the revised text straight to sign-off', async () => {
    const v2 = report({
      workflowId: DEFAULT_DEFINITION_V2.id,
      workflowVersion: DEFAULT_DEFINITION_V2.version,
    });
    const meeting = { body: '党组会议', date: '2025-01-20', minutesNumber: '纪要〔2025〕1号', eventSeq: 5 };
    const standing = setUp({
      report: v2,
      deliberation: { meetingStands: true, meeting, signOff: null, coSignOff: null, documentNumber: null },
    });
    expect((await standing.service.transition(submit)).report.state).toBe('leader_signoff');
    expect(standing.steps[0]).toBe('read deliberation record');

    const cleared = setUp({
      report: v2,
      deliberation: { meetingStands: false, meeting, signOff: null, coSignOff: null, documentNumber: null },
    });
    expect((await cleared.service.transition(submit)).report.state).toBe('dept_review');
  });

  it('records the unit’s own deliberating body when the meeting step names none', async () => {
    const inMeeting = report({
      workflowId: DEFAULT_DEFINITION_V2.id,
      workflowVersion: DEFAULT_DEFINITION_V2.version,
      state: 'party_approval',
    });
    const approver: Principal = {
      ...drafter,
      userId: 'approver-1',
      roles: [{ role: 'party_approver', unitId: unit.id, unitPath: unit.path }],
    };
    const { service, writes } = setUp({ report: inMeeting });
    await service.transition({
      principal: approver,
      reportId: 'report-1',
      action: 'approve',
      expectedVersion: 3,
      fields: { meetingDate: '2024-12-30', minutesNumber: '党组会纪要〔2024〕9号' },
    });
    expect(writes[0].plan.event.fields).toMatchObject({ meetingBody: '党组会议' });
    expect(writes[0].plan.deliberationRecord).toMatchObject({
      meetingStands: true,
      meeting: { body: '党组会议', date: '2024-12-30', minutesNumber: '党组会纪要〔2024〕9号', eventSeq: 1 },
    });
  });
});
