import type { Occurrence } from '@app/reminders';
import type { Deadline, Report } from '@app/reports';
import {
  batchOutcomes,
  planSends,
  reminderKeys,
  selectDue,
  type AddressedReminder,
  type Contacts,
  type ReminderJob,
} from './reminder-plan';

const now = new Date('2026-12-09T01:00:00Z');
const dueAt = new Date('2026-12-09T15:59:59.999Z');

const deadline = (id: string, over: Partial<Deadline> = {}): Deadline => ({
  id,
  reportId: `r-${id}`,
  kind: 'due',
  stage: null,
  dueAt,
  version: 1,
  plannedFrom: new Date('2026-11-01T00:00:00Z'),
  closedAt: null,
  ...over,
});

const report = (id: string, over: Partial<Report> = {}): Report =>
  ({
    id,
    unitId: `u-${id}`,
    title: '2026年度法治政府建设年度报告',
    workflowId: 'default',
    workflowVersion: 1,
    state: 'drafting',
    ...over,
  }) as Report;

const onDay: Occurrence = { name: 'on-day', kind: 'reminder', audience: 'actors', runAt: now };
const job = (deadlineId: string, over: Partial<ReminderJob> = {}): ReminderJob => ({
  deadlineId,
  deadlineVersion: 1,
  occurrence: 'on-day',
  ...over,
});

function choose(jobs: ReminderJob[], deadlines: Deadline[], occurrences: Occurrence[] = [onDay]) {
  return selectDue({
    jobs,
    deadlines: new Map(deadlines.map((d) => [d.id, d])),
    reports: new Map(deadlines.map((d) => [d.reportId, report(d.reportId)])),
    occurrencesOf: () => occurrences,
    now,
  });
}

const addressed = (j: ReminderJob, index: number, people: string[]): AddressedReminder => ({
  index,
  job: j,
  deadline: deadline(j.deadlineId),
  report: report(`r-${j.deadlineId}`),
  occurrence: onDay,
  people: people.map((id) => ({ id, unitId: `u-r-${j.deadlineId}` })),
});

const inboxOnly: Contacts = { emails: new Map(), webhooks: new Map(), linkTo: () => null };

describe('selectDue', () => {
  it('skips a job whose deadline closed or moved on, and one whose report left the stage', () => {
    const { settled, due } = choose(
      [job('closed'), job('moved'), job('stage'), job('gone')],
      [
        deadline('closed', { closedAt: now }),
        deadline('moved', { version: 2 }),
        deadline('stage', { kind: 'stage', stage: 'legal_review' }),
      ],
    );
    expect(due).toEqual([]);
    expect([...settled.values()]).toEqual([
      { status: 'skipped', reason: 'deadline closed: the action was taken' },
      { status: 'skipped', reason: 'deadline moved (v2)' },
      { status: 'skipped', reason: 'report left legal_review' },
      { status: 'skipped', reason: 'deadline closed: the action was taken' },
    ]);
  });

  it('puts back a reminder promoted before its time, for the time it is due', () => {
    const later = new Date(now.getTime() + 3_600_000);
    const { settled, due } = choose([job('d1')], [deadline('d1')], [{ ...onDay, runAt: later }]);
    expect(due).toEqual([]);
    expect(settled.get(0)).toEqual({
      status: 'deferred',
      delayMs: 3_600_000,
      reason: `on-day is not due until ${later.toISOString()}`,
    });
  });

  it('skips an occurrence the policy no longer plans, and keeps a due one', () => {
    const { settled, due } = choose(
      [job('d1', { occurrence: 'before-3' }), job('d2')],
      [deadline('d1'), deadline('d2')],
    );
    expect(settled.get(0)).toEqual({ status: 'skipped', reason: 'occurrence before-3 no longer planned' });
    expect(due.map((d) => d.index)).toEqual([1]);
  });
});

describe('planSends', () => {
  it('never the same reminder twice to the same person for the same deadline, however many jobs carry it', () => {
    const jobs = [job('d1'), job('d1'), job('d1', { deadlineVersion: 1 })];
    const plan = planSends({
      reminders: jobs.map((j, i) => addressed(j, i, ['p1', 'p2'])),
      logged: new Set(),
      contacts: inboxOnly,
    });
    expect([...plan.fresh]).toEqual([0]);
    expect(plan.log).toHaveLength(1);
    const keys = plan.notifications.map((n) => `${n.userId}:${n.dedupKey}`);
    expect(keys).toEqual([...new Set(keys)]);
    expect(plan.notifications.map((n) => n.userId)).toEqual(['p1', 'p2']);
  });

  it('sends nothing for a reminder already in the log (a job that ran again after it was sent)', () => {
    const r = addressed(job('d1'), 0, ['p1']);
    const plan = planSends({
      reminders: [r],
      logged: new Set([reminderKeys(r.deadline, 'on-day').log]),
      contacts: inboxOnly,
    });
    expect(plan).toEqual({ fresh: new Set(), log: [], notifications: [], deliveries: [] });
  });

  it('sends again when the deadline moved to another due time: that is another reminder', () => {
    const earlier = addressed(job('d1'), 0, ['p1']);
    const moved = {
      ...earlier,
      deadline: { ...earlier.deadline, dueAt: new Date(dueAt.getTime() + 86_400_000) },
    };
    const plan = planSends({
      reminders: [moved],
      logged: new Set([reminderKeys(earlier.deadline, 'on-day').log]),
      contacts: inboxOnly,
    });
    expect([...plan.fresh]).toEqual([0]);
    expect(plan.notifications[0].dedupKey).not.toBe(reminderKeys(earlier.deadline, 'on-day').inbox('p1'));
  });

  it('adds an email per person with an address and one message to the unit robot, each keyed once', () => {
    const r = addressed(job('d1'), 0, ['p1', 'p2']);
    const plan = planSends({
      reminders: [r],
      logged: new Set(),
      contacts: {
        emails: new Map([['p2', 'p2@example.test']]),
        webhooks: new Map([[r.report.unitId, 'http://127.0.0.1:9/robot']]),
        linkTo: (report) => `http://127.0.0.1/reports/${report.id}`,
      },
    });
    const keys = reminderKeys(r.deadline, 'on-day');
    expect(plan.deliveries.map((d) => [d.channel, d.target, d.dedupKey, d.userId])).toEqual([
      ['email', 'p2@example.test', keys.email('p2'), 'p2'],
      ['webhook', 'http://127.0.0.1:9/robot', keys.webhook, null],
    ]);
    expect(plan.deliveries[0]).toMatchObject({
      subject: '催办：2026年度法治政府建设年度报告',
      link: `http://127.0.0.1/reports/${r.report.id}`,
    });
    expect(plan.log).toEqual([{ deadlineId: 'd1', dueAt, occurrence: 'on-day', recipients: 2 }]);
  });
});

describe('batchOutcomes', () => {
  it('answers each job in order: settled first, then sent now, otherwise already sent', () => {
    const sent = addressed(job('d2'), 1, ['p1', 'p2']);
    expect(
      batchOutcomes({
        jobs: [job('d1'), job('d2'), job('d2')],
        settled: new Map([[0, { status: 'skipped', reason: 'deadline moved (v2)' }]]),
        sent: [sent],
      }),
    ).toEqual([
      { status: 'skipped', reason: 'deadline moved (v2)' },
      { status: 'done', detail: 'on-day to 2 recipient(s)' },
      { status: 'skipped', reason: 'already sent' },
    ]);
  });
});
