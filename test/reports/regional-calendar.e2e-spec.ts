import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, unitById } from '../support/factories';
import { reportClient, submitDraft } from './report-helpers';

describe('stage deadlines count regional holidays (Xinjiang 古尔邦节 2025)', () => {
  // Thursday 5 June 2025, 10:00 in Beijing; 古尔邦节 is 6-10 June in Xinjiang only.
  const clock = new ManualClock(new Date('2025-06-05T10:00:00+08:00'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let demo: Awaited<ReturnType<typeof loadDemo>>;

  beforeAll(async () => {
    api = await startApi({ clock, env: { DEFAULT_STAGE_LIMIT_WORKING_DAYS: '5' } });
    demo = await loadDemo(api.dataSource);
  });
  afterAll(() => api?.app.close());

  it('gives a Xinjiang unit five working days after the holiday, and a unit elsewhere five national ones', async () => {
    const xinjiang = reportClient(api.http, await tokenFor(api.http, 'htb-drafter'));
    const inXinjiang = (
      await xinjiang.create({ unitId: demo.unitIds['htb-transport'], reportYear: 2006 }).expect(201)
    ).body.id;
    const submitted = await submitDraft(xinjiang, inXinjiang);
    // 11, 12, 13, 16, 17 June: the end of Tuesday 17 June in Beijing.
    expect(submitted.report.stageDueAt).toBe('2025-06-17T15:59:59.999Z');

    const elsewhereUnit = await createUnit(api.dataSource, null, { kind: 'department', level: 'province' });
    const drafter = await createUser(api.dataSource, elsewhereUnit.id, ['drafter']);
    const elsewhere = reportClient(api.http, await tokenFor(api.http, drafter.username, FACTORY_PASSWORD));
    const other = (await elsewhere.create({ unitId: elsewhereUnit.id, reportYear: 2006 }).expect(201)).body
      .id;
    const nationally = await submitDraft(elsewhere, other);
    // 6, 9, 10, 11, 12 June.
    expect(nationally.report.stageDueAt).toBe('2025-06-12T15:59:59.999Z');

    // An office inside a county bureau: neither it nor its parent has a division code, the county
    // government above them does (the region is then found further up the path).
    const bureau = await unitById(api.dataSource, demo.unitIds['htb-transport']);
    const office = await createUnit(api.dataSource, bureau, { kind: 'other', level: 'county' });
    const officeDrafter = await createUser(api.dataSource, office.id, ['drafter']);
    const inOffice = reportClient(
      api.http,
      await tokenFor(api.http, officeDrafter.username, FACTORY_PASSWORD),
    );
    const officeReport = (await inOffice.create({ unitId: office.id, reportYear: 2006 }).expect(201)).body.id;
    expect((await submitDraft(inOffice, officeReport)).report.stageDueAt).toBe('2025-06-17T15:59:59.999Z');
  });
});
