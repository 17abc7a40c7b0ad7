import { AppError } from '@app/common';
import { DEFAULT_DEFINITION, DEFAULT_DEFINITION_V2, type Role, type TransitionDecision } from '@app/workflow';
import { GENESIS_HASH, verifyChain } from './audit-chain';
import type { Report } from './report.types';
import {
  cappedStageDue,
  stageLimitCountsFrom,
  decideTransition,
  jobsAfter,
  leavesDrafting,
  planTransition,
  stageLimitOpened,
  type TransitionRequest,
} from './transition-plan';

const now = new Date('2025-03-10T02:00:00Z');
const definition = DEFAULT_DEFINITION;

function report(overrides: Partial<Report> = {}): Report {
  const created = new Date('2025-01-05T02:00:00Z');
  return {
    id: 'report-1',
    unitId: 'unit-1',
    receivingUnitId: 'prefecture',
    coReportingUnitId: null,
    campaignId: null,
    reportYear: 2024,
    reportLine: 'annual',
    workflowId: definition.id,
    workflowVersion: definition.version,
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
    stageEnteredAt: created,
    stageDueAt: null,
    submittedAt: null,
    stageLimits: null,
    reminderPolicy: null,
    dueAt: new Date('2025-03-31T15:59:59Z'),
    createdBy: 'drafter-1',
    createdAt: created,
    updatedAt: created,
    ...overrides,
  };
}

function request(overrides: Partial<TransitionRequest> = {}): TransitionRequest {
  return { userId: 'drafter-1', unitId: 'unit-1', action: 'submit', expectedVersion: 3, ...overrides };
}

function decided(r: Report, roles: Role[], req: TransitionRequest): TransitionDecision {
  return decideTransition({ definition, report: r, roles, request: req, now });
}

function refusalOf(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const MEETING = { meetingBody: '党组会议', meetingDate: '2025-01-20', minutesNumber: '纪要〔2025〕1号' };

describe('decideTransition', () => {
  it('lets the drafter submit the version they read', () => {
    const decision = decided(report(), ['drafter'], request());
    expect(decision).toMatchObject({ from: 'drafting', to: 'dept_review', actingRole: 'drafter' });
  });

  it('answers a stale version with the current state and version', () => {
    const error = refusalOf(() => decided(report(), ['drafter'], request({ expectedVersion: 2 })));
    expect(error.code).toBe('REPORT_STALE_VERSION');
    expect(error.details).toEqual({ currentState: 'drafting', currentVersion: 3 });
  });

  it('names the missing role before the version: reloading would not help', () => {
    const error = refusalOf(() => decided(report(), ['legal_adviser'], request({ expectedVersion: 2 })));
    expect(error.code).toBe('ROLE_REQUIRED');
  });

  it('refuses an action the state does not offer', () => {
    const error = refusalOf(() => decided(report(), ['coordinator'], request({ action: 'accept' })));
    expect(error.code).toBe('ACTION_NOT_ALLOWED_IN_STATE');
  });

  it('refuses a meeting date after today', () => {
    const error = refusalOf(() =>
      decided(
        report({ state: 'party_approval' }),
        ['party_approver'],
        request({ action: 'approve', fields: { ...MEETING, meetingDate: '2025-03-11' } }),
      ),
    );
    expect(error.code).toBe('FIELD_INVALID');
  });
});

describe('leavesDrafting', () => {
  it('is true for a submit and false for a step between reviews or back to drafting', () => {
    const submit = decided(report(), ['drafter'], request());
    const approve = decided(
      report({ state: 'dept_review' }),
      ['dept_reviewer'],
      request({ action: 'approve' }),
    );
    const back = decided(
      report({ state: 'dept_review' }),
      ['dept_reviewer'],
      request({ action: 'return', comment: '请补充' }),
    );
    expect([submit, approve, back].map((d) => leavesDrafting(definition, d))).toEqual([true, false, false]);
  });
});

describe('stageLimitOpened', () => {
  const submit = () => decided(report(), ['drafter'], request());

  it("takes the campaign's limit for the state entered, else the default", () => {
    expect(stageLimitOpened(report({ stageLimits: { dept_review: 2 } }), submit(), 5)).toBe(2);
    expect(stageLimitOpened(report({ stageLimits: { legal_review: 2 } }), submit(), 5)).toBe(5);
  });

  it('is null when the state entered has no stage deadline', () => {
    const back = decided(
      report({ state: 'dept_review' }),
      ['dept_reviewer'],
      request({ action: 'return', comment: '请补充' }),
    );
    expect(stageLimitOpened(report(), back, 5)).toBeNull();
  });
});

describe('planTransition', () => {
  const stageDueAt = new Date('2025-03-13T09:59:59Z');

  it('chains the event to the report head and moves the head to it', () => {
    const r = report();
    const decision = decided(r, ['drafter'], request());
    const plan = planTransition({
      definition,
      report: r,
      decision,
      request: request(),
      relaxedRule: null,
      stageDueAt,
      now,
    });
    expect(plan.event).toMatchObject({
      seq: 1,
      prevHash: GENESIS_HASH,
      action: 'submit',
      toState: 'dept_review',
    });
    expect(verifyChain([plan.event], plan.head.lastHash).verified).toBe(true);
    expect(plan.head).toEqual({
      id: 'report-1',
      expectedVersion: 3,
      lastEventSeq: 1,
      lastHash: plan.event.hash,
      now,
    });
    expect(plan.change).toMatchObject({
      state: 'dept_review',
      isReturn: false,
      stageDueAt,
      submittedAt: undefined,
    });
    expect(plan.deadlines).toEqual({
      stage: { stage: 'dept_review', dueAt: stageDueAt },
      due: { dueAt: r.dueAt },
    });
    expect(plan.dispatchesCopies).toBe(false);
    expect(plan.result.report).toEqual({
      id: 'report-1',
      state: 'dept_review',
      version: 4,
      currentRevision: 2,
      stageDueAt: stageDueAt.toISOString(),
    });
  });

  it('dates the submission and copies the report when it goes up to the level above', () => {
    const r = report({ state: 'party_approval' });
    const req = request({ action: 'approve', userId: 'approver-1', fields: MEETING });
    const decision = decided(r, ['party_approver'], req);
    const plan = planTransition({
      definition,
      report: r,
      decision,
      request: req,
      relaxedRule: null,
      stageDueAt,
      now,
    });
    expect(plan.change.submittedAt).toEqual(now);
    expect(plan.dispatchesCopies).toBe(true);
    // Out of the unit's hands: its own due date no longer needs reminders.
    expect(plan.deadlines.due).toBeNull();
  });

  it('counts a return and records the comment trimmed', () => {
    const r = report({ state: 'dept_review' });
    const req = request({ action: 'return', userId: 'reviewer-1', comment: '  请补充第二部分  ' });
    const decision = decided(r, ['dept_reviewer'], req);
    const plan = planTransition({
      definition,
      report: r,
      decision,
      request: req,
      relaxedRule: null,
      stageDueAt: null,
      now,
    });
    expect(plan.change.isReturn).toBe(true);
    expect(plan.event.comment).toBe('请补充第二部分');
    expect(plan.deadlines.stage).toBeNull();
  });

  it('records a relaxed separation-of-duties rule with the event', () => {
    const r = report({ state: 'dept_review' });
    const req = request({ action: 'approve', userId: 'drafter-1' });
    const decision = decided(r, ['dept_reviewer'], req);
    const plan = planTransition({
      definition,
      report: r,
      decision,
      request: req,
      relaxedRule: 'submitter_may_not_approve',
      stageDueAt,
      now,
    });
    expect(plan.event.fields).toEqual({ dutySeparationRelaxed: 'submitter_may_not_approve' });
  });
});

describe('planTransition on default v2: the records of deliberation, sign-off and dispatch', () => {
  const v2 = DEFAULT_DEFINITION_V2;
  function planned(state: string, roles: Role[], req: TransitionRequest, facts = {}) {
    const r = report({ state, workflowId: v2.id, workflowVersion: v2.version, lastEventSeq: 6 });
    const decision = decideTransition({ definition: v2, report: r, roles, request: req, facts, now });
    return planTransition({
      definition: v2,
      report: r,
      decision,
      request: req,
      relaxedRule: null,
      stageDueAt: null,
      now,
    });
  }

  it('原则通过 records the meeting with its event and sends the report back without counting a return', () => {
    const req = request({
      action: 'approve_in_principle',
      userId: 'approver-1',
      comment: '按意见修改',
      fields: MEETING,
    });
    const plan = planned('party_approval', ['party_approver'], req);
    expect(plan.change).toMatchObject({ state: 'drafting', isReturn: false });
    expect(plan.deliberationRecord).toEqual({
      reportId: 'report-1',
      meetingStands: true,
      meeting: { body: '党组会议', date: '2025-01-20', minutesNumber: '纪要〔2025〕1号', eventSeq: 7 },
      now,
    });
  });

  it('the sign-off records the leader and the time; the dispatch records the 文号 and goes up', () => {
    const signed = planned(
      'leader_signoff',
      ['unit_leader'],
      request({ action: 'sign_off', userId: 'leader-1' }),
    );
    expect(signed.deliberationRecord).toEqual({
      reportId: 'report-1',
      signOff: { userId: 'leader-1', at: now },
      now,
    });
    expect(signed.dispatchesCopies).toBe(false);

    const req = request({ action: 'dispatch', fields: { documentNumber: ' 呼交发〔2025〕3号 ' } });
    const dispatched = planned('dispatching', ['drafter'], req);
    expect(dispatched.deliberationRecord).toEqual({
      reportId: 'report-1',
      documentNumber: '呼交发〔2025〕3号',
      now,
    });
    expect(dispatched.change).toMatchObject({ state: 'submitted', submittedAt: now });
    expect(dispatched.dispatchesCopies).toBe(true);
  });

  it('a recipient’s return asking for re-deliberation clears the meeting; a plain one keeps it', () => {
    const plain = planned('submitted', ['coordinator'], request({ action: 'return', comment: '错别字' }));
    expect(plain.deliberationRecord).toBeNull();
    const again = planned(
      'submitted',
      ['coordinator'],
      request({ action: 'return', comment: '请重新审议', fields: { needsRedeliberation: 'true' } }),
    );
    expect(again.deliberationRecord).toEqual({ reportId: 'report-1', meetingStands: false, now });
  });

  it('the unit withdrawing its dispatch marks the receipts; an office returning it does not', () => {
    const dispatched = report({
      state: 'submitted',
      workflowId: v2.id,
      workflowVersion: v2.version,
      lastEventSeq: 6,
      lastAction: 'dispatch',
      lastFromState: 'dispatching',
      lastActorId: 'drafter-1',
      lastActorRole: 'drafter',
    });
    const req = request({ action: 'withdraw', comment: '文号有误' });
    const decision = decideTransition({
      definition: v2,
      report: dispatched,
      roles: ['drafter'],
      request: req,
      now,
    });
    const withdrawn = planTransition({
      definition: v2,
      report: dispatched,
      decision,
      request: req,
      relaxedRule: null,
      stageDueAt: null,
      now,
    });
    expect(withdrawn.change.state).toBe('dispatching');
    expect(withdrawn.withdrawsDispatch).toBe(true);

    const returned = planned('submitted', ['coordinator'], request({ action: 'return', comment: '错别字' }));
    expect(returned.withdrawsDispatch).toBe(false);
    // Withdrawing a step inside the unit has no dispatch to take back.
    const signed = report({
      state: 'dispatching',
      workflowId: v2.id,
      workflowVersion: v2.version,
      lastEventSeq: 7,
      lastAction: 'sign_off',
      lastFromState: 'leader_signoff',
      lastActorId: 'leader-1',
      lastActorRole: 'unit_leader',
    });
    const back = request({ action: 'withdraw', userId: 'leader-1', comment: '再看一遍' });
    const inside = planTransition({
      definition: v2,
      report: signed,
      decision: decideTransition({
        definition: v2,
        report: signed,
        roles: ['unit_leader'],
        request: back,
        now,
      }),
      request: back,
      relaxedRule: null,
      stageDueAt: null,
      now,
    });
    expect(inside.change.state).toBe('leader_signoff');
    expect(inside.withdrawsDispatch).toBe(false);
  });

  it('a step that keeps no record writes none', () => {
    const plan = planned('drafting', ['drafter'], request(), { meetingRecordStands: true });
    expect(plan.change.state).toBe('leader_signoff');
    expect(plan.deliberationRecord).toBeNull();
  });
});

describe('jobsAfter', () => {
  const head = { id: 'report-1', expectedVersion: 3, lastEventSeq: 1, lastHash: 'h', now };

  it('re-plans reminders for the new version when deadlines moved, and notifies with the event id', () => {
    expect(jobsAfter({ head, notifies: true }, { deadlinesMoved: true, eventId: 42 })).toEqual([
      { name: 'deadlines-changed', payload: { reportId: 'report-1', reportVersion: 4 } },
      { name: 'transition-notify', payload: { auditEventId: 42 } },
    ]);
  });

  it('publishes nothing when nothing moved and nobody is to be told', () => {
    expect(jobsAfter({ head, notifies: false }, { deadlinesMoved: false, eventId: 42 })).toEqual([]);
  });
});

describe('cappedStageDue (本环节截止 never after the report is due)', () => {
  const now = new Date('2026-12-04T02:00:00Z');
  const reportDue = new Date('2026-12-07T15:59:59.999Z');
  const limit = new Date('2026-12-11T15:59:59.999Z');

  it('takes the report’s due date when the stage limit runs past it', () => {
    expect(cappedStageDue(limit, reportDue, now)).toEqual(reportDue);
  });

  it('keeps a stage limit that falls before it, and any limit without a due date', () => {
    const early = new Date('2026-12-05T15:59:59.999Z');
    expect(cappedStageDue(early, reportDue, now)).toEqual(early);
    expect(cappedStageDue(limit, null, now)).toEqual(limit);
    expect(cappedStageDue(null, reportDue, now)).toBeNull();
  });

  it('keeps the limit once the report is already overdue (no stage deadline already past)', () => {
    expect(cappedStageDue(limit, reportDue, new Date('2026-12-08T02:00:00Z'))).toEqual(limit);
  });
});

describe('stageLimitCountsFrom (a stage of a report whose year has not begun)', () => {
  it('counts from 1 January of the report year (China) while it is ahead, else from now', () => {
    const december = new Date('2026-12-08T02:00:00Z');
    expect(stageLimitCountsFrom(december, 2027)).toEqual(new Date('2026-12-31T16:00:00Z'));
    expect(stageLimitCountsFrom(december, 2026)).toEqual(december);
    expect(stageLimitCountsFrom(december, 2025)).toEqual(december);
  });
});
