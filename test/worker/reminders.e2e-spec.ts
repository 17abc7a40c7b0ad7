import type { INestApplicationContext } from '@nestjs/common';
import { ManualClock } from '@app/common';
import { endOfDayInstant, parseLocalDate } from '@app/calendar';
import type { Principal } from '@app/directory';
import { DraftingService } from '@app/reports';
import { Reconciler } from '../../apps/worker/src/deadlines/reconciler';
import { drainQueues, startApi, startWorker } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { reportClient, step, submitDraft } from '../reports/report-helpers';
import { ON_THE_DAY_ONLY } from '../support/reminder-seed';
import { relaxDutySeparation } from '../support/factories';
import { scratchDatabase } from '../support/scratch-db';

/** China time "2025-02-25 09:00" -> the instant. */
const cst = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);

describe('reminders and escalation in compressed time', () => {
  const clock = new ManualClock(cst('2025-02-17 10:00'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let worker: INestApplicationContext;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  const c = {} as Record<string, ReturnType<typeof reportClient>>;

  beforeAll(async () => {
    // A database of its own: each simulated day the reconciler walks every open deadline, and what
    // other test files leave open would turn each step of this story into minutes of work.
    const scratch = await scratchDatabase('reminders');
    await scratch.dataSource.destroy();
    const env = { DATABASE_URL: scratch.url };
    api = await startApi({ clock, env });
    worker = await startWorker({ clock, env });
    demo = await loadDemo(api.dataSource);
    for (const name of ['fk-drafter', 'cj-coordinator'])
      c[name] = reportClient(api.http, await tokenFor(api.http, name));
  });
  afterAll(async () => {
    await worker?.close();
    await api?.app.close();
  });

  /** Moves simulated time, lets the reconciler promote what fell due, and waits for the worker. */
  async function at(local: string) {
    clock.set(cst(local));
    await drainQueues(worker);
    await worker.get(Reconciler).runOnce();
    await drainQueues(worker);
  }

  async function remindersOf(username: string, reportId: string) {
    const rows: Array<{ kind: string; title: string; body: string; created_at: Date }> =
      await api.dataSource.query(
        `SELECT n.kind, n.title, n.body, n.created_at FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE u.username = ? AND n.report_id = ? AND n.kind IN ('reminder', 'escalation') ORDER BY n.id`,
        [username, reportId],
      );
    // Messages due at the same minute are sent in parallel: compare them in time, then text order.
    return rows.map((r) => `${new Date(r.created_at).toISOString()} ${r.kind} ${r.body}`).sort();
  }

  it('sends each reminder to whoever must act, at office hours, and none for a stage already left', async () => {
    const [coordinator] = await api.dataSource.query(
      "SELECT id FROM users WHERE username = 'cj-coordinator'",
    );
    const cj = (await api.dataSource.query('SELECT id, path FROM units WHERE id = ?', [demo.unitIds.cj]))[0];
    const principal: Principal = {
      userId: coordinator.id,
      username: 'cj-coordinator',
      displayName: 'cj',
      unitId: demo.unitIds['cj-justice'],
      unitPath: '',
      roles: [{ role: 'coordinator', unitId: cj.id, unitPath: cj.path }],
      sessionId: 'test',
    };
    // 阜康市交通运输局 (drafter only in the demo): its own reviewers are created here.
    const unitId = demo.unitIds['fk-transport'];
    for (const role of ['dept_reviewer', 'legal_adviser', 'party_approver', 'unit_leader'] as const) {
      await api.dataSource.query(
        'INSERT IGNORE INTO user_roles (user_id, role, unit_id, granted_at) SELECT id, ?, ?, NOW() FROM users WHERE username = ?',
        [role, unitId, 'fk-drafter'],
      );
    }
    // fk-drafter takes every step alone, as in a tiny unit: the unit allows it (separation of duties).
    await relaxDutySeparation(api.dataSource, unitId);
    const report = await api.app.get(DraftingService).create({
      principal,
      unitId,
      reportYear: 2024,
      dueAt: endOfDayInstant(parseLocalDate('2025-02-28')),
      stageLimits: { dept_review: 2, legal_review: 2, party_approval: 2, submitted: 3 },
      // A report in flight on the first default path (deliberation dispatches it): its reminders
      // keep working after default v2 added sign-off and numbered dispatch.
      workflow: { id: 'default', version: 1 },
    });
    const fk = c['fk-drafter'];
    const due = '将于2025年2月28日到期';

    await at('2025-02-25 09:00');
    await at('2025-02-26 10:00');
    await submitDraft(fk, report.id); // dept_review due 2 working days later: Fri 28 Feb
    await at('2025-02-27 09:00');
    await at('2025-02-27 10:00');
    await step(fk, report.id, 'approve'); // legal_review: due Mon 3 Mar; the dept_review timers are now stale
    await at('2025-02-28 09:00');
    await at('2025-02-28 10:00');
    await step(fk, report.id, 'approve', { fields: { opinion: '同意' } });
    await step(fk, report.id, 'approve', {
      fields: { meetingBody: '党组会议', meetingDate: '2025-02-28', minutesNumber: '纪要〔2025〕5号' },
    });
    // Submitted: the unit's due date is met (its reminders stop); the prefecture has 3 working days.
    await at('2025-03-03 09:00');
    await at('2025-03-04 09:00');
    await at('2025-03-05 09:00');
    await at('2025-03-06 09:00');

    expect(await remindersOf('fk-drafter', report.id)).toEqual(
      [
        // one person holds every role of this small unit, so the whole unit-side story is in one inbox
        `2025-02-25T01:00:00.000Z reminder ${report.title}报送${due}（还有3个工作日），请及时办理。`,
        `2025-02-27T01:00:00.000Z reminder ${report.title}报送${due}（还有1个工作日），请及时办理。`,
        `2025-02-27T01:00:00.000Z reminder ${report.title}“科室审核”环节${due}（还有1个工作日），请及时办理。`,
        `2025-02-28T01:00:00.000Z reminder ${report.title}报送今天（2025年2月28日）到期，请及时办理。`,
        // The stage limit would end on 3 March, after the report is due: it ends with the report (stop 40).
        `2025-02-28T01:00:00.000Z reminder ${report.title}“法律顾问审查”环节今天（2025年2月28日）到期，请及时办理。`,
        `2025-03-06T01:00:00.000Z escalation ${report.title}“已报送”环节已逾期，截止2025年3月5日，请及时办理。`,
      ].sort(),
    );
    expect(await remindersOf('cj-coordinator', report.id)).toEqual([
      `2025-03-04T01:00:00.000Z reminder ${report.title}“已报送”环节将于2025年3月5日到期（还有1个工作日），请及时办理。`,
      `2025-03-05T01:00:00.000Z reminder ${report.title}“已报送”环节今天（2025年3月5日）到期，请及时办理。`,
      `2025-03-06T01:00:00.000Z reminder ${report.title}“已报送”环节已逾期，截止2025年3月5日，请及时办理。`,
    ]);
  });

  it('a reminder found late on a Saturday night waits for Monday 09:00', async () => {
    const [coordinator] = await api.dataSource.query(
      "SELECT id FROM users WHERE username = 'cj-coordinator'",
    );
    const cj = (await api.dataSource.query('SELECT id, path FROM units WHERE id = ?', [demo.unitIds.cj]))[0];
    clock.set(cst('2025-03-06 10:00'));
    const report = await api.app.get(DraftingService).create({
      principal: {
        userId: coordinator.id,
        username: 'cj-coordinator',
        displayName: 'cj',
        unitId: demo.unitIds['cj-justice'],
        unitPath: '',
        roles: [{ role: 'coordinator', unitId: cj.id, unitPath: cj.path }],
        sessionId: 'test',
      },
      unitId: demo.unitIds['qt-transport'],
      reportYear: 2023,
      dueAt: endOfDayInstant(parseLocalDate('2025-03-07')),
      reminderPolicy: ON_THE_DAY_ONLY,
    });
    // The worker was down all Friday; it comes back on Saturday night.
    await at('2025-03-08 22:00');
    expect(await remindersOf('qt-drafter', report.id)).toEqual([]);
    await at('2025-03-10 09:00');
    expect(await remindersOf('qt-drafter', report.id)).toEqual([
      `2025-03-10T01:00:00.000Z reminder ${report.title}报送今天（2025年3月7日）到期，请及时办理。`,
    ]);
  });
});
