import { spawnSync } from 'node:child_process';
import { mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startApi } from '../support/apps';
import { loadDemo, tokenFor } from '../support/demo';

const ROOT = resolve(__dirname, '../..');
const FIXTURES = resolve(ROOT, 'fixtures/reports');

describe('batch import of earlier years into the database', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  let demo: Awaited<ReturnType<typeof loadDemo>>;
  beforeAll(async () => {
    api = await startApi();
    demo = await loadDemo(api.dataSource);
  });
  afterAll(() => api?.app.close());

  it('imports the Changji 2021 report as archived history: once, readable by its unit, read-only, never in a work queue', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rf-import-'));
    copyFileSync(join(FIXTURES, 'changji-prefecture-transport-2021.txt'), join(dir, 'changji-2021.txt'));
    const run = () =>
      spawnSync(
        'node',
        [
          'dist/apps/api/src/cli/import-reports.js',
          '--dir',
          dir,
          '--unit',
          '昌吉州交通运输局',
          '--year',
          '2021',
          '--as',
          'cj-admin',
          '--json',
        ],
        {
          cwd: ROOT,
          env: process.env,
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
    const first = run();
    expect(first.status).toBe(0);
    const outcome = JSON.parse(first.stdout).files[0];
    expect(outcome).toMatchObject({ file: 'changji-2021.txt', status: 'imported' });
    const second = JSON.parse(run().stdout).files[0];
    expect(second).toMatchObject({ status: 'skipped', reportId: outcome.reportId });

    const auth = { Authorization: `Bearer ${await tokenFor(api.http, 'cjjt-drafter')}` };
    const report = await api.http().get(`/reports/${outcome.reportId}`).set(auth).expect(200);
    expect(report.body).toMatchObject({
      state: 'archived',
      reportYear: 2021,
      currentRevision: 1,
      allowedActions: [],
    });
    expect(report.body.sections.nextYearPlan).toContain('2022');
    // History is read-only.
    await api
      .http()
      .post(`/reports/${outcome.reportId}/revisions`)
      .set(auth)
      .send({ basedOnRevision: 1, sections: { other: 'x' } })
      .expect(409);
    // It never shows up as work.
    const queue = await api.http().get('/work-queue').set(auth).expect(200);
    expect(queue.body.map((r: { id: string }) => r.id)).not.toContain(outcome.reportId);
    expect(demo.unitIds['cj-transport']).toBe(report.body.unit.id);
  });
});
