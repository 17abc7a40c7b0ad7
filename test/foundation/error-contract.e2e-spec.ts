import { randomBytes } from 'node:crypto';
import { ManualClock } from '@app/common';
import { startApi } from '../support/apps';
import { loadDemo } from '../support/demo';
import { at, campaignClient, login } from '../campaigns/campaign-helpers';
import { reportClient } from '../reports/report-helpers';

/**
 * One error contract: 404 only for an object outside the caller's reach; 403 ROLE_REQUIRED naming the
 * missing role for a visible one, before anything about the input or the object's state; one code
 * per cause; validation names each bad field once, with the first rule it breaks.
 */
describe('the error contract', () => {
  const clock = new ManualClock(at('2026-01-07'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  let coordinator: ReturnType<typeof campaignClient>;
  let drafter: ReturnType<typeof campaignClient>;
  let otherPrefecture: ReturnType<typeof campaignClient>;
  let campaignId: string;
  let extensionId: string;
  let reportId: string;

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    demo = await loadDemo(api.dataSource);
    coordinator = campaignClient(api.http, await login(api.http, 'cj-coordinator'));
    drafter = campaignClient(api.http, await login(api.http, 'htb-drafter'));
    otherPrefecture = campaignClient(api.http, await login(api.http, 'yl-coordinator'));
    const issued = await coordinator
      .issue({
        // A year no other file asks 呼图壁县交通运输局 for: the same campaign twice is refused (409).
        reportYear: 2030,
        title: `错误约定-${randomBytes(4).toString('hex')}`,
        body: '请按时报送。',
        dueDate: '2026-02-27',
        targets: { unitIds: [demo.unitIds['htb-transport']] },
      })
      .expect(201);
    campaignId = issued.body.id;
    const asked = await drafter
      .askExtension(campaignId, { requestedDueDate: '2026-02-28', reason: '材料尚在汇总' })
      .expect(201);
    extensionId = asked.body.id;
    const [target] = await api.dataSource.query(
      'SELECT report_id FROM campaign_targets WHERE campaign_id = ? AND unit_id = ?',
      [campaignId, demo.unitIds['htb-transport']],
    );
    reportId = target.report_id;
  });
  afterAll(async () => {
    await api?.app.close();
  });

  describe('deciding an extension', () => {
    it('a drafter of the target unit, who can read the campaign, is told the missing role (403)', async () => {
      await drafter.get(campaignId).expect(200);
      const res = await drafter.decide(campaignId, extensionId, { decision: 'grant' }).expect(403);
      expect(res.body).toMatchObject({
        statusCode: 403,
        error: 'ROLE_REQUIRED',
        // held: the roles the drafter holds in the issuing unit, i.e. none.
        details: { needed: ['coordinator'], held: [] },
        requestId: expect.any(String),
      });
      expect(res.body.message).toMatch(/coordinator/);
    });

    it('the role comes before the input: a refusal without comment is still 403 for a drafter', async () => {
      const res = await drafter.decide(campaignId, extensionId, { decision: 'refuse' }).expect(403);
      expect(res.body.error).toBe('ROLE_REQUIRED');
    });

    it('a coordinator of another prefecture does not learn the campaign exists (404)', async () => {
      const res = await otherPrefecture.decide(campaignId, extensionId, { decision: 'grant' }).expect(404);
      expect(res.body.error).toBe('CAMPAIGN_NOT_FOUND');
    });

    it('withdrawing the campaign is 403 for the target drafter as well', async () => {
      const res = await drafter.withdraw(campaignId, '不再需要').expect(403);
      expect(res.body).toMatchObject({ error: 'ROLE_REQUIRED', details: { needed: ['coordinator'] } });
    });

    it('nothing was decided or withdrawn by the refused requests', async () => {
      const list = await coordinator.extensions(campaignId).expect(200);
      expect(list.body.find((e: { id: string }) => e.id === extensionId)).toMatchObject({
        status: 'pending',
      });
      expect((await coordinator.get(campaignId).expect(200)).body.status).toBe('active');
    });
  });

  it('a report action without the role is ROLE_REQUIRED (one code with the access policy), naming the role', async () => {
    const reviewer = reportClient(api.http, await login(api.http, 'htb-reviewer'));
    const current = await reviewer.get(reportId).expect(200);
    const res = await reviewer
      .act(reportId, { action: 'submit', expectedVersion: current.body.version })
      .expect(403);
    expect(res.body).toMatchObject({
      statusCode: 403,
      error: 'ROLE_REQUIRED',
      details: { needed: ['drafter'], currentState: 'drafting' },
    });
  });

  it('an attachment upload without the drafter role is 403 even when the file is missing', async () => {
    const reviewer = reportClient(api.http, await login(api.http, 'htb-reviewer'));
    const { http, auth } = reviewer.raw();
    const res = await http().post(`/reports/${reportId}/attachments`).set(auth).expect(403);
    expect(res.body).toMatchObject({ error: 'ROLE_REQUIRED', details: { needed: ['drafter'] } });
    const stranger = reportClient(api.http, await login(api.http, 'yn-drafter')).raw();
    const hidden = await stranger.http().post(`/reports/${reportId}/attachments`).set(stranger.auth);
    expect(hidden.body).toMatchObject({ statusCode: 404, error: 'REPORT_NOT_FOUND' });
  });

  describe('administration: the role is checked before the state of the object', () => {
    it('a coordinator granting a role the user already holds is 403, not 409 ROLE_ALREADY_HELD', async () => {
      const res = await api
        .http()
        .post(`/users/${demo.userIds['htb-drafter']}/roles`)
        .set(coordinator.auth)
        .send({ role: 'drafter' })
        .expect(403);
      expect(res.body).toMatchObject({ error: 'ROLE_REQUIRED', details: { needed: ['admin'] } });
    });

    it('a coordinator creating a unit whose name is taken is 403, not 409 UNIT_NAME_TAKEN', async () => {
      const [taken] = await api.dataSource.query('SELECT name, parent_id FROM units WHERE id = ?', [
        demo.unitIds['htb-transport'],
      ]);
      const res = await api
        .http()
        .post('/units')
        .set(coordinator.auth)
        .send({ parentId: taken.parent_id, name: taken.name, kind: 'department', level: 'county' })
        .expect(403);
      expect(res.body).toMatchObject({ error: 'ROLE_REQUIRED', details: { needed: ['admin'] } });
    });

    it('a coordinator deactivating an admin is 403 (and the admin stays active)', async () => {
      const res = await api
        .http()
        .post(`/users/${demo.userIds['cj-admin']}/deactivate`)
        .set(coordinator.auth)
        .expect(403);
      expect(res.body.error).toBe('ROLE_REQUIRED');
      const [row] = await api.dataSource.query('SELECT active FROM users WHERE id = ?', [
        demo.userIds['cj-admin'],
      ]);
      expect(Number(row.active)).toBe(1);
    });
  });

  describe('validation names each bad field once, with the first rule it breaks', () => {
    it('basedOnRevision "abc" is reported as not an integer, not also as below 0', async () => {
      const author = reportClient(api.http, await login(api.http, 'htb-drafter'));
      const res = await author
        .save(reportId, { basedOnRevision: 'abc', sections: { measures: '一、主要举措' } })
        .expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'VALIDATION_FAILED' });
      expect(res.body.details.fields).toEqual(['basedOnRevision: basedOnRevision must be an integer number']);
      expect(res.body.message).toBe(
        'Invalid input: basedOnRevision: basedOnRevision must be an integer number',
      );
    });

    it('several bad fields: one line each, every field named', async () => {
      const res = await api
        .http()
        .post('/users')
        .set({ Authorization: `Bearer ${await login(api.http, 'cj-admin')}` })
        .send({ unitId: demo.unitIds['htb-transport'], username: 7, password: 5, roles: 'drafter' })
        .expect(400);
      const fields: string[] = res.body.details.fields;
      const named = fields.map((line) => line.split(':')[0]);
      expect(new Set(named).size).toBe(named.length);
      expect(named).toEqual(expect.arrayContaining(['username', 'password', 'roles']));
      expect(res.body.error).toBe('VALIDATION_FAILED');
    });
  });

  it('a malformed id answers exactly like a missing one, with one code', async () => {
    const author = reportClient(api.http, await login(api.http, 'htb-drafter'));
    const { http, auth } = author.raw();
    const malformed = await http().get('/reports/not-a-uuid/attachments').set(auth).expect(404);
    const missing = await http().get(`/reports/${uniqueUuid()}/attachments`).set(auth).expect(404);
    expect(malformed.body.error).toBe('REPORT_NOT_FOUND');
    expect(missing.body.error).toBe('REPORT_NOT_FOUND');
    const attachment = await http()
      .get(`/reports/${reportId}/attachments/nope/content`)
      .set(auth)
      .expect(404);
    expect(attachment.body.error).toBe('ATTACHMENT_NOT_FOUND');
  });
});

/** A well-formed id nobody has (UUIDv7 shape, random). */
function uniqueUuid(): string {
  const hex = randomBytes(16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
