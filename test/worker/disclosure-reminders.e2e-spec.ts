import type { INestApplicationContext } from '@nestjs/common';
import { ManualClock } from '@app/common';
import { DeadlinesChangedHandler } from '../../apps/worker/src/deadlines/deadlines-changed.handler';
import { Reconciler } from '../../apps/worker/src/deadlines/reconciler';
import { campaignClient } from '../campaigns/campaign-helpers';
import { dispatchWithSecret, reportOfUnit, unitPeople } from '../reports/disclosure-helpers';
import { drainQueues, startApi, startWorker } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { scratchDatabase } from '../support/scratch-db';

/** China time "2025-02-25 09:00" -> the instant. */
const cst = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);

/**
 * The disclosure deadline in compressed time: opened by the dispatch, reminded before, on and
 * after the campaign's disclosure date to those who publish, escalated to the unit leader, and
 * closed by the publication (nothing more after it, the coordinator never bothered).
 */
describe('disclosure reminders and escalation in compressed time', () => {
  const clock = new ManualClock(cst('2025-02-10 10:00'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let worker: INestApplicationContext;
  let demo: Awaited<ReturnType<typeof loadDemo>>;

  beforeAll(async () => {
    // A database of its own: the reconciler walks every open deadline at each simulated step.
    const scratch = await scratchDatabase('disclosure_reminders');
    await scratch.dataSource.destroy();
    const env = { DATABASE_URL: scratch.url, LOGIN_THROTTLE_PER_MINUTE: '10000' };
    api = await startApi({ clock, env });
    worker = await startWorker({ clock, env });
    demo = await loadDemo(api.dataSource);
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

  async function disclosureRemindersOf(username: string, reportId: string) {
    const rows: Array<{ kind: string; body: string; created_at: Date }> = await api.dataSource.query(
      `SELECT n.kind, n.body, n.created_at FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE u.username = ? AND n.report_id = ? AND n.kind IN ('reminder', 'escalation')
          AND n.body LIKE '%向社会公开%' ORDER BY n.id`,
      [username, reportId],
    );
    return rows.map((r) => `${new Date(r.created_at).toISOString()} ${r.kind} ${r.body}`).sort();
  }

  it('reminds before, on and after the disclosure date, and stops at the publication', async () => {
    const coordinator = campaignClient(api.http, await tokenFor(api.http, 'cj-coordinator'));
    const issued = await coordinator
      .issue({
        reportYear: 2024,
        title: '关于报送2024年度法治政府建设年度报告的通知',
        documentNumber: '昌州政办通〔2025〕3号',
        issuedOn: '2025-02-10',
        body: '请于2月28日前报送，并于3月14日前向社会公开。',
        dueDate: '2025-02-28',
        disclosureDate: '2025-03-14',
        reminderPolicy: { overdueDailyMax: 1 },
        targets: { unitIds: [demo.unitIds['htb-transport']] },
      })
      .expect(201);
    const reportId = await reportOfUnit(api.dataSource, issued.body.id, demo.unitIds['htb-transport']);
    const openDisclosureDeadlines = async () =>
      api.dataSource.query(
        "SELECT version, due_at FROM deadlines WHERE report_id = ? AND kind = 'disclosure' AND closed_at IS NULL",
        [reportId],
      );

    await at('2025-02-20 10:00');
    expect(await openDisclosureDeadlines()).toEqual([]); // not before the dispatch
    await dispatchWithSecret(await unitPeople(api.http, 'htb'), reportId, '2025-02-19');
    await drainQueues(worker);
    const [opened] = await openDisclosureDeadlines();
    expect(new Date(opened.due_at).toISOString()).toBe('2025-03-14T15:59:59.999Z');

    // Run twice: the same change handled again opens nothing new and moves nothing.
    await worker.get(DeadlinesChangedHandler).handle({ reportId, reportVersion: 0 });
    await worker.get(DeadlinesChangedHandler).handle({ reportId, reportVersion: 0 });
    expect(await openDisclosureDeadlines()).toEqual([opened]);

    for (const day of ['03-11', '03-12', '03-13', '03-14', '03-17']) await at(`2025-${day} 09:00`);
    await at('2025-03-18 10:00');
    const htb = await unitPeople(api.http, 'htb');
    await htb.leader
      .review(reportId, { expectedVersion: 0, conclusion: 'cleared', comment: '可以公开' })
      .expect(200);
    await htb.disclosingDrafter
      .publish(reportId, {
        expectedVersion: 1,
        channel: 'new_media',
        url: 'https://mp.example.cn/htb/2024',
        publishedOn: '2025-03-18',
      })
      .expect(200);
    for (const day of ['03-19', '03-20', '03-21']) await at(`2025-${day} 09:00`);
    expect(await openDisclosureDeadlines()).toEqual([]);

    const title = (await htb.drafter.get(reportId).expect(200)).body.title as string;
    const actors = [
      `2025-03-11T01:00:00.000Z reminder ${title}向社会公开将于2025年3月14日到期（还有3个工作日），请及时办理。`,
      `2025-03-13T01:00:00.000Z reminder ${title}向社会公开将于2025年3月14日到期（还有1个工作日），请及时办理。`,
      `2025-03-14T01:00:00.000Z reminder ${title}向社会公开今天（2025年3月14日）到期，请及时办理。`,
      `2025-03-17T01:00:00.000Z reminder ${title}向社会公开已逾期，截止2025年3月14日，请及时办理。`,
    ];
    // Those who publish are reminded whatever the report's state (it is with the prefecture now).
    expect(await disclosureRemindersOf('htb-drafter', reportId)).toEqual(actors);
    expect(await disclosureRemindersOf('htb-leader', reportId)).toEqual(
      [
        ...actors,
        `2025-03-17T01:00:00.000Z escalation ${title}向社会公开已逾期，截止2025年3月14日，请及时办理。`,
      ].sort(),
    );
    // Published on the 18th: the coordinator's escalation (3 working days late, the 19th) never went out.
    expect(await disclosureRemindersOf('cj-coordinator', reportId)).toEqual([]);
  });
});
