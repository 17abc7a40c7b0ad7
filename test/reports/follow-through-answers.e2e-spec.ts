import { startApi } from '../support/apps';
import { completeSections } from '../support/content';
import { reviewUnit } from './review-unit';

/**
 * GET /reports/:id/follow-through (跟进核对) cost any reader up to 2 s of the API's event loop per call
 * (penetration test, round 15, finding 5). The comparison is now bounded, and kept per pair of revisions:
 * the answer a reader gets is the one a fresh comparison gives, and a new revision is compared anew.
 */
describe('follow-through: bounded, and answered once per pair of revisions', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let fixture: Awaited<ReturnType<typeof reviewUnit>>;
  let outsider: Awaited<ReturnType<typeof reviewUnit>>;

  beforeAll(async () => {
    api = await startApi();
    fixture = await reviewUnit(api.dataSource, api.http);
    outsider = await reviewUnit(api.dataSource, api.http);
  });
  afterAll(async () => {
    await api?.app.close();
  });

  const full = (year: number) => completeSections(fixture.unit.name, year);
  const followThrough = (id: string, client = fixture.clients.drafter) =>
    client.raw().http().get(`/reports/${id}/follow-through`).set(client.raw().auth);

  async function report(year: number, sections: Record<string, string>): Promise<string> {
    const drafter = fixture.clients.drafter;
    const id = (await drafter.create({ unitId: fixture.unit.id, reportYear: year }).expect(201)).body.id;
    await drafter.save(id, { basedOnRevision: 0, sections: { ...full(year), ...sections } }).expect(201);
    return id as string;
  }

  // 29 items against 100 passages cost 2 s per call (penetration test); now a fraction of that, kept per
  // revision pair. Three times the plan, in longer items, against twice the passages is refused.
  it('refuses 99 long planned items against 200 passages of 1,990 characters', async () => {
    const plan = [
      '四、下一年度安排',
      ...Array.from(
        { length: 99 },
        (_, i) =>
          `${i + 1}.推进信用监管和营商环境持续优化以及法治政府建设示范创建第${i}项重点工作任务并按期完成。`,
      ),
    ];
    await report(2176, { nextYearPlan: plan.join('\n') });
    const passages = (from: number) =>
      Array.from({ length: 50 }, (_, i) => `${'营商环境信用体系'.repeat(248)}${from + i}。`).join('\n');
    // Two saves: one body of all four sections is over the request size limit (a save names what it changes).
    const thisYear = await report(2177, {
      measures: `一、主要举措\n${passages(0)}`,
      shortcomings: `二、存在的不足\n${passages(50)}`,
    });
    await fixture.clients.drafter
      .save(thisYear, {
        basedOnRevision: 1,
        sections: { leadersDuty: `三、履职情况\n${passages(100)}`, other: `五、其他\n${passages(150)}` },
      })
      .expect(201);

    const refused = await followThrough(thisYear).expect(422);
    expect(refused.body).toMatchObject({ error: 'FOLLOW_THROUGH_TOO_LARGE', details: { plannedItems: 99 } });
  });

  it('answers a repeated call as a fresh one, compares a new revision anew, and checks access every time', async () => {
    const plan = [
      '四、下一年度安排',
      '（一）推进农村公路养护',
      '全年完成农村公路养护示范路段建设。',
      '（二）开展信用分级分类监管',
      '建立运输企业信用档案。',
    ];
    await report(2178, { nextYearPlan: plan.join('\n') });
    const thisYear = await report(2179, {
      measures: '一、主要举措和成效\n今年完成农村公路养护示范路段12公里。',
    });

    const first = await followThrough(thisYear).expect(200);
    expect(first.body.entries.map((e: { status: string }) => e.status)).toEqual(['reported', 'not_reported']);
    const again = await followThrough(thisYear).expect(200);
    expect(again.body).toEqual(first.body);
    // Another unit's drafter is refused as before, though the answer is now kept.
    await followThrough(thisYear, outsider.clients.drafter).expect(404);

    await fixture.clients.drafter
      .save(thisYear, {
        basedOnRevision: 1,
        sections: {
          measures:
            '一、主要举措和成效\n今年完成农村公路养护示范路段12公里。建立运输企业信用档案356份，实行信用分级分类监管。',
        },
      })
      .expect(201);
    const revised = await followThrough(thisYear).expect(200);
    expect(revised.body.entries.map((e: { status: string }) => e.status)).toEqual(['reported', 'reported']);
    expect(revised.body.entries[1].evidence[0].excerpt).toContain('信用档案');
    expect((await followThrough(thisYear).expect(200)).body).toEqual(revised.body);
  });
});
