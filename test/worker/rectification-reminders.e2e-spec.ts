import type { INestApplicationContext } from '@nestjs/common';
import { ManualClock } from '@app/common';
import { DeadlinesChangedHandler } from '../../apps/worker/src/deadlines/deadlines-changed.handler';
import { Reconciler } from '../../apps/worker/src/deadlines/reconciler';
import { campaignClient, login, submitThroughChain } from '../campaigns/campaign-helpers';
import { findingsOf } from '../reports/findings-helpers';
import { reportClient } from '../reports/report-helpers';
import { drainQueues, startApi, startWorker } from '../support/apps';
import { createUnit, createUser, relaxDutySeparation, uniqueName } from '../support/factories';
import { scratchDatabase } from '../support/scratch-db';

/** China time "2044-01-19 09:00" -> the instant. */
const cst = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);

/**
 * The 整改 deadline in compressed time: opened when a finding is raised, reminded to the unit's
 * drafters before, on and after its due date (each once, however often the worker runs), escalated
 * to the unit leader and then to the coordinators of the office that raised it, and closed by the
 * unit's answer. Report year 2043 belongs to this file.
 */
describe('rectification (整改) reminders and escalation in compressed time', () => {
  const clock = new ManualClock(cst('2044-01-05 10:00'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let worker: INestApplicationContext;
  let transportId: string;
  const users = {} as Record<
    'drafter' | 'reviewer' | 'leader' | 'office' | 'bystander',
    { username: string; password: string }
  >;
  const as = async (name: keyof typeof users) =>
    reportClient(api.http, await login(api.http, users[name].username, users[name].password));

  beforeAll(async () => {
    // A database of its own: the reconciler walks every open deadline at each simulated step.
    const scratch = await scratchDatabase('rectification_reminders');
    await scratch.dataSource.destroy();
    const env = { DATABASE_URL: scratch.url, LOGIN_THROTTLE_PER_MINUTE: '10000' };
    api = await startApi({ clock, env });
    worker = await startWorker({ clock, env });
    const ds = api.dataSource;
    const prefecture = await createUnit(ds, null, {
      name: uniqueName('昌吉州'),
      kind: 'government',
      level: 'prefecture',
    });
    const county = await createUnit(ds, prefecture, { name: '呼图壁县', kind: 'government' });
    const office = await createUnit(ds, county, { name: '依法治县办', kind: 'rule_of_law_office' });
    const transport = await createUnit(ds, county, { name: '呼图壁县交通运输局' });
    transportId = transport.id;
    users.drafter = await createUser(ds, transport.id, ['drafter']);
    users.reviewer = await createUser(ds, transport.id, [
      'dept_reviewer',
      'legal_adviser',
      'party_approver',
      'unit_leader',
    ]);
    users.leader = users.reviewer; // the unit leader also signs off
    users.office = await createUser(ds, office.id, ['coordinator']);
    users.bystander = await createUser(ds, county.id, ['coordinator']);
    await relaxDutySeparation(ds, transport.id);
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

  async function rectificationMessagesOf(who: keyof typeof users, reportId: string) {
    const rows: Array<{ kind: string; body: string; created_at: Date }> = await api.dataSource.query(
      `SELECT n.kind, n.body, n.created_at FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE u.username = ? AND n.report_id = ? AND n.kind IN ('reminder', 'escalation')
          AND n.body LIKE '%问题清单整改%' ORDER BY n.id`,
      [users[who].username, reportId],
    );
    return rows.map((r) => `${new Date(r.created_at).toISOString().slice(0, 10)} ${r.kind} ${r.body}`).sort();
  }

  it('reminds the drafter before, on and after the 整改 date, escalates, and stops at the answer', async () => {
    const office = await as('office');
    const { http, auth } = office.raw();
    const issued = await campaignClient(http, auth.Authorization.replace('Bearer ', ''))
      .issue({
        reportYear: 2043,
        title: '关于报送2043年度法治政府建设年度报告的通知',
        documentNumber: '呼法办发〔2044〕1号',
        body: '各部门：请报送本单位2043年度法治政府建设年度报告。',
        dueDate: '2044-02-20',
        reminderPolicy: { overdueDailyMax: 1 },
        targets: { unitIds: [transportId] },
      })
      .expect(201);
    const [target] = await api.dataSource.query(
      'SELECT report_id FROM campaign_targets WHERE campaign_id = ?',
      [issued.body.id],
    );
    const reportId = target.report_id as string;
    await submitThroughChain(await as('drafter'), await as('reviewer'), reportId, {
      meetingBody: '党组会议',
      meetingDate: '2044-01-04',
      minutesNumber: '党组会纪要〔2044〕1号',
    });

    await at('2044-01-12 10:00');
    const raiser = findingsOf(await as('office'));
    const [receipt] = (await raiser.receipts(reportId).expect(200)).body;
    await raiser
      .returnReceipt(reportId, issued.body.id, {
        expectedVersion: receipt.version,
        comment: '请按问题清单整改。',
      })
      .expect(200);
    const finding = await raiser
      .raise(reportId, { text: '未写明行政复议纠错率', dueOn: '2044-01-22' })
      .expect(201);
    await drainQueues(worker);
    const openRectification = async () =>
      api.dataSource.query(
        "SELECT version, due_at FROM deadlines WHERE report_id = ? AND kind = 'rectification' AND closed_at IS NULL",
        [reportId],
      );
    const [opened] = await openRectification();
    expect(new Date(opened.due_at).toISOString()).toBe('2044-01-22T15:59:59.999Z');
    // Run twice: the same change handled again opens nothing new and moves nothing.
    await worker.get(DeadlinesChangedHandler).handle({ reportId, reportVersion: 0 });
    await worker.get(DeadlinesChangedHandler).handle({ reportId, reportVersion: 0 });
    expect(await openRectification()).toEqual([opened]);

    // Each day twice: a reminder goes out once whatever the number of runs.
    for (const day of ['01-19', '01-21', '01-22', '01-25', '01-27']) {
      await at(`2044-${day} 09:00`);
      await at(`2044-${day} 09:30`);
    }
    const title = (await (await as('drafter')).get(reportId).expect(200)).body.title as string;
    const reminders = [
      `2044-01-19 reminder ${title}问题清单整改将于2044年1月22日到期（还有3个工作日），请及时办理。`,
      `2044-01-21 reminder ${title}问题清单整改将于2044年1月22日到期（还有1个工作日），请及时办理。`,
      `2044-01-22 reminder ${title}问题清单整改今天（2044年1月22日）到期，请及时办理。`,
      `2044-01-25 reminder ${title}问题清单整改已逾期，截止2044年1月22日，请及时办理。`,
    ];
    expect(await rectificationMessagesOf('drafter', reportId)).toEqual(reminders);
    expect(await rectificationMessagesOf('leader', reportId)).toEqual([
      `2044-01-25 escalation ${title}问题清单整改已逾期，截止2044年1月22日，请及时办理。`,
    ]);
    // Escalated to the office that raised it, never to another coordinator of the county.
    expect(await rectificationMessagesOf('office', reportId)).toEqual([
      `2044-01-27 escalation ${title}问题清单整改已逾期，截止2044年1月22日，请及时办理。`,
    ]);
    expect(await rectificationMessagesOf('bystander', reportId)).toEqual([]);

    // The answer closes the deadline: nothing more afterwards.
    await at('2044-01-28 10:00');
    await findingsOf(await as('drafter'))
      .answer(finding.body.id, { expectedVersion: 1, measures: '已补充纠错率', completedOn: '2044-01-28' })
      .expect(200);
    await drainQueues(worker);
    expect(await openRectification()).toEqual([]);
    for (const day of ['01-29', '02-01']) await at(`2044-${day} 09:00`);
    expect(await rectificationMessagesOf('drafter', reportId)).toEqual(reminders);
  });
});
