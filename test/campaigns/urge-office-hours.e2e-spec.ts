import type { INestApplicationContext } from '@nestjs/common';
import { ManualClock } from '@app/common';
import { JOBS, JobProducer, QUEUES } from '@app/queue';
import { Reconciler } from '../../apps/worker/src/deadlines/reconciler';
import { TargetUrgedPushHandler } from '../../apps/worker/src/notifications/target-urged-push.handler';
import { drainQueues, startApi, startWorker } from '../support/apps';
import {
  createUnit,
  createUser,
  FACTORY_PASSWORD,
  relaxDutySeparation,
  uniqueName,
} from '../support/factories';
import { reportClient } from '../reports/report-helpers';
import { at, campaignClient, login, submitThroughChain } from './campaign-helpers';

// This file's report year: 2151 (its own county tree, too). 2152-02-18 is a Friday.
const YEAR = 2151;
const FRIDAY_NIGHT = at(`${YEAR + 1}-02-18`, '21:30');
const MONDAY_OPENING = at(`${YEAR + 1}-02-21`, '09:00');

type Urge = { push_due_at: Date | null; pushed_at: Date | null };
type Pressed = 'late' | 'reports' | 'lost' | 'twice' | 'twiceAgain';

/**
 * A 催办 pressed at night (QA, stop 55: the email and the chat robot rang at once, at 21:30): the
 * inbox hears of it at once, the email and robot messages wait for the next office opening, and
 * when they go they are re-read (a unit that reported meanwhile gets nothing). The time they are
 * owed is a row's: a Redis that lost the delayed job overnight delays them to the reconciler's
 * pass, never loses them, and nothing is sent twice.
 */
describe('催办 at night: the email and robot messages go at the next office opening', () => {
  const clock = new ManualClock(FRIDAY_NIGHT);
  let api: Awaited<ReturnType<typeof startApi>>;
  let worker: INestApplicationContext;
  const units = {} as Record<
    'county' | 'office' | 'late' | 'reports' | 'lost' | 'twice',
    { id: string; path: string }
  >;
  const users = {} as Record<string, { id: string; username: string }>;
  let campaignId: string;
  const urgeIds = {} as Record<Pressed, string>;

  const token = (who: string) => login(api.http, users[who].username, FACTORY_PASSWORD);
  const press = async (unit: Exclude<Pressed, 'twiceAgain'>, as: Pressed = unit) => {
    const res = await api
      .http()
      .post(`/campaigns/${campaignId}/targets/${units[unit].id}/reminders`)
      .set({ Authorization: `Bearer ${await token('office')}` })
      .send({ message: '请尽快报送' });
    expect({ status: res.status, body: res.body as unknown }).toMatchObject({ status: 201 });
    urgeIds[as] = (res.body as { id: string }).id;
  };
  const urgeRow = async (unit: Pressed): Promise<Urge> =>
    (
      (await api.dataSource.query('SELECT push_due_at, pushed_at FROM campaign_urges WHERE id = ?', [
        urgeIds[unit],
      ])) as Urge[]
    )[0];
  const deliveriesOf = async (unit: Pressed) =>
    (await api.dataSource.query('SELECT channel, body FROM deliveries WHERE dedup_key LIKE ?', [
      `urge-${urgeIds[unit]}-%`,
    ])) as Array<{ channel: string; body: string }>;
  const urgedInbox = async (who: string) =>
    (
      (
        await campaignClient(api.http, await token(who))
          .notifications()
          .expect(200)
      ).body as Array<{ kind: string }>
    ).filter((m) => m.kind === 'urged');

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    worker = await startWorker({ clock });
    const ds = api.dataSource;
    units.county = await createUnit(ds, null, { name: uniqueName('夜催县'), kind: 'government' });
    units.office = await createUnit(ds, units.county, {
      name: '夜催县依法治县办',
      kind: 'rule_of_law_office',
    });
    units.late = await createUnit(ds, units.county, { name: uniqueName('夜催县甲局') });
    units.reports = await createUnit(ds, units.county, { name: uniqueName('夜催县乙局') });
    units.lost = await createUnit(ds, units.county, { name: uniqueName('夜催县丙局') });
    units.twice = await createUnit(ds, units.county, { name: uniqueName('夜催县丁局') });
    await relaxDutySeparation(ds, units.reports.id);
    const people: Array<[string, string, Parameters<typeof createUser>[2]]> = [
      ['office', units.office.id, ['coordinator']],
      ['drafterLate', units.late.id, ['drafter']],
      ['drafterReports', units.reports.id, ['drafter']],
      ['chainReports', units.reports.id, ['dept_reviewer', 'legal_adviser', 'party_approver', 'unit_leader']],
      ['drafterLost', units.lost.id, ['drafter']],
      ['drafterTwice', units.twice.id, ['drafter']],
    ];
    for (const [who, unitId, roles] of people)
      users[who] = await createUser(ds, unitId, roles, uniqueName(`night-${who.toLowerCase()}`));
    // Each unit's chat robot (never reached: nothing listens on port 9 of this machine).
    for (const unit of ['late', 'reports', 'lost', 'twice'] as const)
      await ds.query('UPDATE units SET webhook_url = ? WHERE id = ?', [
        `http://127.0.0.1:9/night-robot-${unit}`,
        units[unit].id,
      ]);
    campaignId = (
      await campaignClient(api.http, await token('office'))
        .issue({
          reportYear: YEAR,
          title: `关于报送${YEAR}年度法治政府建设年度报告的通知`,
          body: '各部门：请报送本单位年度报告。',
          dueDate: `${YEAR + 1}-02-28`,
          targets: { unitIds: [units.late.id, units.reports.id, units.lost.id, units.twice.id] },
          recipients: { main: [units.county.id] },
        })
        .expect(201)
    ).body.id;
  });
  afterAll(async () => {
    await worker?.close();
    await api?.app.close();
  });

  it('tells the inbox at once on a Friday night and holds the robot message for Monday 09:00', async () => {
    for (const unit of ['late', 'reports', 'lost', 'twice'] as const) await press(unit);
    await drainQueues(api.app);
    expect(await urgedInbox('drafterLate')).toHaveLength(1);
    expect(await urgeRow('late')).toEqual({ push_due_at: MONDAY_OPENING, pushed_at: null });
    expect(await deliveriesOf('late')).toEqual([]);
    // Saturday morning is no office opening either.
    clock.set(at(`${YEAR + 1}-02-19`, '10:00'));
    await worker.get(Reconciler).runOnce();
    await drainQueues(api.app);
    expect(await deliveriesOf('late')).toEqual([]);
    // 丁局 is pressed again on Saturday night: its robot will ring once on Monday, not twice.
    clock.set(at(`${YEAR + 1}-02-19`, '22:00'));
    await press('twice', 'twiceAgain');
    await drainQueues(api.app);
    expect(await urgedInbox('drafterTwice')).toHaveLength(2);
    expect((await urgeRow('twice')).pushed_at).not.toBeNull();
    expect(await urgeRow('twiceAgain')).toEqual({ push_due_at: MONDAY_OPENING, pushed_at: null });
  });

  it('sends it once at the opening, worded as at the press; a second run sends nothing', async () => {
    // 乙局 reports over the weekend; 丙局's delayed job is lost with Redis's data.
    await submitThroughChain(
      reportClient(api.http, await token('drafterReports')),
      reportClient(api.http, await token('chainReports')),
      await reportIdOf(units.reports.id),
      {
        meetingBody: '党组会议',
        meetingDate: `${YEAR + 1}-02-10`,
        minutesNumber: `党组会纪要〔${YEAR + 1}〕2号`,
      },
    );
    const notifications = worker.get(JobProducer).queue(QUEUES.notifications);
    const lostJob = JOBS['target-urged-push'].jobId({ urgeId: urgeIds.lost });
    expect(await notifications.remove(lostJob)).toBe(1);

    clock.set(MONDAY_OPENING);
    await worker.get(Reconciler).runOnce();
    await drainQueues(api.app);
    // Worded as the inbox message was, at the press (Friday).
    expect(await deliveriesOf('late')).toEqual([
      { channel: 'webhook', body: expect.stringContaining('还有约6个工作日') },
    ]);
    expect((await urgeRow('late')).pushed_at).toEqual(MONDAY_OPENING);
    const handler = worker.get(TargetUrgedPushHandler);
    expect(await handler.handle({ urgeId: urgeIds.late })).toMatchObject({ status: 'skipped' });
    // A run that finds the press still owed (its first run died after sending, before recording):
    // the deliveries' keys keep it to one.
    await api.dataSource.query('UPDATE campaign_urges SET pushed_at = NULL WHERE id = ?', [urgeIds.late]);
    expect(await handler.handle({ urgeId: urgeIds.late })).toMatchObject({ status: 'skipped' });
    await worker.get(Reconciler).runOnce();
    await drainQueues(api.app);
    expect(await deliveriesOf('late')).toHaveLength(1);
    // Pressed on Friday and Saturday night: one robot message, the Saturday press's.
    expect(await deliveriesOf('twice')).toEqual([]);
    expect(await deliveriesOf('twiceAgain')).toHaveLength(1);
  });

  it('tells a unit that reported meanwhile nothing, and its press is no longer owed', async () => {
    expect(await deliveriesOf('reports')).toEqual([]);
    expect((await urgeRow('reports')).pushed_at).toEqual(MONDAY_OPENING);
  });

  it('a job lost overnight is given again by the reconciler and sends once', async () => {
    expect(await deliveriesOf('lost')).toEqual([
      { channel: 'webhook', body: expect.stringContaining('请尽快报送') },
    ]);
    expect((await urgeRow('lost')).pushed_at).toEqual(MONDAY_OPENING);
  });

  async function reportIdOf(unitId: string): Promise<string> {
    const [row] = (await api.dataSource.query(
      'SELECT report_id FROM campaign_targets WHERE campaign_id = ? AND unit_id = ?',
      [campaignId, unitId],
    )) as Array<{ report_id: string }>;
    return row.report_id;
  }
});
