import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, unitById, uniqueName } from '../support/factories';

/**
 * Issue #15.3 and the admin part of #15.7: an administrator changes a user only when it administers
 * every unit the user holds a role in, and never grants a role to itself.
 *
 * Our own prefecture P (under the demo region) with its justice bureau J, as in the demo's 昌吉州:
 * P's coordinator and P's admin sit in J but hold their roles in P; J has an admin of its own.
 */
describe('administrators act only on users whose every role they administer', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let prefecture: { id: string; path: string; name: string };
  let bureau: { id: string; path: string; name: string };
  let bureauAdmin: string;
  let prefectureAdmin: { id: string; token: string };
  let coordinator: { id: string; username: string };
  let highAdmin: { id: string; username: string };
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const eventsOf = async (userId: string) =>
    Number(
      (await api.dataSource.query('SELECT COUNT(*) AS n FROM admin_events WHERE target_id = ?', [userId]))[0]
        .n,
    );
  const stateOf = async (userId: string) =>
    (
      await api.dataSource.query(
        `SELECT active, failed_logins, locked_until, must_change_password, password_hash,
                (SELECT COUNT(*) FROM user_roles r WHERE r.user_id = u.id) AS roles
           FROM users u WHERE id = ?`,
        [userId],
      )
    )[0];

  beforeAll(async () => {
    api = await startApi({ env: { LOGIN_THROTTLE_PER_MINUTE: '1000' } });
    const demo = await loadDemo(api.dataSource);
    const xj = await unitById(api.dataSource, demo.unitIds.xj);
    prefecture = await createUnit(api.dataSource, xj, {
      kind: 'government',
      level: 'prefecture',
      name: uniqueName('越级州'),
    });
    bureau = await createUnit(api.dataSource, prefecture, {
      kind: 'justice_bureau',
      level: 'prefecture',
      name: uniqueName('越级州司法局'),
    });
    const jAdmin = await createUser(api.dataSource, bureau.id, ['admin']);
    bureauAdmin = await tokenFor(api.http, jAdmin.username, FACTORY_PASSWORD);
    const pAdmin = await createUser(api.dataSource, bureau.id, [['admin', prefecture.id]]);
    prefectureAdmin = { id: pAdmin.id, token: await tokenFor(api.http, pAdmin.username, FACTORY_PASSWORD) };
    coordinator = await createUser(api.dataSource, bureau.id, [['coordinator', prefecture.id]]);
    highAdmin = await createUser(api.dataSource, bureau.id, [['admin', prefecture.id]]);
  });
  afterAll(() => api?.app.close());

  it("refuses the bureau's admin every change to a user holding power in the prefecture, changing nothing", async () => {
    // Make both targets locked, so that an unlock that went through would show.
    await api.dataSource.query('UPDATE users SET failed_logins = 9, locked_until = ? WHERE id IN (?)', [
      new Date(Date.now() + 3_600_000),
      [coordinator.id, highAdmin.id],
    ]);
    for (const target of [coordinator, highAdmin]) {
      const before = { state: await stateOf(target.id), events: await eventsOf(target.id) };
      const attempts: Array<[string, string, object?]> = [
        ['deactivate', `/users/${target.id}/deactivate`],
        ['activate', `/users/${target.id}/activate`],
        ['unlock', `/users/${target.id}/unlock`],
        ['reset password', `/users/${target.id}/password`, { password: 'Taken-over-2025' }],
        ['grant a role', `/users/${target.id}/roles`, { role: 'drafter' }],
      ];
      for (const [what, path, body] of attempts) {
        const res = await api.http().post(path).set(as(bureauAdmin)).send(body);
        expect({ who: target.username, what, status: res.status, error: res.body.error }).toEqual({
          who: target.username,
          what,
          status: 403,
          error: 'TARGET_HOLDS_ROLE_BEYOND_YOUR_REACH',
        });
        expect(res.body.message).toContain(`in ${prefecture.name}, which you do not administer`);
      }
      const role = target === coordinator ? 'coordinator' : 'admin';
      const strip = await api
        .http()
        .delete(`/users/${target.id}/roles/${role}?unitId=${prefecture.id}`)
        .set(as(bureauAdmin));
      expect(strip.status).toBe(403);
      expect({ state: await stateOf(target.id), events: await eventsOf(target.id) }).toEqual(before);
    }
  });

  it('still lets the bureau admin manage the users whose roles are all in the bureau', async () => {
    const clerk = await createUser(api.dataSource, bureau.id, ['drafter']);
    await api.http().post(`/users/${clerk.id}/deactivate`).set(as(bureauAdmin)).expect(200);
    await api.http().post(`/users/${clerk.id}/activate`).set(as(bureauAdmin)).expect(200);
  });

  it("lets the prefecture's admin, who administers every unit involved, do the same", async () => {
    await api.http().post(`/users/${coordinator.id}/deactivate`).set(as(prefectureAdmin.token)).expect(200);
    const back = await api
      .http()
      .post(`/users/${coordinator.id}/activate`)
      .set(as(prefectureAdmin.token))
      .expect(200);
    expect(back.body).toMatchObject({ active: true, lockedUntil: null });
  });

  it('refuses an admin the removal of its own admin role, so a tree is never left without one', async () => {
    const before = (await stateOf(prefectureAdmin.id)).roles;
    const res = await api
      .http()
      .delete(`/users/${prefectureAdmin.id}/roles/admin`)
      .query({ unitId: prefecture.id })
      .set(as(prefectureAdmin.token));
    expect({ status: res.status, error: res.body.error }).toEqual({
      status: 403,
      error: 'OWN_ADMIN_ROLE_REMOVAL_FORBIDDEN',
    });
    expect(res.body.message).toMatch(/ask another administrator of this unit or above/);
    expect((await stateOf(prefectureAdmin.id)).roles).toBe(before);
    // Another administrator of the prefecture may; and an admin may still give up another role.
    const colleague = await createUser(api.dataSource, prefecture.id, ['admin', 'drafter']);
    const colleagueToken = await tokenFor(api.http, colleague.username, FACTORY_PASSWORD);
    await api.http().delete(`/users/${colleague.id}/roles/drafter`).set(as(colleagueToken)).expect(200);
    await api.http().delete(`/users/${colleague.id}/roles/admin`).set(as(prefectureAdmin.token)).expect(200);
  });

  it('refuses an admin a role granted to itself (403 naming why), and lets another admin grant it', async () => {
    const before = (await stateOf(prefectureAdmin.id)).roles;
    for (const grant of [{ role: 'coordinator', unitId: prefecture.id }, { role: 'drafter' }]) {
      const res = await api
        .http()
        .post(`/users/${prefectureAdmin.id}/roles`)
        .set(as(prefectureAdmin.token))
        .send(grant);
      expect({ status: res.status, error: res.body.error }).toEqual({
        status: 403,
        error: 'SELF_GRANT_FORBIDDEN',
      });
      expect(res.body.message).toMatch(/cannot grant a role to yourself; ask another administrator/);
    }
    expect((await stateOf(prefectureAdmin.id)).roles).toBe(before);
    const colleague = await tokenFor(
      api.http,
      (await createUser(api.dataSource, prefecture.id, ['admin'])).username,
      FACTORY_PASSWORD,
    );
    await api
      .http()
      .post(`/users/${prefectureAdmin.id}/roles`)
      .set(as(colleague))
      .send({ role: 'coordinator', unitId: prefecture.id })
      .expect(201);
  });

  it('refuses a role granted to an admin by an admin account it appointed, directly or two steps down', async () => {
    // Pen test (stop 43): the prefecture's admin made a second admin account and, logged in as it,
    // granted itself a role round SELF_GRANT_FORBIDDEN.
    const appointed = async (by: string) => {
      const username = uniqueName('p-appointed');
      const made = await api
        .http()
        .post('/users')
        .set(as(by))
        .send({
          unitId: bureau.id,
          username,
          displayName: '代开账号',
          password: 'First-pass-2026',
          roles: [{ role: 'admin', unitId: prefecture.id }],
        })
        .expect(201);
      const first = await api
        .http()
        .post('/auth/login')
        .send({ username, password: 'First-pass-2026' })
        .expect(200);
      await api
        .http()
        .post('/auth/password')
        .set(as(first.body.accessToken))
        .send({ currentPassword: 'First-pass-2026', newPassword: 'Second-pass-2026' })
        .expect(204);
      return { id: made.body.id as string, token: first.body.accessToken as string };
    };
    const puppet = await appointed(prefectureAdmin.token);
    const puppetOfPuppet = await appointed(puppet.token);
    const before = (await stateOf(prefectureAdmin.id)).roles;
    for (const granter of [puppet, puppetOfPuppet]) {
      const res = await api
        .http()
        .post(`/users/${prefectureAdmin.id}/roles`)
        .set(as(granter.token))
        .send({ role: 'drafter', unitId: bureau.id });
      expect({ status: res.status, error: res.body.error }).toEqual({
        status: 403,
        error: 'GRANT_TO_APPOINTER_FORBIDDEN',
      });
      expect(res.body.message).toMatch(
        /appointed you as an administrator .* ask an administrator .* did not appoint/,
      );
    }
    expect((await stateOf(prefectureAdmin.id)).roles).toBe(before);
    // The appointed admin still grants roles to anyone else, and the appointer to the appointed.
    await api
      .http()
      .post(`/users/${coordinator.id}/roles`)
      .set(as(puppetOfPuppet.token))
      .send({ role: 'drafter', unitId: bureau.id })
      .expect(201);
    await api
      .http()
      .post(`/users/${puppet.id}/roles`)
      .set(as(prefectureAdmin.token))
      .send({ role: 'coordinator', unitId: prefecture.id })
      .expect(201);
  });
});
