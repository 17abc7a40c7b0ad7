import type { INestApplicationContext } from '@nestjs/common';
import { chinaDueText } from '@app/calendar';
import { drainQueues, startApi, startWorker } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, unitById, uniqueName } from '../support/factories';
import { reportClient, submitDraft } from '../reports/report-helpers';

/** What people read shows Beijing time; the JSON for machines keeps ISO UTC. */
describe('times in notification texts', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    api = await startApi();
    worker = await startWorker();
  });
  afterAll(async () => {
    await worker?.close();
    await api?.app.close();
  });

  it('the reviewer’s to-do names its time limit as a Beijing date, not the UTC instant', async () => {
    const demo = await loadDemo(api.dataSource);
    const county = await unitById(api.dataSource, demo.unitIds.htb);
    const unit = await createUnit(api.dataSource, county, { name: uniqueName('呼图壁县审计局') });
    const drafterUser = await createUser(api.dataSource, unit.id, ['drafter']);
    const reviewerUser = await createUser(api.dataSource, unit.id, ['dept_reviewer']);
    const drafter = reportClient(api.http, await tokenFor(api.http, drafterUser.username, FACTORY_PASSWORD));
    const reviewer = reportClient(
      api.http,
      await tokenFor(api.http, reviewerUser.username, FACTORY_PASSWORD),
    );
    const created = await drafter.create({ unitId: unit.id, reportYear: 2024 }).expect(201);

    const submitted = await submitDraft(drafter, created.body.id);
    // The machine field stays ISO 8601 UTC: a due date is the end of a day in China (15:59:59.999Z).
    expect(submitted.report.stageDueAt).toMatch(/^\d{4}-\d\d-\d\dT15:59:59\.999Z$/);
    await drainQueues(worker);

    const inbox = await reviewer.notifications().expect(200);
    const todo = inbox.body.find((n: { reportId: string }) => n.reportId === created.body.id);
    const beijingDate = chinaDueText(new Date(submitted.report.stageDueAt));
    expect(beijingDate).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(todo).toMatchObject({
      kind: 'action_required',
      body: expect.stringContaining(`办理期限：${beijingDate}`),
    });
    expect(todo.body).not.toContain(submitted.report.stageDueAt);
    expect(todo.body).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);
    // The queues are shared by the e2e files running beside this one: the drain above may wait for
    // their jobs (up to drainQueues' 45 s bound), well inside jest's 240 s limit (jest.config.js).
  });
});
