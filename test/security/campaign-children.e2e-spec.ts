import { ManualClock } from '@app/common';
import { at, campaignClient, login } from '../campaigns/campaign-helpers';
import { startApi } from '../support/apps';
import { loadDemo } from '../support/demo';
import { createUnit, createUser, unitById } from '../support/factories';

/**
 * Issue #15.8b: GET /campaigns/:id showed a target county's drafter the ids and titles of what
 * other counties cascaded (children) and every unit the issuer picked (selection.unitIds).
 * A target sees what is in its own reach; the issuing side still sees everything.
 */
describe('a campaign read by one of its targets shows only that target its own part', () => {
  const clock = new ManualClock(at('2026-01-06'));
  let api: Awaited<ReturnType<typeof startApi>>;
  const ids = {} as Record<'parent' | 'childA' | 'childB' | 'deptA' | 'deptB', string>;
  const client = {} as Record<
    'prefecture' | 'drafterA' | 'coordinatorA' | 'coordinatorB',
    ReturnType<typeof campaignClient>
  >;

  beforeAll(async () => {
    api = await startApi({ clock, env: { LOGIN_THROTTLE_PER_MINUTE: '10000' } });
    const demo = await loadDemo(api.dataSource);
    // A prefecture of its own with two counties, each with a department that cascades further.
    const xj = await unitById(api.dataSource, demo.unitIds.xj);
    const prefecture = await createUnit(api.dataSource, xj, { kind: 'government', level: 'prefecture' });
    const deptA = await createUnit(api.dataSource, prefecture, { kind: 'department', level: 'county' });
    const deptB = await createUnit(api.dataSource, prefecture, { kind: 'department', level: 'county' });
    const belowA = await createUnit(api.dataSource, deptA, { kind: 'department', level: 'township' });
    const belowB = await createUnit(api.dataSource, deptB, { kind: 'department', level: 'township' });
    Object.assign(ids, { deptA: deptA.id, deptB: deptB.id });
    const users = {
      prefecture: await createUser(api.dataSource, prefecture.id, ['coordinator']),
      drafterA: await createUser(api.dataSource, deptA.id, ['drafter']),
      coordinatorA: await createUser(api.dataSource, deptA.id, ['coordinator']),
      coordinatorB: await createUser(api.dataSource, deptB.id, ['coordinator']),
    };
    for (const [name, user] of Object.entries(users))
      client[name as keyof typeof client] = campaignClient(
        api.http,
        await login(api.http, user.username, user.password),
      );

    const parent = await client.prefecture
      .issue({
        reportYear: 2025,
        title: '关于报送2025年度法治政府建设年度报告的通知',
        body: '请于2026年2月20日前报送。',
        dueDate: '2026-02-20',
        targets: { unitIds: [deptA.id, deptB.id] },
      })
      .expect(201);
    ids.parent = parent.body.id;
    for (const [side, below] of [
      ['A', belowA],
      ['B', belowB],
    ] as const) {
      const child = await client[`coordinator${side}`]
        .issue({
          parentId: ids.parent,
          reportYear: 2025,
          title: `转发（${side}县）：关于报送年度报告的通知`,
          body: '请于2026年2月13日前报送。',
          dueDate: '2026-02-13',
          targets: { unitIds: [below.id] },
        })
        .expect(201);
      ids[`child${side}`] = child.body.id;
    }
  });
  afterAll(() => api?.app.close());

  it("a county drafter sees neither the other county's cascade nor the other targets", async () => {
    const seen = await client.drafterA.get(ids.parent).expect(200);
    expect(seen.body.selection.unitIds).toEqual([ids.deptA]);
    // Not even its own department's cascade: a drafter may not read that notice (GET answers 404).
    expect(seen.body.children).toEqual([]);
    await client.drafterA.get(ids.childA).expect(404);
    expect(JSON.stringify(seen.body)).not.toContain(ids.childB);
    expect(JSON.stringify(seen.body)).not.toContain(ids.deptB);
  });

  it("the other county's coordinator sees its own cascade only", async () => {
    const seen = await client.coordinatorB.get(ids.parent).expect(200);
    expect(seen.body.selection.unitIds).toEqual([ids.deptB]);
    expect(seen.body.children.map((c: { id: string }) => c.id)).toEqual([ids.childB]);
  });

  it('the issuing prefecture still sees every target and every cascade', async () => {
    const seen = await client.prefecture.get(ids.parent).expect(200);
    expect(seen.body.selection.unitIds).toEqual([ids.deptA, ids.deptB]);
    expect(seen.body.children.map((c: { id: string }) => c.id).sort()).toEqual(
      [ids.childA, ids.childB].sort(),
    );
  });
});
