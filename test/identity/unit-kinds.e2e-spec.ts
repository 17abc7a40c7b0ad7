import { reportingLinesOf, UnitRepository, type Recipient } from '@app/directory';
import { Database } from '@app/persistence';
import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { uniqueName } from '../support/factories';

// 党委, 人大常委会 and 依法治X办 as an administrator creates them, the 司法局 staff who run an
// office, and the demo tree routed by the regulation's table.
describe('unit kinds: party committees, people’s congress standing committees, rule-of-law offices', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  let admin: { Authorization: string };
  const count = async (sql: string) => Number((await api.dataSource.query(sql))[0].n);
  const createUnit = (body: Record<string, unknown>) => api.http().post('/units').set(admin).send(body);

  beforeAll(async () => {
    api = await startApi();
    demo = await loadDemo(api.dataSource);
    admin = { Authorization: `Bearer ${await tokenFor(api.http, 'cj-admin')}` };
  });
  afterAll(() => api?.app.close());

  it('creates a 党委 with its 依法治X办 housed in the same government’s 司法局, and a 人大常委会', async () => {
    const party = await createUnit({
      parentId: demo.unitIds.fk,
      name: uniqueName('阜康市委'),
      kind: 'party_committee',
      level: 'county',
    }).expect(201);
    expect(party.body).toMatchObject({ kind: 'party_committee', housedInUnitId: null });
    const office = await createUnit({
      parentId: party.body.id,
      name: uniqueName('阜康市依法治市办'),
      kind: 'rule_of_law_office',
      level: 'county',
      housedInUnitId: demo.unitIds['fk-justice'],
    }).expect(201);
    expect(office.body).toMatchObject({
      kind: 'rule_of_law_office',
      parentId: party.body.id,
      housedInUnitId: demo.unitIds['fk-justice'],
    });
    const read = await api.http().get(`/units/${office.body.id}`).set(admin).expect(200);
    expect(read.body.housedInUnitId).toBe(demo.unitIds['fk-justice']);
    await createUnit({
      parentId: demo.unitIds.fk,
      name: uniqueName('阜康市人大常委会'),
      kind: 'congress_standing_committee',
      level: 'county',
    }).expect(201);
  });

  it('refuses a housing that is not a 司法局 of the office’s own government, with a clear 400', async () => {
    const before = await count('SELECT COUNT(*) AS n FROM units');
    const office = (housedInUnitId: string, kind = 'rule_of_law_office') =>
      createUnit({
        parentId: demo.unitIds['htb-party'],
        name: uniqueName('依法治县办'),
        kind,
        level: 'county',
        housedInUnitId,
      });

    const otherCounty = await office(demo.unitIds['mns-justice']).expect(400);
    expect(otherCounty.body).toMatchObject({
      error: 'UNIT_HOUSING_INVALID',
      message: '玛纳斯县司法局 is not a justice bureau of 呼图壁县',
    });
    const levelAbove = await office(demo.unitIds['cj-justice']).expect(400);
    expect(levelAbove.body.error).toBe('UNIT_HOUSING_INVALID');
    const notJustice = await office(demo.unitIds['htb-transport']).expect(400);
    expect(notJustice.body.message).toContain('呼图壁县交通运输局 is not a justice bureau (司法局)');
    const notAnOffice = await office(demo.unitIds['htb-justice'], 'department').expect(400);
    expect(notAnOffice.body.message).toContain('Only a rule_of_law_office');
    // Another prefecture's bureau is not revealed.
    const foreign = await office(demo.unitIds['yl-justice']).expect(404);
    expect(foreign.body.message).toBe('Housing unit not found');

    expect(await count('SELECT COUNT(*) AS n FROM units')).toBe(before);
  });

  it('lets a 司法局 clerk hold coordinator in the office housed there, and nobody else outside the parent', async () => {
    const grant = (unitId: string) =>
      api
        .http()
        .post('/users')
        .set(admin)
        .send({
          unitId,
          username: uniqueName('fzb-clerk'),
          displayName: '经办人',
          password: 'Safe-pass-2025',
          roles: [{ role: 'coordinator', unitId: demo.unitIds['htb-office'] }],
        });
    const clerk = await grant(demo.unitIds['htb-justice']).expect(201);
    expect(clerk.body.roles).toEqual([
      expect.objectContaining({ role: 'coordinator', unitId: demo.unitIds['htb-office'] }),
    ]);
    const outsider = await grant(demo.unitIds['htb-transport']).expect(400);
    expect(outsider.body.error).toBe('ROLE_UNIT_INVALID');
  });

  it('seeds the demo’s bodies where docs/domain.md puts them, and the new demo logins work', async () => {
    const [office] = await api.dataSource.query(
      `SELECT o.housed_in_unit_id AS housed, p.kind AS parentKind, p.parent_id AS government
         FROM units o JOIN units p ON p.id = o.parent_id WHERE o.id = ?`,
      [demo.unitIds['htb-office']],
    );
    expect(office).toEqual({
      housed: demo.unitIds['htb-justice'],
      parentKind: 'party_committee',
      government: demo.unitIds.htb,
    });
    for (const username of ['cj-fzb', 'htb-fzb', 'cjjt-coordinator', 'cj-zw', 'cj-zf', 'htb-xw', 'htb-zf']) {
      await tokenFor(api.http, username);
    }
    // The clerk reaches their own 司法局 and the office they run, not the county's departments.
    const clerk = { Authorization: `Bearer ${await tokenFor(api.http, 'htb-fzb')}` };
    const visible = await api.http().get('/units').set(clerk).expect(200);
    expect(visible.body.map((u: { id: string }) => u.id).sort()).toEqual(
      [demo.unitIds['htb-justice'], demo.unitIds['htb-office']].sort(),
    );
  });

  it('lets the 依法治县办 (under the 县委) ask the county’s departments, and nobody of another county', async () => {
    const clerk = { Authorization: `Bearer ${await tokenFor(api.http, 'htb-fzb')}` };
    // A year of its own: the browser journeys ask the same demo bureaus for the current year, and an
    // earlier deadline here would become theirs.
    const issued = await api
      .http()
      .post('/campaigns')
      .set(clerk)
      .send({
        issuingUnitId: demo.unitIds['htb-office'],
        reportYear: 2036,
        title: uniqueName('关于报送2036年度法治政府建设年度报告的通知'),
        body: '请各部门于2月20日前报送。',
        dueDate: '2037-02-20',
        targets: { unitIds: [demo.unitIds['htb-transport'], demo.unitIds['htb-finance']] },
      });
    expect(issued.status).toBe(201);
    const other = await api
      .http()
      .post('/campaigns')
      .set(clerk)
      .send({
        issuingUnitId: demo.unitIds['htb-office'],
        reportYear: 2036,
        title: uniqueName('越界的通知'),
        body: '请报送。',
        dueDate: '2037-02-20',
        targets: { unitIds: [demo.unitIds['mns-transport']] },
      });
    // Another county's bureau is neither visible to the clerk nor within the office's county.
    expect(other.status).toBe(404);
  });

  it('offers the 依法治县办’s clerk the county’s units to ask, though /units shows the clerk only the bureau and office', async () => {
    const clerk = { Authorization: `Bearer ${await tokenFor(api.http, 'htb-fzb')}` };
    const area = await api
      .http()
      .get('/campaigns/target-area')
      .query({ issuingUnitId: demo.unitIds['htb-office'] })
      .set(clerk)
      .expect(200);
    const ids = area.body.units.map((u: { id: string }) => u.id);
    expect(area.body.issuingUnit).toEqual({ id: demo.unitIds['htb-office'], name: '呼图壁县依法治县办' });
    // The county government (its own report goes to the 县委) and its departments; not another county's.
    expect(ids).toEqual(
      expect.arrayContaining([demo.unitIds.htb, demo.unitIds['htb-transport'], demo.unitIds['htb-finance']]),
    );
    expect(ids).not.toContain(demo.unitIds['mns-transport']);
    expect(ids).not.toContain(demo.unitIds['htb-office']);
    // Only the issuing unit's coordinators ask: a county bureau's drafter does not even see the office.
    const drafter = { Authorization: `Bearer ${await tokenFor(api.http, 'htb-drafter')}` };
    const hidden = await api
      .http()
      .get('/campaigns/target-area')
      .query({ issuingUnitId: demo.unitIds['htb-office'] })
      .set(drafter)
      .expect(404);
    expect(hidden.body.error).toBe('NOT_FOUND');
  });

  it('lets the 州交通运输局 ask only its county counterparts, never another bureau or a government (pen test, stop 42)', async () => {
    const bureau = { Authorization: `Bearer ${await tokenFor(api.http, 'cjjt-coordinator')}` };
    const area = await api
      .http()
      .get('/campaigns/target-area')
      .query({ issuingUnitId: demo.unitIds['cj-transport'] })
      .set(bureau)
      .expect(200);
    const ids = area.body.units.map((u: { id: string }) => u.id);
    expect(ids).toEqual(
      expect.arrayContaining([demo.unitIds['htb-transport'], demo.unitIds['mns-transport']]),
    );
    expect(area.body.units.every((u: { name: string }) => u.name.endsWith('交通运输局'))).toBe(true);
    for (const key of ['htb-finance', 'htb', 'htb-office', 'htb-justice', 'cj-justice'])
      expect(ids).not.toContain(demo.unitIds[key]);
    // The drafters counted for the form are those of the units offered, not of the whole level.
    expect(area.body.drafterCounts.map((c: { unitId: string }) => c.unitId).sort()).toEqual([...ids].sort());

    const refused = await api
      .http()
      .post('/campaigns')
      .set(bureau)
      .send({
        issuingUnitId: demo.unitIds['cj-transport'],
        reportYear: 2037,
        title: uniqueName('关于报送2037年度法治政府建设年度报告的通知'),
        body: '请报送。',
        dueDate: '2038-02-20',
        targets: { unitIds: [demo.unitIds['htb-finance']] },
      })
      .expect(404);
    // The bureau cannot see the finance bureau either: outside its area, it answers as for any unit it cannot see.
    expect(refused.body.error).toBe('NOT_FOUND');
    expect(refused.body.details.unitIds).toEqual([demo.unitIds['htb-finance']]);
    const finance = await api.dataSource.query(
      'SELECT COUNT(*) AS n FROM reports WHERE unit_id = ? AND report_year = 2037',
      [demo.unitIds['htb-finance']],
    );
    expect(Number(finance[0].n)).toBe(0);
  });

  it('routes the demo units by the regulation’s table, read from the database', async () => {
    const units = new UnitRepository(new Database(api.dataSource));
    const names = (list: Recipient[]) => list.map((r) => (r.type === 'unit' ? r.unit.name : r.name));
    const linesOf = async (key: string) => {
      const unit = (await units.findById(demo.unitIds[key]))!;
      return reportingLinesOf({ unit, ...(await units.findRoutingNeighbourhood(unit)) }).map((line) => ({
        kind: line.kind,
        main: names(line.main),
        copies: names(line.copies),
        dueDate: line.dueDate,
      }));
    };

    expect(await linesOf('htb-transport')).toEqual([
      {
        kind: 'department',
        main: ['呼图壁县委', '呼图壁县', '昌吉州交通运输局'],
        copies: ['呼图壁县依法治县办'],
        dueDate: 'march_1',
      },
    ]);
    expect(await linesOf('htb')).toEqual([
      {
        kind: 'government_to_own_level',
        main: ['呼图壁县委', '呼图壁县人大常委会'],
        copies: [],
        dueDate: 'march_1',
      },
      {
        kind: 'party_and_government_to_level_up',
        main: ['昌吉州委', '昌吉回族自治州'],
        copies: ['昌吉州依法治州办'],
        dueDate: 'march_1',
      },
    ]);
  });
});
