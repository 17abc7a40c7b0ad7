import type { INestApplicationContext } from '@nestjs/common';
import { ManualClock } from '@app/common';
import { Reconciler } from '../../apps/worker/src/deadlines/reconciler';
import { TargetUrgedHandler } from '../../apps/worker/src/notifications/target-urged.handler';
import { drainQueues, startApi, startWorker } from '../support/apps';
import {
  createUnit,
  createUser,
  FACTORY_PASSWORD,
  relaxDutySeparation,
  uniqueName,
} from '../support/factories';
import { reportClient } from '../reports/report-helpers';
import { at, campaignClient, login, parseCsv, submitThroughChain } from './campaign-helpers';

// This file's report year: 2198 (its own county tree, too).
const YEAR = 2198;
const DUE = `${YEAR + 1}-02-27`;

type Row = { unit: { id: string }; lastUrgedAt: string | null; urgeCount: number };
type Message = {
  id: number;
  kind: string;
  title: string;
  body: string;
  reportId: string | null;
  campaignId: string | null;
};

/**
 * 催办 by hand: the county's 依法治县办 presses a bureau that has not reported. Whoever acts next on
 * its report is told once (the drafters while it is drafted; the unit leader too once overdue, 督办);
 * one press per target per China day; the press is in the campaign's record and on its board.
 */
describe('催办 by hand: the issuing office presses a late unit', () => {
  const clock = new ManualClock(at(`${YEAR + 1}-02-20`, '10:00'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let worker: INestApplicationContext;
  const units = {} as Record<
    'county' | 'office' | 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'other' | 'otherOffice',
    { id: string; name: string; path: string }
  >;
  const users = {} as Record<string, { id: string; username: string }>;
  let campaignId: string;
  let withdrawnId: string;

  const token = (who: string) => login(api.http, users[who].username, FACTORY_PASSWORD);
  /** POSTs a 催办 and insists on the status (the answer's body is shown when it differs). */
  const press = async (
    status: number,
    unitId: string,
    options: { body?: object; who?: string; key?: string; campaign?: string } = {},
  ) => {
    const req = api
      .http()
      .post(`/campaigns/${options.campaign ?? campaignId}/targets/${unitId}/reminders`)
      .set({ Authorization: `Bearer ${await token(options.who ?? 'office')}` });
    const res = await (options.key ? req.set('Idempotency-Key', options.key) : req).send(options.body ?? {});
    expect({ status: res.status, body: res.body as unknown }).toMatchObject({ status });
    return res;
  };
  const inbox = async (who: string): Promise<Message[]> =>
    (
      (
        await campaignClient(api.http, await token(who))
          .notifications()
          .expect(200)
      ).body as Message[]
    ).filter((m) => m.kind === 'urged');
  const rowOf = async (unitId: string): Promise<Row> => {
    const board = await campaignClient(api.http, await token('office'))
      .board(campaignId)
      .expect(200);
    return (board.body.rows as Row[]).find((r) => r.unit.id === unitId)!;
  };

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    worker = await startWorker({ clock });
    const ds = api.dataSource;
    units.county = await createUnit(ds, null, { name: uniqueName('催办县'), kind: 'government' });
    units.office = await createUnit(ds, units.county, {
      name: '催办县依法治县办',
      kind: 'rule_of_law_office',
    });
    units.a = await createUnit(ds, units.county, { name: uniqueName('催办县甲局') });
    units.b = await createUnit(ds, units.county, { name: uniqueName('催办县乙局') });
    units.c = await createUnit(ds, units.county, { name: uniqueName('催办县丙局') });
    units.d = await createUnit(ds, units.county, { name: uniqueName('催办县丁局') });
    units.e = await createUnit(ds, units.county, { name: uniqueName('催办县戊局') });
    // f: no account at all (a unit the office must phone); g: only its leader has an account.
    units.f = await createUnit(ds, units.county, { name: uniqueName('催办县己局') });
    units.g = await createUnit(ds, units.county, { name: uniqueName('催办县庚局') });
    units.other = await createUnit(ds, null, { name: uniqueName('邻县'), kind: 'government' });
    units.otherOffice = await createUnit(ds, units.other, {
      name: '邻县依法治县办',
      kind: 'rule_of_law_office',
    });
    await relaxDutySeparation(ds, units.b.id);
    await relaxDutySeparation(ds, units.a.id);
    const people: Array<[string, string, Parameters<typeof createUser>[2]]> = [
      ['office', units.office.id, ['coordinator']],
      ['otherOffice', units.otherOffice.id, ['coordinator']],
      ['drafterA', units.a.id, ['drafter']],
      ['leaderA', units.a.id, ['unit_leader']],
      ['chainA', units.a.id, ['dept_reviewer', 'legal_adviser', 'party_approver', 'unit_leader']],
      ['drafterB', units.b.id, ['drafter']],
      ['chainB', units.b.id, ['dept_reviewer', 'legal_adviser', 'party_approver', 'unit_leader']],
      ['drafterC', units.c.id, ['drafter']],
      ['leaderC', units.c.id, ['unit_leader']],
      ['drafterE', units.e.id, ['drafter']],
      ['leaderG', units.g.id, ['unit_leader']],
    ];
    for (const [who, unitId, roles] of people)
      users[who] = await createUser(ds, unitId, roles, uniqueName(`urge-${who.toLowerCase()}`));
    const office = campaignClient(api.http, await token('office'));
    const issue = (unitIds: string[]) =>
      office
        .issue({
          reportYear: YEAR,
          title: `关于报送${YEAR}年度法治政府建设年度报告的通知`,
          body: '各部门：请报送本单位年度报告。',
          dueDate: DUE,
          targets: { unitIds },
          recipients: { main: [units.county.id] },
        })
        .expect(201);
    campaignId = (await issue([units.a.id, units.b.id, units.c.id, units.e.id, units.f.id, units.g.id])).body
      .id;
    withdrawnId = (await issue([units.d.id])).body.id;
    await office.withdraw(withdrawnId, '通知内容有误，重新下发').expect(200);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.app.close();
  });

  it('tells the drafters of the unit pressed, once, naming who pressed, the campaign, the due date and the words', async () => {
    expect(await rowOf(units.a.id)).toMatchObject({ lastUrgedAt: null, urgeCount: 0 });
    const once = { body: { message: '  请于下周一前报送  ' }, key: 'urge-key-1' };
    const pressed = await press(201, units.a.id, once);
    expect(pressed.body).toMatchObject({
      unit: { id: units.a.id, name: units.a.name },
      urgedOn: `${YEAR + 1}-02-20`,
      message: '请于下周一前报送',
    });
    // The same request again (a lost answer): the first answer, nothing pressed twice.
    const again = await press(201, units.a.id, once);
    expect(again.body.id).toBe(pressed.body.id);
    await drainQueues(api.app);
    const told = await inbox('drafterA');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      campaignId,
      title: `催办：关于报送${YEAR}年度法治政府建设年度报告的通知`,
    });
    expect(told[0].body).toBe(
      `催办县依法治县办催办：《关于报送${YEAR}年度法治政府建设年度报告的通知》${units.a.name}尚未报送，` +
        // No holiday schedule is entered for this file's far year: the count is said as approximate.
        `将于${YEAR + 1}年2月27日到期（还有约5个工作日；${YEAR + 1}年节假日安排尚未录入，工作日暂按周一至周五计算），请及时办理。催办说明：请于下周一前报送`,
    );
    // The report page asks for the latest 催办 about its report: the filters find exactly this one.
    const drafterA = { Authorization: `Bearer ${await token('drafterA')}` };
    const about = `/notifications?reportId=${told[0].reportId}`;
    const latest = await api.http().get(`${about}&kind=urged&limit=1`).set(drafterA).expect(200);
    expect(latest.body).toEqual([expect.objectContaining({ id: told[0].id, kind: 'urged' })]);
    expect((await api.http().get(`${about}&kind=returned`).set(drafterA).expect(200)).body).toEqual([]);
    const badKind = await api.http().get(`${about}&kind=Urged!`).set(drafterA).expect(400);
    expect(badKind.body.message).toContain('kind must be a notification kind such as urged or returned');
    await api.http().get('/notifications?reportId=not-a-uuid').set(drafterA).expect(400);
    // Not overdue: the unit leader is not pressed.
    expect(await inbox('leaderA')).toHaveLength(0);
    // The board (cached by default) shows it at once.
    expect(await rowOf(units.a.id)).toMatchObject({
      lastUrgedAt: at(`${YEAR + 1}-02-20`, '10:00').toISOString(),
      urgeCount: 1,
    });
  });

  it('refuses a second press of the same China day, naming when and by whom', async () => {
    clock.set(at(`${YEAR + 1}-02-20`, '23:30'));
    const refused = await press(409, units.a.id);
    expect(refused.body.error).toBe('URGED_TODAY');
    expect(refused.body.message).toContain('10:00');
    expect(refused.body.message).toContain(users.office.username);
    expect(refused.body.details).toMatchObject({
      urgeId: expect.any(String),
      urgedBy: users.office.username,
    });
  });

  it('allows the next press on the next China day, and the board counts both', async () => {
    clock.set(at(`${YEAR + 1}-02-21`, '00:10'));
    await press(201, units.a.id);
    await drainQueues(api.app);
    expect(await inbox('drafterA')).toHaveLength(2);
    expect(await rowOf(units.a.id)).toMatchObject({
      lastUrgedAt: at(`${YEAR + 1}-02-21`, '00:10').toISOString(),
      urgeCount: 2,
    });
  });

  it('the CSV export has a 最近催办 column', async () => {
    const csv = parseCsv(
      (
        await campaignClient(api.http, await token('office'))
          .csv(campaignId)
          .expect(200)
      ).body as Buffer,
    );
    const column = csv[0].indexOf('最近催办');
    expect(column).toBeGreaterThan(0);
    const line = (name: string) => csv.find((l) => l[0] === name)!;
    expect(line(units.a.name)[column]).toBe(`${YEAR + 1}-02-21 00:10（共2次）`);
    expect(line(units.c.name)[column]).toBe('');
  });

  it('stores one of two presses made at the same moment; the other is refused naming it', async () => {
    const both = await Promise.all([
      api
        .http()
        .post(`/campaigns/${campaignId}/targets/${units.e.id}/reminders`)
        .set({ Authorization: `Bearer ${await token('office')}` })
        .send({}),
      api
        .http()
        .post(`/campaigns/${campaignId}/targets/${units.e.id}/reminders`)
        .set({ Authorization: `Bearer ${await token('office')}` })
        .send({}),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(both.find((r) => r.status === 409)!.body.error).toBe('URGED_TODAY');
    expect(await rowOf(units.e.id)).toMatchObject({ urgeCount: 1 });
  });

  it('refuses a unit that has sent its report to this campaign', async () => {
    const drafter = reportClient(api.http, await token('drafterB'));
    const chain = reportClient(api.http, await token('chainB'));
    const { reportId } = (await rowOf(units.b.id)) as Row & { reportId: string };
    await submitThroughChain(drafter, chain, reportId, {
      meetingBody: '党组会议',
      meetingDate: `${YEAR + 1}-02-10`,
      minutesNumber: `党组会纪要〔${YEAR + 1}〕1号`,
    });
    const refused = await press(409, units.b.id);
    expect(refused.body).toMatchObject({ error: 'URGE_NOT_NEEDED', details: { receipt: 'received' } });
    expect(refused.body.message).toContain(units.b.name);
  });

  it('refuses a unit with no account a 催办 reaches, instead of showing 已催办 for a press nobody hears', async () => {
    const refused = await press(409, units.f.id, { body: { message: '请报送' } });
    expect(refused.body.error).toBe('URGE_NOBODY_TO_TELL');
    expect(refused.body.message).toContain(units.f.name);
    expect(refused.body.message).toMatch(/contact the unit directly/);
    expect(await rowOf(units.f.id)).toMatchObject({ lastUrgedAt: null, urgeCount: 0 });
  });

  it('tells the unit leader when the unit has no drafter to tell', async () => {
    await press(201, units.g.id);
    await drainQueues(api.app);
    const told = await inbox('leaderG');
    expect(told).toHaveLength(1);
    expect(told[0].title).toBe(`催办：关于报送${YEAR}年度法治政府建设年度报告的通知`);
  });

  it('answers the target’s drafter 403, a coordinator of another county 404, and a unit that is no target 404', async () => {
    expect((await press(403, units.c.id, { who: 'drafterC' })).body.error).toBe('ROLE_REQUIRED');
    await press(404, units.c.id, { who: 'otherOffice' });
    expect((await press(404, units.d.id)).body.error).toBe('NOT_FOUND');
    await press(404, 'not-a-uuid');
  });

  it('refuses words over 200 characters (400, saying what to fix) and a withdrawn campaign (409)', async () => {
    const long = await press(400, units.c.id, { body: { message: '请'.repeat(201) } });
    expect(long.body.message).toContain('200');
    const withdrawn = await press(409, units.d.id, { campaign: withdrawnId });
    expect(withdrawn.body.error).toBe('CAMPAIGN_WITHDRAWN');
    expect(await inbox('drafterC')).toHaveLength(0);
  });

  it('once overdue (督办) tells the unit leader too; the job run twice tells each person once', async () => {
    clock.set(at(`${YEAR + 1}-03-03`, '09:00')); // a Sunday
    // The unit's chat robot (never reached: nothing listens on port 9 of this machine).
    await api.dataSource.query('UPDATE units SET webhook_url = ? WHERE id = ?', [
      'http://127.0.0.1:9/urge-robot',
      units.c.id,
    ]);
    const pressed = await press(201, units.c.id, { body: { message: '已逾期，请立即报送' } });
    await drainQueues(api.app);
    for (const who of ['drafterC', 'leaderC']) {
      const told = await inbox(who);
      expect(told).toHaveLength(1);
      expect(told[0].title).toBe(`督办：关于报送${YEAR}年度法治政府建设年度报告的通知`);
      expect(told[0].body).toContain(`已逾期约2个工作日，截止${YEAR + 1}年2月27日`);
    }
    const handler = worker.get(TargetUrgedHandler);
    expect(await handler.handle({ urgeId: pressed.body.id })).toMatchObject({ status: 'skipped' });
    expect(await handler.handle({ urgeId: pressed.body.id })).toMatchObject({ status: 'skipped' });
    expect(await inbox('drafterC')).toHaveLength(1);
    expect(await inbox('leaderC')).toHaveLength(1);
    // A Sunday: the robot message waits for Monday's office opening (urge-office-hours.e2e-spec).
    const robot = 'SELECT COUNT(*) AS n FROM deliveries WHERE dedup_key LIKE ?';
    expect(await api.dataSource.query(robot, [`urge-${pressed.body.id}-%`])).toEqual([{ n: 0 }]);
    clock.set(at(`${YEAR + 1}-03-04`, '09:00'));
    await worker.get(Reconciler).runOnce();
    await drainQueues(api.app);
    const deliveries = (await api.dataSource.query(
      'SELECT channel, body FROM deliveries WHERE dedup_key LIKE ?',
      [`urge-${pressed.body.id}-%`],
    )) as Array<{ channel: string; body: string }>;
    expect(deliveries).toEqual([
      { channel: 'webhook', body: expect.stringContaining('催办说明：已逾期，请立即报送') },
    ]);
  });

  it('records each press in the campaign’s record, whose chain verifies', async () => {
    const office = campaignClient(api.http, await token('office'));
    const events = (await office.events(campaignId).expect(200)).body as Array<{
      action: string;
      unit: { id: string } | null;
      details: Record<string, unknown>;
    }>;
    const urged = events.filter((e) => e.action === 'target_urged');
    expect(urged.map((e) => e.unit?.id)).toEqual([
      units.a.id,
      units.a.id,
      units.e.id,
      units.g.id,
      units.c.id,
    ]);
    expect(urged[0].details).toMatchObject({ urgeId: expect.any(String), message: '请于下周一前报送' });
    const verification = await api
      .http()
      .get(`/campaigns/${campaignId}/events/verification`)
      .set(office.auth)
      .expect(200);
    expect(verification.body).toMatchObject({ verified: true });
  });

  it('a press’s job run again after the unit has reported tells nobody “尚未报送”', async () => {
    const [urge] = (await api.dataSource.query(
      'SELECT id FROM campaign_urges WHERE campaign_id = ? AND unit_id = ? ORDER BY created_at DESC LIMIT 1',
      [campaignId, units.a.id],
    )) as Array<{ id: string }>;
    // As if its first run had failed before it told anyone, and is retried after the unit reported.
    await api.dataSource.query('DELETE FROM notifications WHERE dedup_key LIKE ?', [`urge-${urge.id}-%`]);
    const before = (await inbox('drafterA')).length;
    const { reportId } = (await rowOf(units.a.id)) as Row & { reportId: string };
    await submitThroughChain(
      reportClient(api.http, await token('drafterA')),
      reportClient(api.http, await token('chainA')),
      reportId,
      {
        meetingBody: '党组会议',
        meetingDate: `${YEAR + 1}-02-10`,
        minutesNumber: `党组会纪要〔${YEAR + 1}〕2号`,
      },
    );
    const outcome = await worker.get(TargetUrgedHandler).handle({ urgeId: urge.id });
    expect(outcome).toMatchObject({ status: 'skipped', reason: expect.stringContaining('reported since') });
    expect(await inbox('drafterA')).toHaveLength(before);
  });
});
