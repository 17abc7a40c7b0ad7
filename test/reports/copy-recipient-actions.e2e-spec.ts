import type { INestApplicationContext } from '@nestjs/common';
import { ManualClock } from '@app/common';
import { startApi, startWorker } from '../support/apps';
import { createUnit, createUser, relaxDutySeparation, uniqueName } from '../support/factories';
import { at, campaignClient, login, submitThroughChain } from '../campaigns/campaign-helpers';
import { reportClient } from './report-helpers';

/**
 * A copy recipient (抄送, or a 主送 that does not decide) reads a report as it was dispatched to it,
 * never the unit's redraft or internal review since. POST /reports/:id/actions refused it with the
 * report's live state and version in the error (currentState, currentVersion, "the last step
 * (return)"), so any action, even a stale one, told a reader what GET /reports/:id hides. Units and
 * users are this file's own.
 */
describe('a copy recipient pressing a workflow action learns nothing of the live report', () => {
  const clock = new ManualClock(at('2026-01-25'));
  let api: Awaited<ReturnType<typeof startApi>>;
  let worker: INestApplicationContext;
  let reportId: string;
  let reader: ReturnType<typeof reportClient>;

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    worker = await startWorker({ clock });
    const ds = api.dataSource;
    const prefecture = await createUnit(ds, null, {
      name: uniqueName('抄送动作州'),
      kind: 'government',
      level: 'prefecture',
    });
    const county = await createUnit(ds, prefecture, { name: uniqueName('抄送动作县'), kind: 'government' });
    const justice = await createUnit(ds, county, { name: '抄送动作县司法局', kind: 'justice_bureau' });
    const office = await createUnit(ds, county, { name: '抄送动作县依法治县办', kind: 'rule_of_law_office' });
    const bureau = await createUnit(ds, county, { name: '抄送动作县交通运输局' });
    await relaxDutySeparation(ds, bureau.id);
    const as = async (unitId: string, roles: Parameters<typeof createUser>[2]) => {
      const user = await createUser(ds, unitId, roles);
      return login(api.http, user.username, user.password);
    };
    const issuer = campaignClient(api.http, await as(office.id, ['coordinator']));
    reader = reportClient(api.http, await as(justice.id, ['unit_leader']));
    const drafter = reportClient(api.http, await as(bureau.id, ['drafter']));
    const reviewer = reportClient(
      api.http,
      await as(bureau.id, ['dept_reviewer', 'legal_adviser', 'party_approver', 'unit_leader']),
    );

    const issued = await issuer
      .issue({
        reportYear: 2025,
        title: '关于报送2025年度法治政府建设年度报告的通知',
        body: '各部门：请报送。',
        dueDate: '2026-02-20',
        targets: { unitIds: [bureau.id] },
        recipients: { copy: [justice.id] },
      })
      .expect(201);
    const campaignId = issued.body.id as string;
    reportId = (await issuer.board(campaignId).expect(200)).body.rows[0].reportId as string;
    await submitThroughChain(drafter, reviewer, reportId);

    // The office returns it: the report is back in drafting at its unit, the copy stays as sent.
    const { http } = drafter.raw();
    const [receipt] = (await http().get(`/reports/${reportId}/receipts`).set(issuer.auth).expect(200))
      .body as Array<{ version: number }>;
    await http()
      .post(`/reports/${reportId}/receipts/${campaignId}/return`)
      .set(issuer.auth)
      .send({ expectedVersion: receipt.version, comment: '请补充第三部分内容。' })
      .expect(200);
    expect((await drafter.get(reportId).expect(200)).body.state).toBe('drafting');
  });
  afterAll(async () => {
    await worker?.close();
    await api?.app.close();
  });

  it('reads the report as sent', async () => {
    const seen = (await reader.get(reportId).expect(200)).body as { state: string; copyOnly: boolean };
    expect(seen).toMatchObject({ state: 'submitted', copyOnly: true });
  });

  it.each([
    ['withdraw, with a stale version', 'withdraw', 1],
    ['submit, with a stale version', 'submit', 1],
    ['approve, with a stale version', 'approve', 1],
    ['withdraw, with a version far ahead', 'withdraw', 999],
  ])('%s: 403 without the live state, version or last step', async (_name, action, expectedVersion) => {
    const res = await reader.act(reportId, { action, expectedVersion });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ statusCode: 403, error: 'ROLE_REQUIRED' });
    expect(res.body.details ?? {}).not.toHaveProperty('currentState');
    expect(res.body.details ?? {}).not.toHaveProperty('currentVersion');
    expect(JSON.stringify(res.body)).not.toMatch(/drafting|return\)/);
  });

  it('the version it holds does not help either', async () => {
    // The version the reader was shown, and the live one it must not learn, both answer the same.
    const shown = (await reader.get(reportId).expect(200)).body as { version: number };
    const answers = await Promise.all(
      [shown.version, shown.version + 1, shown.version + 2, shown.version + 3].map(async (v) => {
        const res = await reader.act(reportId, { action: 'withdraw', expectedVersion: v });
        return { status: res.status, error: res.body.error, message: res.body.message };
      }),
    );
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0].status).toBe(403);
  });

  it('raising a finding on the report it reads is 403 naming the role, not 404 (penetration test, stop 49)', async () => {
    const { http, auth } = reader.raw();
    const res = await http().post(`/reports/${reportId}/findings`).set(auth).send({ text: '抄送单位的意见' });
    expect(res.status).toBe(403);
    expect(res.body.error).toBe('ROLE_REQUIRED');
    expect(JSON.stringify(res.body)).not.toMatch(/drafting/);
  });
});
