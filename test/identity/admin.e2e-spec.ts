import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { uniqueName } from '../support/factories';

describe('administration: units, users, roles', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  let admin: { Authorization: string };
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await api.dataSource.query(sql, params))[0].n);

  beforeAll(async () => {
    api = await startApi();
    demo = await loadDemo(api.dataSource);
    admin = { Authorization: `Bearer ${await tokenFor(api.http, 'cj-admin')}` };
  });
  afterAll(() => api?.app.close());

  it('creates a unit and a user below my unit, grants and removes a role, and records each change', async () => {
    const unit = await api
      .http()
      .post('/units')
      .set(admin)
      .send({
        parentId: demo.unitIds.htb,
        name: uniqueName('呼图壁县应急管理局'),
        kind: 'department',
        level: 'county',
        divisionCode: '652323',
      })
      .expect(201);
    const username = uniqueName('yj-drafter');
    const user = await api
      .http()
      .post('/users')
      .set(admin)
      .send({
        unitId: unit.body.id,
        username,
        displayName: '应急起草',
        password: 'Safe-pass-2025',
        roles: [{ role: 'drafter' }],
      })
      .expect(201);
    expect(user.body).toMatchObject({
      username,
      active: true,
      roles: [{ role: 'drafter', unitId: unit.body.id }],
    });
    expect(user.body.passwordHash).toBeUndefined();
    await api
      .http()
      .post(`/users/${user.body.id}/roles`)
      .set(admin)
      .send({ role: 'unit_leader' })
      .expect(201);
    const removed = await api.http().delete(`/users/${user.body.id}/roles/drafter`).set(admin).expect(200);
    expect(removed.body.roles.map((r: { role: string }) => r.role)).toEqual(['unit_leader']);

    const events = await api.http().get('/admin/events?limit=10').set(admin).expect(200);
    const mine = events.body.filter((e: { targetId: string }) =>
      [unit.body.id, user.body.id].includes(e.targetId),
    );
    expect(mine.map((e: { action: string }) => e.action).reverse()).toEqual([
      'unit.created',
      'user.created',
      'role.granted',
      'role.removed',
    ]);
    expect(mine.every((e: { actorUserId: string }) => e.actorUserId === demo.userIds['cj-admin'])).toBe(true);
  });

  it('refuses bad input with a clear 4xx and changes nothing', async () => {
    const before = {
      units: await count('SELECT COUNT(*) AS n FROM units'),
      users: await count('SELECT COUNT(*) AS n FROM users'),
      events: await count('SELECT COUNT(*) AS n FROM admin_events'),
    };
    const missing = await api
      .http()
      .post('/users')
      .set(admin)
      .send({ unitId: demo.unitIds['htb-transport'] })
      .expect(400);
    expect(missing.body.error).toBe('VALIDATION_FAILED');
    expect(missing.body.details.fields).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^username:/),
        expect.stringMatching(/^password:/),
        expect.stringMatching(/^roles:/),
      ]),
    );
    const outside = await api
      .http()
      .post('/units')
      .set(admin)
      .send({ parentId: demo.unitIds['yn-transport'], name: '越权单位', kind: 'department', level: 'county' })
      .expect(404);
    expect(outside.body.message).toBe('Parent unit not found');
    const duplicate = await api
      .http()
      .post('/users')
      .set(admin)
      .send({
        unitId: demo.unitIds['htb-transport'],
        username: 'htb-drafter',
        displayName: '重复',
        password: 'Safe-pass-2025',
        roles: [{ role: 'drafter' }],
      })
      .expect(409);
    expect(duplicate.body.error).toBe('USERNAME_TAKEN');
    const unknownRole = await api
      .http()
      .post('/users')
      .set(admin)
      .send({
        unitId: demo.unitIds['htb-transport'],
        username: uniqueName('x'),
        displayName: 'x',
        password: 'Safe-pass-2025',
        roles: [{ role: 'emperor' }],
      })
      .expect(400);
    expect(unknownRole.body.message).toMatch(/role must be one of: drafter, dept_reviewer/);
    const extra = await api
      .http()
      .post('/units')
      .set(admin)
      .send({
        parentId: demo.unitIds.htb,
        name: '多字段',
        kind: 'department',
        level: 'county',
        path: '/evil/',
      })
      .expect(400);
    expect(extra.body.message).toMatch(/property path should not exist/);
    // What is taken is named beside it (QA, stop 50: ?page= on a list paged by limit and offset).
    expect(extra.body.message).toMatch(/\(accepted: [^)]*\bparentId\b[^)]*\bkind\b/);
    const duplicateUnit = await api
      .http()
      .post('/units')
      .set(admin)
      .send({ parentId: demo.unitIds.htb, name: '呼图壁县交通运输局', kind: 'department', level: 'county' })
      .expect(409);
    expect(duplicateUnit.body.error).toBe('UNIT_NAME_TAKEN');
    expect({
      units: await count('SELECT COUNT(*) AS n FROM units'),
      users: await count('SELECT COUNT(*) AS n FROM users'),
      events: await count('SELECT COUNT(*) AS n FROM admin_events'),
    }).toEqual(before);
  });

  it('cannot hand out power outside its subtree', async () => {
    const username = uniqueName('esc');
    const user = await api
      .http()
      .post('/users')
      .set(admin)
      .send({
        unitId: demo.unitIds['cj-justice'],
        username,
        displayName: 'x',
        password: 'Safe-pass-2025',
        roles: [],
      })
      .expect(201);
    // The parent of 昌吉州司法局 is 昌吉州 (mine): coordinator there is fine.
    await api
      .http()
      .post(`/users/${user.body.id}/roles`)
      .set(admin)
      .send({ role: 'coordinator', unitId: demo.unitIds.cj })
      .expect(201);
    // Admin of the whole province is above my reach.
    const escalate = await api
      .http()
      .post(`/users/${user.body.id}/roles`)
      .set(admin)
      .send({ role: 'admin', unitId: demo.unitIds.xj })
      .expect(400);
    expect(escalate.body.error).toBe('ROLE_UNIT_INVALID');
    const xjUser = demo.userIds['xj-coordinator'];
    await api.http().post(`/users/${xjUser}/roles`).set(admin).send({ role: 'admin' }).expect(404);
  });
});
