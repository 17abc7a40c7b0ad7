import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { createUnit, createUser, uniqueName } from '../support/factories';
import { at, campaignClient, login } from './campaign-helpers';

// This file's report year (its own units, too): 2190.
const YEAR = 2190;

/**
 * 逐级下发 by the county's 依法治县办 (a walk and a scenario test, stop 49): the 依法治州办 sends its
 * notice to the county (its government, or the 县委 and 县政府 together); the county's office, which
 * sits under the 县委 and so below neither, could not see it nor forward it, and the county had to
 * give someone a coordinator role in the 县委 or 县政府 itself. The office now receives what is sent
 * to its own level's government and 县委, and forwards it to the county's units, within the date
 * above; nobody else gains anything.
 */
describe('the county’s rule-of-law office receives and forwards the prefecture’s notice', () => {
  const clock = new ManualClock(at(`${YEAR}-12-10`));
  let api: Awaited<ReturnType<typeof startApi>>;
  const units = {} as Record<
    | 'prefecture'
    | 'prefParty'
    | 'prefOffice'
    | 'county'
    | 'party'
    | 'office'
    | 'justice'
    | 'transport'
    | 'otherCounty'
    | 'otherParty'
    | 'otherOffice',
    { id: string; path: string; name: string }
  >;
  const clients = {} as Record<
    'prefOffice' | 'office' | 'justice' | 'otherOffice',
    ReturnType<typeof campaignClient>
  >;
  const tokens = {} as Record<keyof typeof clients, string>;
  let parentId: string;

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    const ds = api.dataSource;
    units.prefecture = await createUnit(ds, null, {
      name: uniqueName('转发州'),
      kind: 'government',
      level: 'prefecture',
    });
    units.prefParty = await createUnit(ds, units.prefecture, {
      name: uniqueName('中共转发州委'),
      kind: 'party_committee',
      level: 'prefecture',
    });
    units.prefOffice = await createUnit(ds, units.prefParty, {
      name: uniqueName('转发州依法治州办'),
      kind: 'rule_of_law_office',
      level: 'prefecture',
    });
    for (const [county, party, office, name] of [
      ['county', 'party', 'office', '转发县'],
      ['otherCounty', 'otherParty', 'otherOffice', '邻县'],
    ] as const) {
      units[county] = await createUnit(ds, units.prefecture, { name: uniqueName(name), kind: 'government' });
      units[party] = await createUnit(ds, units[county], {
        name: uniqueName(`中共${name}委`),
        kind: 'party_committee',
      });
      units[office] = await createUnit(ds, units[party], {
        name: uniqueName(`${name}依法治县办`),
        kind: 'rule_of_law_office',
      });
    }
    units.justice = await createUnit(ds, units.county, { name: uniqueName('转发县司法局') });
    units.transport = await createUnit(ds, units.county, { name: uniqueName('转发县交通运输局') });
    await createUser(ds, units.transport.id, ['drafter']);
    for (const key of ['prefOffice', 'office', 'justice', 'otherOffice'] as const) {
      const user = await createUser(ds, units[key].id, ['coordinator']);
      tokens[key] = await login(api.http, user.username, user.password);
      clients[key] = campaignClient(api.http, tokens[key]);
    }
  });
  afterAll(async () => {
    await api?.app.close();
  });

  it('lists the notice sent to its county as received, and reads it; the 司法局 and the other county do not', async () => {
    const parent = await clients.prefOffice
      .issue({
        issuingUnitId: units.prefOffice.id,
        reportYear: YEAR,
        title: `关于报送${YEAR}年度法治政府建设年度报告的通知`,
        body: '各县市：请于次年2月15日前报送。',
        dueDate: `${YEAR + 1}-02-15`,
        targets: { unitIds: [units.county.id] },
      })
      .expect(201);
    parentId = parent.body.id;

    const listed = (await clients.office.list(`?reportYear=${YEAR}`).expect(200)).body as Array<{
      id: string;
      relation: string;
    }>;
    expect(listed.find((c) => c.id === parentId)).toMatchObject({ relation: 'received' });
    await clients.office.get(parentId).expect(200);
    // The notice, not the prefecture's board.
    await clients.office.board(parentId).expect(404);
    // Nobody else gains: the county's 司法局 and the other county's office still do not know it.
    await clients.justice.get(parentId).expect(404);
    await clients.otherOffice.get(parentId).expect(404);
    // Nor an "office" a bureau's admin made under the bureau (review, stop 49): only the level's own
    // office, under its 县委 or its government, forwards what is sent to them.
    const fake = await createUnit(api.dataSource, units.transport, {
      name: uniqueName('交通局自设依法治县办'),
      kind: 'rule_of_law_office',
    });
    const fakeUser = await createUser(api.dataSource, fake.id, ['coordinator']);
    const faker = campaignClient(api.http, await login(api.http, fakeUser.username, fakeUser.password));
    await faker.get(parentId).expect(404);
    expect(
      ((await faker.list(`?reportYear=${YEAR}`).expect(200)).body as Array<{ id: string }>).map((c) => c.id),
    ).not.toContain(parentId);
    const others = (await clients.otherOffice.list(`?reportYear=${YEAR}`).expect(200)).body as Array<{
      id: string;
    }>;
    expect(others.map((c) => c.id)).not.toContain(parentId);
  });

  it('forwards it to the county’s units, never later than the date above nor to another county', async () => {
    const forward = (dueDate: string, unitIds: string[]) =>
      clients.office.issue({
        parentId,
        issuingUnitId: units.office.id,
        title: `转发：关于报送${YEAR}年度法治政府建设年度报告的通知`,
        body: '县直各部门：请于次年2月10日前报送。',
        dueDate,
        targets: { unitIds },
      });
    const late = await forward(`${YEAR + 1}-02-20`, [units.transport.id]).expect(400);
    expect(late.body).toMatchObject({
      error: 'DUE_DATE_AFTER_PARENT',
      details: { parentDueDate: `${YEAR + 1}-02-15` },
    });
    await forward(`${YEAR + 1}-02-10`, [units.otherOffice.id]).expect(404);
    const child = await forward(`${YEAR + 1}-02-10`, [units.transport.id]).expect(201);
    expect(child.body).toMatchObject({ parentId, targetCount: 1, dueDate: `${YEAR + 1}-02-10` });
    // The other county's office cannot forward what it never received: as if it did not exist.
    const foreign = await clients.otherOffice
      .issue({
        parentId,
        issuingUnitId: units.otherOffice.id,
        title: '转发',
        body: '-',
        dueDate: `${YEAR + 1}-02-10`,
        targets: { unitIds: [units.otherParty.id] },
      })
      .expect(404);
    expect(foreign.body.error).toBe('CAMPAIGN_NOT_FOUND');

    // The 依法治州办 that asked reads how its notice was passed down (its own board counts the
    // cascade: an external QA engineer, stop 50, got 404 opening it), and acts on nothing there.
    const board = await clients.prefOffice.board(child.body.id).expect(200);
    expect(board.body.rows.map((r: { unit: { id: string } }) => r.unit.id)).toEqual([units.transport.id]);
    await clients.prefOffice.get(child.body.id).expect(200);
    await clients.prefOffice.events(child.body.id).expect(200);
    const urge = await api
      .http()
      .post(`/campaigns/${child.body.id}/targets/${units.transport.id}/reminders`)
      .set({ Authorization: `Bearer ${tokens.prefOffice}` })
      .send({ message: '请抓紧报送。' });
    expect(urge.status).toBe(403);
    // The other county's office still does not know it.
    await clients.otherOffice.board(child.body.id).expect(404);
  });
});
