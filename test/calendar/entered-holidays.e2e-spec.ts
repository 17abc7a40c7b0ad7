import type { INestApplicationContext } from '@nestjs/common';
import { ManualClock } from '@app/common';
import { StageClock } from '@app/reports';
import { reportClient, submitDraft } from '../reports/report-helpers';
import { startApi, startWorker } from '../support/apps';
import { tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD } from '../support/factories';
import { waitFor } from '../support/wait';

/**
 * A year without a State Council schedule, entered by an administrator while everything runs.
 * 2098/2099 have no file in config/calendar and no other test uses them, so this file's entries
 * cannot change another file's deadlines; its rows are removed before and after.
 */
const YEAR = 2099;
const REGION = '71';
// Monday 29 December 2098, 10:00 in Beijing: next year is missing and it is December.
const clock = new ManualClock(new Date('2098-12-29T10:00:00+08:00'));
const ENV = { DEFAULT_STAGE_LIMIT_WORKING_DAYS: '5' };

const national = {
  year: YEAR,
  // Its 文号 typed with square brackets: stored with 〔2098〕, as the notice prints it.
  source: { title: `国务院办公厅关于${YEAR}年部分节假日安排的通知`, number: '国办发明电[2098]1号' },
  holidays: [
    { date: '2099-01-01', name: '元旦' },
    { date: '2099-01-02', name: '元旦' },
    { date: '2099-01-03', name: '元旦' },
  ],
  workdays: [{ date: '2099-01-04', name: '元旦' }],
};
const regional = {
  region: REGION,
  regionName: '测试省',
  year: YEAR,
  source: { title: '测试省关于少数民族节日放假的通知' },
  holidays: [{ date: '2099-01-05', name: '测试节' }],
  workdays: [],
};
const endOf = (date: string) => new Date(`${date}T23:59:59.999+08:00`).toISOString();

describe('entering a missing year of holidays without a restart', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let second: Awaited<ReturnType<typeof startApi>>;
  let worker: INestApplicationContext;
  const tokens = {} as Record<'root' | 'province' | 'county' | 'drafter' | 'provinceDrafter', string>;
  let rootAdminId: string;
  let units: { province: { id: string }; department: { id: string }; provinceDepartment: { id: string } };

  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const put = (token: string, path: string, body: unknown) =>
    api
      .http()
      .put(`/admin/calendar/${path}`)
      .set(as(token))
      .send(body as object);
  const missing = async (instance: typeof api, token: string) =>
    (await instance.http().get('/admin/calendar/missing').set(as(token)).expect(200)).body as {
      today: string;
      missing: Array<{ region: string | null; year: number; warn: boolean; warnFrom: string }>;
    };
  const storedRows = async () =>
    Number(
      (
        await api.dataSource.query('SELECT COUNT(*) AS n FROM calendar_schedules WHERE year IN (?)', [
          [YEAR - 1, YEAR],
        ])
      )[0].n,
    );
  const removeRows = () =>
    api.dataSource.query('DELETE FROM calendar_schedules WHERE year IN (?)', [[YEAR - 1, YEAR]]);

  /** Submits a fresh report of `unitId` (one per unit and year) for review: the answer carries the stage's due date. */
  let reportYear = 2060;
  async function stageDueAt(instance: typeof api, token: string, unitId: string): Promise<string> {
    const drafter = reportClient(instance.http, token);
    const report = (await drafter.create({ unitId, reportYear: reportYear++ }).expect(201)).body.id;
    return (await submitDraft(drafter, report)).report.stageDueAt as string;
  }

  beforeAll(async () => {
    api = await startApi({ clock, env: ENV });
    await removeRows();
    // A top-level unit of its own (no division code) -> a province in region 71 -> a county.
    const root = await createUnit(api.dataSource, null, { kind: 'government', level: 'province' });
    const province = await createUnit(api.dataSource, root, { kind: 'government', level: 'province' });
    await api.dataSource.query('UPDATE units SET division_code = ? WHERE id = ?', ['710000', province.id]);
    const county = await createUnit(api.dataSource, province, { kind: 'government', level: 'county' });
    const department = await createUnit(api.dataSource, root, { kind: 'department', level: 'province' });
    const provinceDepartment = await createUnit(api.dataSource, province, {
      kind: 'department',
      level: 'province',
    });
    units = { province, department, provinceDepartment };

    const login = async (unitId: string, roles: Parameters<typeof createUser>[2]) => {
      const user = await createUser(api.dataSource, unitId, roles);
      return { id: user.id, token: await tokenFor(api.http, user.username, FACTORY_PASSWORD) };
    };
    const rootAdmin = await login(root.id, ['admin']);
    rootAdminId = rootAdmin.id;
    tokens.root = rootAdmin.token;
    tokens.province = (await login(province.id, ['admin'])).token;
    tokens.county = (await login(county.id, ['admin'])).token;
    tokens.drafter = (await login(department.id, ['drafter', 'dept_reviewer'])).token;
    tokens.provinceDrafter = (await login(provinceDepartment.id, ['drafter'])).token;

    // A second API instance and a worker, both started (and their calendars read) before the entry.
    second = await startApi({ clock, env: ENV });
    worker = await startWorker({ clock, env: ENV });
  });

  afterAll(async () => {
    if (api) await removeRows();
    await worker?.close();
    await second?.app.close();
    await api?.app.close();
  });

  it('names the missing years; the console warns about next year in December', async () => {
    const { today, missing: years } = await missing(api, tokens.root);
    expect(today).toBe('2098-12-29');
    expect(years).toEqual(
      expect.arrayContaining([
        { region: null, year: 2098, warnFrom: '2098-01-01', warn: true },
        { region: null, year: YEAR, warnFrom: '2098-12-01', warn: true },
      ]),
    );
    // The second instance and the worker count next year Monday to Friday for now.
    expect((await missing(second, tokens.root)).missing).toContainEqual(
      expect.objectContaining({ region: null, year: YEAR }),
    );
    expect((await worker.get(StageClock).calendar()).coversYear(YEAR)).toBe(false);
    // 30, 31 December, 1, 2, 5 January.
    expect(await stageDueAt(api, tokens.drafter, units.department.id)).toBe(endOf('2099-01-05'));
  });

  it('refuses the national schedule to a non-admin (403) and to an admin below the top level (403)', async () => {
    const drafter = await put(tokens.drafter, `national/${YEAR}`, national).expect(403);
    expect(drafter.body).toMatchObject({ statusCode: 403, error: 'ROLE_REQUIRED' });
    for (const token of [tokens.county, tokens.province]) {
      const res = await put(token, `national/${YEAR}`, national).expect(403);
      expect(res.body).toMatchObject({
        statusCode: 403,
        error: 'CALENDAR_SCOPE',
        message: expect.stringContaining('only an admin of a top-level unit'),
        requestId: expect.any(String),
      });
    }
    // A county admin manages no region's holidays either; a non-admin sees no missing list.
    await put(tokens.county, `regions/${REGION}/${YEAR}`, regional).expect(403);
    await api.http().get('/admin/calendar/missing').set(as(tokens.drafter)).expect(403);
    expect(await storedRows()).toBe(0);
  });

  it('answers a malformed schedule with 400 naming the entry, and stores nothing', async () => {
    const badDate = {
      ...national,
      holidays: [national.holidays[0], { date: '2099-02-30', name: '春节' }],
    };
    const res = await put(tokens.root, `national/${YEAR}`, badDate).expect(400);
    expect(res.body).toMatchObject({
      statusCode: 400,
      error: 'CALENDAR_SCHEDULE_INVALID',
      message: expect.stringContaining(`cn-${YEAR}.json: holidays[1].date "2099-02-30" is not a valid date`),
      details: { problem: 'holidays[1].date "2099-02-30" is not a valid date (YYYY-MM-DD)' },
      requestId: expect.any(String),
    });
    const cases: Array<[unknown, string]> = [
      [
        { ...national, year: 2098, holidays: [], workdays: [] },
        '"year" is 2098 but the year it is entered for says 2099',
      ],
      [{ ...national, holiday: [] }, 'file has unknown key(s) holiday'],
      [{ ...national, workdays: [{ date: '2099-01-05', name: '元旦' }] }, 'not a Saturday or Sunday'],
      [{ ...national, holidays: [{ date: '2100-01-01', name: '元旦' }] }, "outside the file's year 2099"],
      [{ ...national, source: {} }, 'source is missing title'],
    ];
    for (const [body, problem] of cases) {
      const refused = await put(tokens.root, `national/${YEAR}`, body).expect(400);
      expect(refused.body.message).toContain(problem);
    }
    const notJson = await api
      .http()
      .put(`/admin/calendar/national/${YEAR}`)
      .set(as(tokens.root))
      .set('content-type', 'application/json')
      .send('{"year": 2099,');
    expect(notJson.status).toBe(400);
    await put(tokens.root, 'national/99', national).expect(400);
    expect(await storedRows()).toBe(0);
    expect((await missing(api, tokens.root)).missing).toContainEqual(
      expect.objectContaining({ region: null, year: YEAR }),
    );
  });

  it('takes effect at once here, within seconds on the other instance and the worker, and is recorded', async () => {
    const entered = await put(tokens.root, `national/${YEAR}`, national).expect(200);
    expect(entered.body).toMatchObject({ region: null, year: YEAR, withdrawn: false, replaced: null });

    expect((await missing(api, tokens.root)).missing).not.toContainEqual(
      expect.objectContaining({ region: null, year: YEAR }),
    );
    // 30, 31 December, Sunday 4 January (调休上班), 5, 6 January.
    expect(await stageDueAt(api, tokens.drafter, units.department.id)).toBe(endOf('2099-01-06'));

    await waitFor(
      'the second API instance to see the entered year',
      async () =>
        !(await missing(second, tokens.root)).missing.some((m) => m.region === null && m.year === YEAR),
      { timeoutMs: 30_000, intervalMs: 250 },
    );
    expect(await stageDueAt(second, tokens.drafter, units.department.id)).toBe(endOf('2099-01-06'));
    const workerClock = worker.get(StageClock);
    await waitFor(
      'the worker to see the entered year',
      async () => (await workerClock.calendar()).coversYear(YEAR),
      {
        timeoutMs: 30_000,
        intervalMs: 250,
      },
    );
    expect((await workerClock.dueAfter(clock.now(), 5)).toISOString()).toBe(endOf('2099-01-06'));

    const events = await api.http().get('/admin/events?limit=20').set(as(tokens.root)).expect(200);
    expect(events.body).toContainEqual(
      expect.objectContaining({
        action: 'calendar.schedule_entered',
        actorUserId: rootAdminId,
        targetType: 'calendar_schedule',
        targetId: entered.body.id,
        details: expect.objectContaining({
          region: null,
          year: YEAR,
          number: '国办发明电〔2098〕1号',
          holidays: 3,
          workdays: 1,
        }),
      }),
    );
    const [row] = await api.dataSource.query('SELECT schedule FROM calendar_schedules WHERE public_id = ?', [
      entered.body.id,
    ]);
    const stored = (typeof row.schedule === 'string' ? JSON.parse(row.schedule) : row.schedule) as {
      source: { number: string };
    };
    expect(stored.source.number).toBe('国办发明电〔2098〕1号');
  });

  it("lets the province's admin enter its region's extra days, which count for its units only", async () => {
    await put(tokens.province, `regions/${REGION}/${YEAR}`, { ...regional, region: '65' }).expect(400);
    await put(tokens.province, `regions/${REGION}/${YEAR}`, regional).expect(200);
    // Now a region with data, 2098 is missing for it (and shown to its own admin, not the national years).
    const { missing: forProvince } = await missing(api, tokens.province);
    expect(forProvince).toEqual([{ region: REGION, year: 2098, warnFrom: '2098-01-01', warn: true }]);
    // 30, 31 December, 4 January, 6, 7 January: 5 January is the region's holiday.
    expect(await stageDueAt(api, tokens.provinceDrafter, units.provinceDepartment.id)).toBe(
      endOf('2099-01-07'),
    );
    expect(await stageDueAt(api, tokens.drafter, units.department.id)).toBe(endOf('2099-01-06'));
  });

  it('withdrawing an entry brings back Monday to Friday for that year', async () => {
    await api.http().delete(`/admin/calendar/national/${YEAR}`).set(as(tokens.province)).expect(403);
    await api.http().delete(`/admin/calendar/national/${YEAR}`).set(as(tokens.root)).expect(200);
    await api.http().delete(`/admin/calendar/national/${YEAR}`).set(as(tokens.root)).expect(404);
    expect((await missing(api, tokens.root)).missing).toContainEqual(
      expect.objectContaining({ region: null, year: YEAR }),
    );
    expect(await stageDueAt(api, tokens.drafter, units.department.id)).toBe(endOf('2099-01-05'));
  });
});
