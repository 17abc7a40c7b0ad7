import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName } from '../support/factories';
import { at, campaignClient, login } from '../campaigns/campaign-helpers';
import { reportClient } from '../reports/report-helpers';

// This file's report year, used by no other file.
const YEAR = 2145;
const RLO = '\u202e';

/**
 * Texts other offices read refuse what makes them display as another text (penetration test,
 * stop 48): a report's title and a person's name are one line, without invisible characters or
 * line breaks; a reason or comment may have its lines, not direction overrides; and a required text
 * of nothing drawn (a zero-width space alone) is empty.
 */
describe('texts other offices read: no hidden characters', () => {
  const clock = new ManualClock(at(`${YEAR + 1}-01-07`));
  let api: Awaited<ReturnType<typeof startApi>>;
  let drafter: ReturnType<typeof reportClient>;
  let askExtension: (body: object) => ReturnType<ReturnType<typeof campaignClient>['askExtension']>;
  let admin: ReturnType<typeof reportClient>;
  let bureauId: string;

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    const ds = api.dataSource;
    const prefecture = await createUnit(ds, null, {
      name: uniqueName('隐藏字符州'),
      kind: 'government',
      level: 'prefecture',
    });
    const county = await createUnit(ds, prefecture, { name: uniqueName('隐藏字符县'), kind: 'government' });
    const office = await createUnit(ds, county, {
      name: `${county.name}依法治县办`,
      kind: 'rule_of_law_office',
    });
    const bureau = await createUnit(ds, county, { name: `${county.name}交通运输局` });
    bureauId = bureau.id;
    const as = async (unitId: string, roles: Parameters<typeof createUser>[2]) => {
      const user = await createUser(ds, unitId, roles);
      return login(api.http, user.username, user.password);
    };
    const drafterToken = await as(bureau.id, ['drafter']);
    drafter = reportClient(api.http, drafterToken);
    admin = reportClient(api.http, await as(county.id, ['admin']));
    const coordinator = campaignClient(api.http, await as(office.id, ['coordinator']));
    const campaign = await coordinator
      .issue({
        reportYear: YEAR,
        title: `关于报送${YEAR}年度法治政府建设年度报告的通知`,
        body: '请报送。',
        dueDate: `${YEAR + 1}-02-20`,
        targets: { unitIds: [bureau.id] },
      })
      .expect(201);
    const asker = campaignClient(api.http, drafterToken);
    askExtension = (body) => asker.askExtension(campaign.body.id as string, body);
  });
  afterAll(async () => {
    await api?.app.close();
  });

  const refusal = (body: { statusCode: number; error: string; message: string }) => ({
    statusCode: body.statusCode,
    error: body.error,
    message: body.message,
  });

  it('refuses a report title with a direction override or a line break, on creation and on a save', async () => {
    const { http, auth } = drafter.raw();
    const created = await http()
      .post('/reports')
      .set(auth)
      .send({ unitId: bureauId, reportYear: YEAR - 1, title: `交通运输局${RLO}告报度年` })
      .expect(400);
    expect(refusal(created.body)).toEqual({
      statusCode: 400,
      error: 'VALIDATION_FAILED',
      message: expect.stringContaining('title must not contain invisible characters'),
    });
    const report = (await drafter.create({ unitId: bureauId, reportYear: YEAR - 1 }).expect(201)).body;
    const saved = await drafter
      .save(report.id, { basedOnRevision: 0, title: '年度报告\r\n伪造的第二行', sections: { other: '无' } })
      .expect(400);
    expect(saved.body.message).toContain('title must not contain invisible characters');
    expect((await drafter.get(report.id).expect(200)).body.currentRevision).toBe(0);
    // The text is printed, published and read by the recipients: no override in it either (external
    // QA, stop 53); its line breaks and the zero-width characters Word brings are kept.
    const reversed = await drafter
      .save(report.id, { basedOnRevision: 0, sections: { other: `无。${RLO}反转` } })
      .expect(400);
    expect(refusal(reversed.body)).toEqual({
      statusCode: 400,
      error: 'VALIDATION_FAILED',
      message: expect.stringContaining('other must not contain direction control characters'),
    });
    expect((await drafter.get(report.id).expect(200)).body.currentRevision).toBe(0);
    await drafter
      .save(report.id, { basedOnRevision: 0, sections: { other: '五、其他需要报告的情况\n无\u200b。' } })
      .expect(201);
  });

  it('refuses a person’s name that is blank, invisible or reads as another', async () => {
    const { http, auth } = admin.raw();
    const create = (displayName: string) =>
      http()
        .post('/users')
        .set(auth)
        .send({
          unitId: bureauId,
          username: uniqueName('hidden').toLowerCase(),
          displayName,
          password: FACTORY_PASSWORD,
          roles: [{ role: 'drafter' }],
        });
    for (const [name, message] of [
      ['   ', 'displayName should not be empty'],
      ['\u200b', 'displayName should not be empty'],
      [`州司法局协调员${RLO}X`, 'displayName must not contain invisible characters'],
      ['张三\n李四', 'displayName must not contain invisible characters'],
    ]) {
      const res = await create(name).expect(400);
      expect(refusal(res.body)).toEqual({
        statusCode: 400,
        error: 'VALIDATION_FAILED',
        message: expect.stringContaining(message),
      });
    }
    // A plain name is created: the checks refuse only what they say.
    await create('张三').expect(201);
  });

  it('refuses an extension reason with a direction override, or of nothing visible; keeps its lines', async () => {
    const date = `${YEAR + 1}-02-27`;
    const reversed = await askExtension({ requestedDueDate: date, reason: `会议推迟${RLO}试测` }).expect(400);
    expect(reversed.body.message).toContain('reason must not contain direction control characters');
    const empty = await askExtension({ requestedDueDate: date, reason: '\u200b' }).expect(400);
    expect(empty.body.message).toContain('reason should not be empty');
    const asked = await askExtension({
      requestedDueDate: date,
      reason: '党组会议推迟召开。\n新的会议定于2月下旬。',
    }).expect(201);
    expect(asked.body.reason).toBe('党组会议推迟召开。\n新的会议定于2月下旬。');
  });
});
