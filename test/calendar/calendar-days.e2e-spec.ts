import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD } from '../support/factories';

/**
 * The working-day calendar as any signed-in user reads it (GET /calendar/years, /calendar/days/:date):
 * what the console needs to say that a due date falls on a Saturday or a holiday, and that a year
 * without a State Council schedule is counted Monday to Friday. Reads only the built-in files
 * (config/calendar: national 2021-2026, Xinjiang 2022-2025); stores nothing.
 */
describe('reading the working-day calendar', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let xinjiang: string;
  let elsewhere: string;

  const day = (token: string, date: string) =>
    api
      .http()
      .get(`/calendar/days/${encodeURIComponent(date)}`)
      .set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    api = await startApi({ clock: new ManualClock(new Date('2026-12-07T10:00:00+08:00')) });
    const login = async (divisionCode: string) => {
      const unit = await createUnit(api.dataSource, null, { kind: 'department', level: 'county' });
      await api.dataSource.query('UPDATE units SET division_code = ? WHERE id = ?', [divisionCode, unit.id]);
      const user = await createUser(api.dataSource, unit.id, ['drafter']);
      return tokenFor(api.http, user.username, FACTORY_PASSWORD);
    };
    xinjiang = await login('652323');
    elsewhere = await login('110101');
  });
  afterAll(() => api?.app.close());

  it('names the years whose holiday schedule is in force, and today in China', async () => {
    const { body } = await api
      .http()
      .get('/calendar/years')
      .set('Authorization', `Bearer ${elsewhere}`)
      .expect(200);
    expect(body.today).toBe('2026-12-07');
    expect(body.scheduledYears).toEqual(expect.arrayContaining([2025, 2026]));
    expect(body.scheduledYears).not.toContain(2027);
  });

  it('says what a day is: a holiday, a worked weekend day, a weekday', async () => {
    expect((await day(elsewhere, '2026-10-01').expect(200)).body).toEqual({
      date: '2026-10-01',
      weekday: 4,
      isWorkingDay: false,
      kind: 'holiday',
      name: '国庆节',
      scheduled: true,
    });
    // Sunday 2026-09-20 is worked (调休) for 国庆节.
    expect((await day(elsewhere, '2026-09-20').expect(200)).body).toMatchObject({
      weekday: 7,
      isWorkingDay: true,
      kind: 'swapped-workday',
      name: '国庆节',
    });
    expect((await day(elsewhere, '2026-12-08').expect(200)).body).toMatchObject({
      weekday: 2,
      isWorkingDay: true,
      kind: 'weekday',
      name: null,
    });
  });

  it('counts a year without a schedule Monday to Friday, and says so (a Saturday due date in 2027)', async () => {
    expect((await day(elsewhere, '2027-02-20').expect(200)).body).toEqual({
      date: '2027-02-20',
      weekday: 6,
      isWorkingDay: false,
      kind: 'weekend',
      name: null,
      scheduled: false,
    });
    // 元旦 2027 is a Friday: a working day until the schedule is entered.
    expect((await day(elsewhere, '2027-01-01').expect(200)).body).toMatchObject({
      isWorkingDay: true,
      scheduled: false,
    });
  });

  it("adds the caller's own region's days: 古尔邦节 is a holiday in Xinjiang only", async () => {
    expect((await day(xinjiang, '2025-06-09').expect(200)).body).toMatchObject({
      isWorkingDay: false,
      kind: 'regional-holiday',
      name: '古尔邦节',
    });
    expect((await day(elsewhere, '2025-06-09').expect(200)).body).toMatchObject({
      isWorkingDay: true,
      kind: 'weekday',
    });
  });

  it('answers a date that is not one with 400 naming the field', async () => {
    for (const bad of ['2026-02-30', '2026-2-1', 'tomorrow', '1999-12-31', '3000-01-01']) {
      const { body } = await day(elsewhere, bad).expect(400);
      expect(body.error).toBe('VALIDATION_FAILED');
      expect(body.message).toContain('YYYY-MM-DD');
      expect(body.details.fields[0]).toMatch(/^date: /);
    }
  });

  it('is for signed-in users only', async () => {
    await api.http().get('/calendar/days/2026-10-01').expect(401);
    await api.http().get('/calendar/years').expect(401);
  });
});
